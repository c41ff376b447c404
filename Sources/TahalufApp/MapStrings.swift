import CoalitionStore

/// UI text of the map pane: the legend under the tiles, the highlighted member's name line and the
/// highlight modes' names, one table per language.
///
/// ```swift
/// MapStrings.for(.en).highlightedOf(3, 87)   // "3 of 87"
/// MapStrings.for(.ar).highlightDonors        // "المانحون"
/// ```
struct MapStrings: Sendable {
    // Highlight modes (`MapHighlight.label`).
    let highlightNone: String
    /// In front of the selected group's short name.
    let highlightGroup: String
    let highlightSmallGroup: String
    let highlightDonors: String
    let highlightJoinYear: String

    // Legend.
    /// "3 of 87": highlighted members of all.
    let highlightedOf: @Sendable (_ highlighted: Int, _ total: Int) -> String
    /// "87 members" when nothing is highlighted.
    let memberTotal: @Sendable (_ total: Int) -> String
    /// The highlighted tiles' colour key.
    let highlighted: String
    /// The theatre tiles' colour key (short: the legend shares one line).
    let theatreKey: String
    /// "(40 shown)" when the tiles do not all fit.
    let shownCount: @Sendable (_ shown: Int) -> String

    // The highlighted member's name line.
    let theatreOfOperations: String
    /// In front of the join year.
    let joined: String
    /// In front of the co-chaired group's short name.
    let coChair: String
    /// In front of the amounts given.
    let gave: String

    static let ar = MapStrings(
        highlightNone: "بلا تمييز", highlightGroup: "المجموعة: ", highlightSmallGroup: "المجموعة المصغرة",
        highlightDonors: "المانحون", highlightJoinYear: "سنة الانضمام",
        highlightedOf: { n, total in "\(n) من \(total)" }, memberTotal: { total in "\(total) عضواً" },
        highlighted: "مظلل", theatreKey: "ميدان العمليات", shownCount: { shown in "(يظهر \(shown))" },
        theatreOfOperations: "ميدان العمليات", joined: "انضم ", coChair: "رئاسة مشتركة: ", gave: "تبرع: ")

    static let en = MapStrings(
        highlightNone: "No highlight", highlightGroup: "Group: ", highlightSmallGroup: "Small Group",
        highlightDonors: "Donors", highlightJoinYear: "Year joined",
        highlightedOf: { n, total in "\(n) of \(total)" }, memberTotal: { total in "\(total) members" },
        highlighted: "highlighted", theatreKey: "theatre", shownCount: { shown in "(\(shown) shown)" },
        theatreOfOperations: "theatre of operations", joined: "joined ", coChair: "co-chair: ", gave: "gave: ")

    static func `for`(_ language: Language) -> MapStrings { language == .ar ? ar : en }
}
