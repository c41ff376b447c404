import CoalitionStore

/// The labels of a copied citation (`y`, `tahaluf cite --format text`), one table per language.
struct CitationStrings: Sendable {
    let source: String
    let seedFile: String
    let url: String
    let accessed: String
    /// A web source whose access date the data does not record: said, not left out, so a reader
    /// knows it is missing rather than wondering.
    let accessedUnknown: String
    let quote: String
    /// In front of the reason when a figure's sources give different values (≠).
    let sourcesDiffer: String
    /// In front of the reason when a figure's values are a series over time (↗).
    let series: String
    /// Before an inferred date's reason ("~ inferred: …").
    let inferred: String
    let role: String
    /// What sort of source it is, in words (`dump sources`): no Latin identifier inside Arabic text.
    let kindNames: [SourceKind: String]
    /// The date part of a citation whose source has neither a date nor a note about one.
    let undated: String

    static let ar = CitationStrings(
        source: "المصدر: ", seedFile: "ملف البذرة: ", url: "الرابط: ", accessed: "تاريخ الاطلاع: ",
        accessedUnknown: "غير معروف", quote: "الاقتباس: ", sourcesDiffer: "المصادر مختلفة: ",
        series: "سلسلة زمنية: ", inferred: "تاريخ مستنتج: ", role: "الدور: ",
        kindNames: [.seed: "مقال من مقالات البذرة", .official: "مصدر رسمي", .press: "صحافة", .reference: "مرجع",
                    .unverified: "غير مؤكد"],
        undated: "بلا تاريخ")

    static let en = CitationStrings(
        source: "Source: ", seedFile: "Seed file: ", url: "URL: ", accessed: "Accessed: ",
        accessedUnknown: "unknown", quote: "Quote: ", sourcesDiffer: "Sources differ: ",
        series: "A series over time: ", inferred: "Inferred date: ", role: "Role: ",
        kindNames: [.seed: "seed article", .official: "official", .press: "press", .reference: "reference",
                    .unverified: "unverified"],
        undated: "undated")

    static func `for`(_ language: Language) -> CitationStrings { language == .ar ? ar : en }
}
