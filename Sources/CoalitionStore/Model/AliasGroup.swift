/// Spellings of one name that search treats as the same query: a query equal to any of them
/// (after normalisation) finds what each of them finds. Kept in the data (`aliases.json`), not
/// in code, so a researcher can add the transliterations their sources use.
///
/// ```json
/// {"spellings": ["Marrakesh", "Marrakech", "Marrakch"], "note": "French and English spellings"}
/// ```
public struct AliasGroup: Hashable, Sendable {
    public var spellings: [String]
    /// Why these spellings belong together (for maintainers; not shown).
    public var note: String?

    public init(spellings: [String], note: String? = nil) {
        self.spellings = spellings; self.note = note
    }
}
