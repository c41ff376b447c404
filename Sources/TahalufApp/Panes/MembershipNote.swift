import CoalitionStore

/// Members the sources count but do not name. The membership figure's latest exact count (90,
/// once Syria joined) is higher than the number of members the data set names (87): the sources
/// used report accessions without naming every new member. The map legend and the figure's
/// detail say so, so that "of 87" on the map is not read as the coalition's size
/// (`Docs/DATA.md`, "Members not identified").
///
/// ```swift
/// MembershipNote(store: store)?.missing   // 3
/// ```
struct MembershipNote {
    /// The coalition's size by the latest dated exact count of members (the largest of that date).
    let total: Int
    /// The members the data names (the map's tiles).
    let named: Int
    var missing: Int { total - named }

    /// The figure that counts the members; nil when the data has none.
    static let figureID = "members"

    /// Nil when the data names every member the latest count reports.
    init?(store: Store) {
        guard let figure = store.figure(Self.figureID) else { return nil }
        let counts = figure.observations.filter { $0.qualifier == .exact && $0.unit == .count && $0.asOf != nil }
        // Two counts of the same date are the same moment counted two ways ("89 other countries"
        // when Syria joined as the 90th): the larger is the coalition's size.
        guard let latest = counts.max(by: { $0.asOf! != $1.asOf! ? $0.asOf! < $1.asOf! : $0.value < $1.value }) else {
            return nil
        }
        total = Int(latest.value)
        named = store.dataset.members.count
        guard total > named else { return nil }
    }

    /// For the map legend: "(3 of 90 unidentified)".
    func short(_ language: Language) -> String { SourcesStrings.for(language).unidentifiedShort(missing, total) }

    /// For the membership figure's detail, one sentence.
    func long(_ language: Language) -> String { SourcesStrings.for(language).unidentifiedLong(missing, total, named) }
}
