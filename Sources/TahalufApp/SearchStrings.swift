import CoalitionStore

/// The search overlay's own strings (kept apart from `Strings` so features do not collide).
public struct SearchStrings: Sendable {
    /// "3 of 9": which result `n` / `N` (or Enter) went to.
    public let resultPosition: @Sendable (_ index: Int, _ count: Int) -> String
    /// The search line is full; the rest of the input was ignored.
    public let lineFull: @Sendable (_ limit: Int) -> String
    /// The matched field's name, shown before a snippet from a field other than the title.
    public let fieldNames: [SearchField: String]

    public static func `for`(_ language: Language) -> SearchStrings { language == .ar ? ar : en }

    public func fieldName(_ field: SearchField) -> String { fieldNames[field] ?? field.rawValue }

    public static let ar = SearchStrings(
        resultPosition: { i, n in "النتيجة \(i) من \(n)" },
        lineFull: { n in "سطر البحث ممتلئ (\(n) حرفًا): تُجوهل الباقي" },
        fieldNames: [
            .title: "العنوان", .name: "الاسم", .code: "الرمز", .id: "المعرّف", .place: "المكان", .summary: "الملخص",
            .inferred: "التاريخ", .note: "ملاحظة", .role: "الدور", .short: "الاسم المختصر", .mandate: "الولاية",
            .resolution: "القرار", .counts: "ما يُعدّ", .disagreement: "الخلاف", .outlet: "الناشر", .author: "الكاتب",
            .file: "الملف", .dateNote: "التاريخ", .url: "الرابط",
        ])

    public static let en = SearchStrings(
        resultPosition: { i, n in "result \(i) of \(n)" },
        lineFull: { n in "search line full (\(n) characters): the rest was ignored" },
        fieldNames: [
            .title: "title", .name: "name", .code: "code", .id: "id", .place: "place", .summary: "summary",
            .inferred: "date", .note: "note", .role: "role", .short: "short name", .mandate: "mandate",
            .resolution: "resolution", .counts: "counts", .disagreement: "disagreement", .outlet: "outlet",
            .author: "author", .file: "file", .dateNote: "date", .url: "URL",
        ])
}
