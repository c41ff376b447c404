import CoalitionStore

/// UI text of the members table, the frequency view, the facets and the join-year scale, one
/// table per language (kept apart from `Strings` so parallel work on it does not collide).
///
/// ```swift
/// TableStrings.for(.en).columnTitle(.joined)     // "Joined"
/// TableStrings.for(.ar).frequencyTitle(.region)  // "العدد حسب المنطقة"
/// ```
package struct TableStrings: Sendable {
    package let columnTitles: [MemberColumn: String]
    /// Narrow headers for columns cut to a few cells.
    package let columnShortTitles: [MemberColumn: String]
    package let frequencyTitles: [FrequencyDimension: String]
    package let frequencyHint: String
    package let frequencyUndated: String
    package let frequencyNotAFilter: String
    package let coChair: String
    package let smallGroup: String
    package let yes: String
    /// "13 of 87 members", "87 members".
    package let memberCount: @Sendable (_ shown: Int, _ total: Int) -> String
    package let sortedBy: String
    package let noMembers: String
    package let filtersCleared: String
    package let noFilters: String
    package let filterSet: String
    package let jumpClearedFilters: String
    package let sourceFacet: String
    package let joinedLegend: String
    package let foundingBand: String
    package let sourceKindNames: [SourceKind: String]
    /// Status-bar words after `t`, `s`, `c`, `x` (`HintLabel`).
    package let hintTable: String
    package let hintSort: String
    package let hintCount: String
    package let hintClearFilters: String

    package static func `for`(_ language: Language) -> TableStrings { language == .ar ? ar : en }

    package func columnTitle(_ column: MemberColumn) -> String { columnTitles[column] ?? column.rawValue }
    package func frequencyTitle(_ dimension: FrequencyDimension) -> String { frequencyTitles[dimension] ?? "" }
}

extension TableStrings {
    package static let ar = TableStrings(
        columnTitles: [.name: "الاسم", .code: "الرمز", .region: "المنطقة", .joined: "الانضمام",
                       .roles: "الأدوار", .theatre: "ميدان", .records: "سجلات"],
        columnShortTitles: [.name: "الاسم", .code: "رمز", .region: "منطقة", .joined: "انضمام",
                            .roles: "أدوار", .theatre: "ميدان", .records: "سجل"],
        frequencyTitles: [.region: "العدد حسب المنطقة", .joinYear: "العدد حسب سنة الانضمام",
                          .group: "العدد حسب المجموعة", .sourceKind: "العدد حسب نوع المصدر",
                          .source: "العدد حسب المصدر"],
        frequencyHint: "Enter أو رقم الصف: تصفية، c: التالي، Esc: إغلاق",
        frequencyUndated: "بلا تاريخ (الأعضاء المؤسسون)",
        frequencyNotAFilter: "لا تاريخ انضمام للتصفية به",
        coChair: "رئاسة مشتركة: ",
        smallGroup: "المجموعة المصغرة",
        yes: "نعم",
        memberCount: { shown, total in shown == total ? "\(total) عضواً" : "\(shown) من \(total) عضواً" },
        sortedBy: "الترتيب: ",
        noMembers: "لا أعضاء يطابقون التصفية (x يمسحها)",
        filtersCleared: "مُسحت التصفية",
        noFilters: "لا تصفية",
        filterSet: "التصفية: ",
        jumpClearedFilters: "مُسحت التصفية لإظهار العنصر",
        sourceFacet: "المصدر ",
        joinedLegend: "الانضمام:",
        foundingBand: "2014 أو بلا تاريخ",
        sourceKindNames: [.seed: "مقالات المصدر", .official: "مصادر رسمية", .press: "الصحافة", .reference: "مراجع",
                          .unverified: "غير موثق"],
        hintTable: "جدول", hintSort: "ترتيب", hintCount: "عدد", hintClearFilters: "مسح التصفية"
    )

    package static let en = TableStrings(
        columnTitles: [.name: "Name", .code: "Code", .region: "Region", .joined: "Joined",
                       .roles: "Roles", .theatre: "Theatre", .records: "Records"],
        columnShortTitles: [.name: "Name", .code: "Code", .region: "Reg.", .joined: "Join",
                            .roles: "Roles", .theatre: "Th.", .records: "Rec"],
        frequencyTitles: [.region: "Count by region", .joinYear: "Count by year joined",
                          .group: "Count by group", .sourceKind: "Count by kind of source",
                          .source: "Count by source"],
        frequencyHint: "Enter or row number: filter · c: next · Esc: close",
        frequencyUndated: "undated (founding members)",
        frequencyNotAFilter: "No join date to filter by",
        coChair: "co-chair ",
        smallGroup: "Small Group",
        yes: "yes",
        memberCount: { shown, total in shown == total ? "\(total) members" : "\(shown) of \(total) members" },
        sortedBy: "sorted by ",
        noMembers: "No member matches the filters (x clears them)",
        filtersCleared: "Filters cleared",
        noFilters: "No filters",
        filterSet: "Filter: ",
        jumpClearedFilters: "Filters cleared to show the record",
        sourceFacet: "source ",
        joinedLegend: "Joined:",
        foundingBand: "2014 or undated",
        sourceKindNames: [.seed: "seed articles", .official: "official sources", .press: "press", .reference: "reference works",
                          .unverified: "unverified"],
        hintTable: "table", hintSort: "sort", hintCount: "count", hintClearFilters: "clear filters"
    )
}
