import CoalitionStore

/// The search overlay's own strings (kept apart from `Strings` so features do not collide).
package struct SearchStrings: Sendable {
    /// "3 of 9": which result `n` / `N` (or Enter) went to.
    package let resultPosition: @Sendable (_ index: Int, _ count: Int) -> String
    /// The search line is full; the rest of the input was ignored.
    package let lineFull: @Sendable (_ limit: Int) -> String
    /// The search index of a large data set is still being built; the results follow.
    package let indexing: String
    /// The matched field's name, shown before a snippet from a field other than the title.
    package let fieldNames: [SearchField: String]

    package static func `for`(_ language: Language) -> SearchStrings { language == .ar ? ar : en }

    package func fieldName(_ field: SearchField) -> String { fieldNames[field] ?? field.rawValue }

    package static let ar = SearchStrings(
        resultPosition: { i, n in "النتيجة \(i) من \(n)" },
        lineFull: { n in "سطر البحث ممتلئ (\(n) حرفًا): تُجوهل الباقي" },
        indexing: "يُفهرَس البحث في هذه البيانات الكبيرة… تظهر النتائج بعد لحظات",
        fieldNames: [
            .title: "العنوان", .name: "الاسم", .code: "الرمز", .id: "المعرّف", .place: "المكان", .summary: "الملخص",
            .inferred: "التاريخ", .note: "ملاحظة", .role: "الدور", .short: "الاسم المختصر", .mandate: "الولاية",
            .resolution: "القرار", .counts: "ما يُعدّ", .disagreement: "الخلاف", .outlet: "الناشر", .author: "الكاتب",
            .file: "الملف", .dateNote: "التاريخ", .url: "الرابط",
        ])

    package static let en = SearchStrings(
        resultPosition: { i, n in "result \(i) of \(n)" },
        lineFull: { n in "search line full (\(n) characters): the rest was ignored" },
        indexing: "indexing this large data set for search… the results follow in a moment",
        fieldNames: [
            .title: "title", .name: "name", .code: "code", .id: "id", .place: "place", .summary: "summary",
            .inferred: "date", .note: "note", .role: "role", .short: "short name", .mandate: "mandate",
            .resolution: "resolution", .counts: "counts", .disagreement: "disagreement", .outlet: "outlet",
            .author: "author", .file: "file", .dateNote: "date", .url: "URL",
        ])
}
