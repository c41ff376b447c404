import CoalitionStore

/// The article reader's UI text, one table per language (`Strings.swift` holds the rest).
struct ReaderStrings: Sendable {
    let title: String
    /// "lines 12–40 of 180 (22%)"
    let position: @Sendable (_ first: Int, _ last: Int, _ total: Int, _ percent: Int) -> String
    /// The full text is not shipped; how to show it (the seed file's name follows on its own line).
    let quotesOnly: String
    let noArticleFile: String
    /// A copy was found and refused: the path and the reason follow on their own lines.
    let refused: String
    let userCopy: String
    /// ASCII mode cannot show Arabic letters.
    let asciiScript: String
    let whitespaceFolded: @Sendable (_ count: Int) -> String
    let missing: @Sendable (_ count: Int) -> String
    let chooserTitle: String
    let searchPrompt: String
    let matches: @Sendable (_ current: Int?, _ count: Int) -> String
    let noMatches: String
    let lastSpan: String
    let firstSpan: String
    let noSpans: String
    let noQuote: String
    /// Status-bar words for the reader's keys (`HintLabel`); "close" and "go" are `NavigationStrings`'.
    let hintPage: String, hintQuote: String, hintRecords: String
    /// `r` in the detail's status bar.
    let hintRead: String

    static func `for`(_ language: Language) -> ReaderStrings { language == .ar ? ar : en }

    static let ar = ReaderStrings(
        title: "المقال",
        position: { a, b, n, p in "الأسطر \(a)–\(b) من \(n) (\(p)٪)" },
        quotesOnly: "نص هذا المقال غير مرفق بالبرنامج (مقال صحفي محفوظ الحقوق)، وهذه المقاطع التي تقتبسها السجلات منه. "
            + "لقراءته كاملاً شغّل tahaluf --articles DIR حيث يحوي المجلد DIR نسخة منه بهذا الاسم:",
        noArticleFile: "لا نص مقال لهذا المصدر، وهذه المقاطع التي تقتبسها السجلات منه.",
        refused: "تعذّرت قراءة نسخة المقال، وهذه المقاطع المقتبسة منه فقط:",
        userCopy: "النص من نسختك:",
        asciiScript: "وضع ASCII لا يعرض حروف هذا المقال العربية، والمقاطع المقتبسة مميزة مع ذلك. لقراءته استعمل لغة محلية UTF-8.",
        whitespaceFolded: { n in "\(n) من المقاطع المقتبسة لم توجد إلا بعد توحيد المسافات (المسافات في المقال تختلف)." },
        missing: { n in "مقاطع مقتبسة لم توجد في هذا النص (\(n))" },
        chooserTitle: "سجلات تقتبس هذا المقطع",
        searchPrompt: "بحث في المقال: ",
        matches: { i, n in n == 0 ? "لا نتائج" : (i.map { "النتيجة \($0) من \(n)" } ?? "\(n) نتيجة") },
        noMatches: "لا نتائج في المقال",
        lastSpan: "هذا آخر مقطع مقتبس",
        firstSpan: "هذا أول مقطع مقتبس",
        noSpans: "لا مقاطع مقتبسة في هذا المقال",
        noQuote: "لا يقتبس هذا السجل من مقال",
        hintPage: "صفحة", hintQuote: "المقتبس التالي", hintRecords: "السجلات",
        hintRead: "المقال"
    )

    static let en = ReaderStrings(
        title: "Article",
        position: { a, b, n, p in "lines \(a)–\(b) of \(n) (\(p)%)" },
        quotesOnly: "The full text of this article is not bundled (a copyrighted press article); these are the passages "
            + "the records quote from it. To read it whole, start tahaluf --articles DIR, DIR holding a copy named:",
        noArticleFile: "There is no article text for this source; these are the passages the records quote from it.",
        refused: "The copy of this article could not be read; only its quoted passages follow:",
        userCopy: "Text from your copy:",
        asciiScript: "ASCII mode cannot show this article's Arabic letters (they show as ?); its quoted passages are still marked. "
            + "Use a UTF-8 locale (LANG=C.UTF-8) to read it.",
        whitespaceFolded: { n in "\(n) quoted passage\(n == 1 ? " was" : "s were") found only with spacing ignored (the article spaces them differently)." },
        missing: { n in "Quoted passages not found in this text (\(n))" },
        chooserTitle: "Records quoting this passage",
        searchPrompt: "Find in article: ",
        matches: { i, n in n == 0 ? "No matches" : (i.map { "match \($0) of \(n)" } ?? (n == 1 ? "1 match" : "\(n) matches")) },
        noMatches: "No matches in the article",
        lastSpan: "This is the last quoted passage",
        firstSpan: "This is the first quoted passage",
        noSpans: "No quoted passages in this article",
        noQuote: "This record quotes no article",
        hintPage: "page", hintQuote: "next quote", hintRecords: "records",
        hintRead: "article"
    )
}
