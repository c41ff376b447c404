import Testing
import RTLText
import TahalufTestSupport  // SplitMix64, the seeded generator

/// The memo is invisible: an engine with one gives exactly the rows an engine without one gives,
/// on the first call (laid out and kept) and on the second (from the memo), across generation
/// turnovers and for texts that are canonically equivalent but not the same scalars.
@Suite struct TextMemoTests {
    static let seedTexts = [
        "صندوق تمويل الاستقرار الفوري (FFIS) في 11 من يونيو 2015",
        "تأسس صندوق FFIS في 11 يونيو 2015",
        "لا إله إلا الله",
        "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ",
        "الاجتماع الوزاري في مراكش",
        "مجموعة التصدي لجهود تمويل داعش  SAU USA ITA",
        "قرار مجلس الأمن التابع للأمم المتحدة رقم 2178 الذي تمت الموافقة عليها في 2014م",
        "Combined Joint Task Force – Operation Inherent Resolve",
        "سطر أول\nsecond line\r\nالسطر الثالث",
        "\u{64E}mark first", "", " ", "Türkiye", "Tu\u{308}rkiye", "日本語 wide",
    ]

    /// Random strings over Arabic letters, harakat, Latin, digits, brackets, spaces, line breaks,
    /// wide characters and controls.
    static func randomTexts(count: Int) -> [String] {
        let pieces: [String] = ["ا", "ل", "م", "ب", "ي", "ة", "لا", "\u{64E}", "\u{651}", "a", "Z", "é", "e\u{301}",
                                "1", "٢", "(", ")", "[", " ", "  ", "\n", "日", "\u{1B}[31m", "\u{200F}", "-", "،"]
        var random = SplitMix64(seed: 7)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    static func expectSame(_ plain: TextEngine, _ memoised: TextEngine, _ texts: [String]) {
        for text in texts {
            for base in [BaseDirection.rtl, .ltr, .auto] {
                #expect(memoised.line(text, base: base) == plain.line(text, base: base), "line \(text)")
                for width in [0, 1, 2, 5, 12, 40] {
                    #expect(memoised.fit(text, width: width, base: base) == plain.fit(text, width: width, base: base),
                            "fit \(width) \(text)")
                    #expect(memoised.wrap(text, width: width, base: base) == plain.wrap(text, width: width, base: base),
                            "wrap \(width) \(text)")
                }
            }
            #expect(memoised.width(text) == plain.width(text), "width \(text)")
        }
    }

    @Test(arguments: [
        TextOptions(), TextOptions(digits: .arabic), TextOptions(bidi: .terminal), TextOptions(shaping: false),
    ])
    func memoGivesTheRowsTheEngineGives(options: TextOptions) {
        let plain = TextEngine(options: options)
        let memoised = TextEngine(options: options, memo: TextMemo(capacity: 64))
        let texts = Self.seedTexts + Self.randomTexts(count: 150)
        Self.expectSame(plain, memoised, texts)   // laid out and kept (the small memo turns over)
        Self.expectSame(plain, memoised, texts)   // again, partly from the memo
    }

    @Test func memoIsBounded() {
        let memo = TextMemo(capacity: 10)
        let engine = TextEngine(memo: memo)
        for i in 0..<100 { _ = engine.line("سطر \(i)", base: .rtl) }
        #expect(memo.count <= 20)
        #expect(memo.count >= 10)
    }

    /// "é" and "e" + U+0301 are equal Strings, but different scalars on screen.
    @Test func canonicallyEquivalentTextsAreDifferentKeys() {
        let engine = TextEngine(memo: TextMemo(capacity: 16))
        let composed = engine.line("caf\u{E9}", base: .ltr)
        let decomposed = engine.line("cafe\u{301}", base: .ltr)
        #expect(composed.glyphs.last?.text.unicodeScalars.count == 1)
        #expect(decomposed.glyphs.last?.text.unicodeScalars.count == 2)
        #expect(decomposed == TextEngine().line("cafe\u{301}", base: .ltr))
    }

    /// Engines with different options share a memo without seeing each other's rows.
    @Test func optionsArePartOfTheKey() {
        let memo = TextMemo(capacity: 16)
        let western = TextEngine(memo: memo).line("2015", base: .rtl)
        let arabic = TextEngine(options: TextOptions(digits: .arabic), memo: memo).line("2015", base: .rtl)
        #expect(western.string == "2015")
        #expect(arabic.string == "٢٠١٥")
    }

    @Test func memoIsSafeFromManyThreads() async {
        let memo = TextMemo(capacity: 32)
        let texts = Self.seedTexts + Self.randomTexts(count: 40)
        let expected = texts.map { TextEngine().fit($0, width: 9, base: .rtl) }
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let engine = TextEngine(memo: memo)
                    var same = true
                    for _ in 0..<5 {
                        for (text, row) in zip(texts, expected) where engine.fit(text, width: 9, base: .rtl) != row {
                            same = false
                        }
                    }
                    return same
                }
            }
            for await same in group { #expect(same) }
        }
    }
}
