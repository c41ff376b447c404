import CoalitionStore

/// The labels of `tahaluf dump` (one line per record, for grep and diff), one table per language.
/// Lower-case in English: they sit inside a line, after a separator.
///
/// ```swift
/// DumpStrings.for(.en).citedBy(1)   // "cited by 1 record"
/// ```
struct DumpStrings: Sendable {
    /// The members' section heading (the other sections are headed by their panes' titles).
    let membersHeading: String

    /// After an inferred event date.
    let inferred: String
    let region: String
    let theatreOfOperations: String
    let joined: String
    /// After a group's short name in a member's line when the member co-chairs it.
    let coChairMark: String
    let groups: String
    let coChairs: String
    let resolutions: String
    /// "members (87): " in front of a group's members' codes.
    let membersLabel: @Sendable (_ count: Int) -> String
    let sourcesDiffer: String
    let accessed: String
    /// How many records cite a source.
    let citedBy: @Sendable (_ count: Int) -> String
    /// In front of a record's citations.
    let source: String
    /// A record that cites nothing.
    let noneGiven: String

    static let ar = DumpStrings(
        membersHeading: "الأعضاء", inferred: " (تاريخ مستنتج)", region: "المنطقة: ",
        theatreOfOperations: "ميدان العمليات", joined: "انضم: ", coChairMark: " (رئاسة مشتركة)",
        groups: "المجموعات: ", coChairs: "الرئاسة المشتركة: ", resolutions: "قرارات مجلس الأمن: ",
        membersLabel: { "الأعضاء (\($0)): " }, sourcesDiffer: "اختلاف المصادر: ", accessed: "تاريخ الاطلاع: ",
        citedBy: { "يستشهد به \($0) من السجلات" }, source: "المصدر: ", noneGiven: "غير مذكور")

    static let en = DumpStrings(
        membersHeading: "Members", inferred: " (inferred)", region: "region: ",
        theatreOfOperations: "theatre of operations", joined: "joined: ", coChairMark: " (co-chair)",
        groups: "groups: ", coChairs: "co-chairs: ", resolutions: "UN resolutions: ",
        membersLabel: { "members (\($0)): " }, sourcesDiffer: "sources differ: ", accessed: "accessed: ",
        citedBy: { $0 == 1 ? "cited by 1 record" : "cited by \($0) records" }, source: "source: ",
        noneGiven: "none given")

    static func `for`(_ language: Language) -> DumpStrings { language == .ar ? ar : en }
}
