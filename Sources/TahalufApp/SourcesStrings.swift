import CoalitionStore

/// The UI text of the Sources pane, the source detail and the membership note, one table per
/// language (the same pattern as `Strings`, kept apart so that the pane's text is in one file).
///
/// ```swift
/// SourcesStrings.for(.en).kindNames[.seed]   // "seed article"
/// SourcesStrings.for(.ar).count(26)          // "26 مصدراً"
/// ```
struct SourcesStrings: Sendable {
    /// What a researcher calls each kind of source.
    let kindNames: [SourceKind: String]
    /// The filter line: "Kind: " and the name of the filter ("all" when none).
    let filterLabel: String
    let allKinds: String
    /// "26 sources".
    let count: @Sendable (Int) -> String
    /// Column headings of the list.
    let headingDate: String, headingKind: String, headingRecords: String, headingSource: String
    let noSourcesOfKind: String
    /// The footer when the selected source has neither URL nor seed file.
    let noLink: String

    // The source detail.
    let labelOutlet: String, labelAuthor: String, labelDate: String, labelKind: String, labelAccessed: String
    /// "Cited by 12 records".
    let citedBy: @Sendable (Int) -> String
    let citedByNone: String
    let labelEvents: String, labelFigures: String, labelMembers: String, labelGroups: String
    /// After a long list cut short: "… and 19500 more".
    let more: @Sendable (Int) -> String

    // The membership note: members the sources count but do not name.
    /// The map legend, after "2 of 87": "(3 of 90 unidentified)".
    let unidentifiedShort: @Sendable (_ missing: Int, _ total: Int) -> String
    /// The membership figure's detail.
    let unidentifiedLong: @Sendable (_ missing: Int, _ total: Int, _ named: Int) -> String

    static func `for`(_ language: Language) -> SourcesStrings { language == .ar ? ar : en }

    /// The kind's name, or its data value for a kind the table lacks.
    func kindName(_ kind: SourceKind) -> String { kindNames[kind] ?? kind.rawValue }

    /// Arabic counted nouns: 1 "مصدر واحد", 2 "مصدران", 3–10 "مصادر", 11 and up "مصدراً".
    static func arabicCount(_ n: Int, one: String, two: String, few: String, many: String) -> String {
        switch n {
        case 1: one
        case 2: two
        case 3...10: "\(n) " + few
        default: "\(n) " + many
        }
    }

    static let ar = SourcesStrings(
        kindNames: [.seed: "مقال مصدري", .official: "رسمي", .press: "صحافة", .reference: "مرجع",
                    .unverified: "غير مؤكد"],
        filterLabel: "النوع: ",
        allKinds: "الكل",
        count: { arabicCount($0, one: "مصدر واحد", two: "مصدران", few: "مصادر", many: "مصدراً") },
        headingDate: "التاريخ", headingKind: "النوع", headingRecords: "سجلات", headingSource: "المنفذ — العنوان",
        noSourcesOfKind: "لا مصادر من هذا النوع",
        noLink: "بلا رابط ولا ملف",
        labelOutlet: "المنفذ", labelAuthor: "الكاتب", labelDate: "التاريخ", labelKind: "النوع",
        labelAccessed: "تاريخ الاطلاع",
        citedBy: { n in "يستند إليه " + arabicCount(n, one: "سجل واحد", two: "سجلان", few: "سجلات", many: "سجلاً") },
        citedByNone: "لا سجل يستند إليه",
        labelEvents: "الأحداث", labelFigures: "الأرقام", labelMembers: "الأعضاء", labelGroups: "المجموعات",
        more: { "… و\($0) غيرها" },
        unidentifiedShort: { missing, total in "(\(missing) من \(total) غير مسمّين)" },
        unidentifiedLong: { missing, total, named in
            "\(missing) من أصل \(total) عضواً لا يسمّيهم أي مصدر مستخدم: تسمّي البيانات \(named) عضواً، "
                + "وهم من تعرضهم الخريطة."
        }
    )

    static let en = SourcesStrings(
        kindNames: [.seed: "seed article", .official: "official", .press: "press", .reference: "reference",
                    .unverified: "unverified"],
        filterLabel: "Kind: ",
        allKinds: "all",
        count: { $0 == 1 ? "1 source" : "\($0) sources" },
        headingDate: "Date", headingKind: "Kind", headingRecords: "Recs", headingSource: "Outlet — title",
        noSourcesOfKind: "No sources of this kind",
        noLink: "no URL or seed file",
        labelOutlet: "Outlet", labelAuthor: "Author", labelDate: "Date", labelKind: "Kind",
        labelAccessed: "Accessed",
        citedBy: { $0 == 1 ? "Cited by 1 record" : "Cited by \($0) records" },
        citedByNone: "No record cites it",
        labelEvents: "Events", labelFigures: "Figures", labelMembers: "Members", labelGroups: "Groups",
        more: { "… and \($0) more" },
        unidentifiedShort: { missing, total in "(\(missing) of \(total) unidentified)" },
        unidentifiedLong: { missing, total, named in
            "\(missing) of the \(total) members are not identified in any source used: the data names \(named), "
                + "the members the map shows."
        }
    )
}
