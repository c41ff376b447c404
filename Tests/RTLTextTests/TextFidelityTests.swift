import SharedValues
import Testing
@testable import RTLText

/// Issue 12: joiners, digits in context, isolation, trailing neutrals, lam-alef across marks,
/// canonical composition, word-boundary truncation.
@Suite struct TextFidelityTests {
    let engine = TextEngine()

    /// No glyph holds a joiner or a bidi control unless it is inside an emoji sequence.
    static func strayControls(_ row: VisualLine) -> [String] {
        row.glyphs.map(\.text).filter { text in
            let scalars = text.unicodeScalars.map(\.value)
            let emoji = scalars.first.map { $0 >= 0x1F000 } ?? false
            return scalars.contains { [0x200C, 0x200D, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069].contains($0) }
                && !emoji
        }
    }

    // MARK: 1. Joiners

    @Test(arguments: [BaseDirection.ltr, .rtl])
    func joinersBetweenLettersAreNeverWritten(base: BaseDirection) {
        for text in ["Year 1993 ب\u{200D}ر", "ب\u{200C}ر 1993", "a\u{200D}b 1993", "مي\u{200C}خواهم 1993"] {
            let row = engine.line(text, base: base)
            #expect(Self.strayControls(row).isEmpty, "\(text)")
            #expect(row.width == row.glyphs.count, "\(text): one cell per glyph")
            #expect(row.string.contains("1993"))
        }
        // The joiner still does its work in shaping: beh before it takes its initial form.
        #expect(engine.line("ب\u{200D}", base: .rtl).string == "ﺑ")
        // ZWNJ stops the join: beh and reh stay apart (isolated beh, isolated reh).
        #expect(engine.line("ب\u{200C}ر", base: .rtl).string == "ﺭﺏ")
    }

    @Test(arguments: [BaseDirection.ltr, .rtl])
    func emojiSequencesAreOneWideGlyphInLogicalOrder(base: BaseDirection) {
        for emoji in ["👨‍👩‍👧", "👍🏽", "🇸🇦", "🧑‍🤝‍🧑", "👩🏽‍💻"] {
            for text in [emoji, "قال \(emoji) مرحبا", "said \(emoji) hello", "\(emoji)\(emoji)"] {
                let row = engine.line(text, base: base)
                let glyphs = row.glyphs.filter { $0.text.unicodeScalars.first!.value >= 0x1F000 }
                #expect(glyphs.allSatisfy { $0.text == emoji && $0.width == 2 }, "\(text) \(base): \(glyphs.map { $0.text.unicodeScalars.map { String($0.value, radix: 16) } })")
                #expect(!glyphs.isEmpty)
                #expect(engine.width(text) == row.width)
            }
        }
        #expect(engine.width("👨‍👩‍👧") == 2)
        #expect(engine.width("🇸🇦🇦🇪") == 4)
        #expect(engine.width("🇸") == 1)  // a lone regional indicator is what wcwidth says
        // A text-style base (U+1F3F3 is one cell for wcwidth) keeps its width, in one glyph.
        #expect(engine.line("🏳️‍🌈", base: .rtl).glyphs.map(\.text) == ["🏳️‍🌈"])
    }

    @Test func emojiSequencesAreNeverCutByWrapping() {
        let rows = engine.wrap("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", width: 3, base: .rtl)
        #expect(rows.map(\.string) == ["👨‍👩‍👧", "👨‍👩‍👧", "👨‍👩‍👧"])
    }

    // MARK: 2. Digits in context

    @Test func arabicDigitsOnlyInArabicContext() {
        let arabic = TextEngine(options: TextOptions(digits: .arabic))
        func logical(_ text: String) -> String {
            // Terminal mode keeps logical order: what the digits became, word by word.
            TextEngine(options: TextOptions(digits: .arabic, bidi: .terminal)).line(text, base: .rtl).string
        }
        #expect(logical("000_895db97fb6067cf4.txt") == "000_895db97fb6067cf4.txt")
        #expect(logical("المصدر 000_895db97fb6067cf4.txt") == "المصدر 000_895db97fb6067cf4.txt")
        #expect(logical("الرابط https://policyviz.com/2017/10/12/") == "الرابط https://policyviz.com/2017/10/12/")
        #expect(logical("المعرف ministerial-2022-marrakesh") == "المعرف ministerial-2022-marrakesh")
        #expect(logical("جائحة COVID-19") == "جائحة COVID-19")
        #expect(logical("Resolution 2170 of 2014") == "Resolution 2170 of 2014")
        #expect(logical("في 11 يونيو 2015") == "في ١١ يونيو ٢٠١٥")
        #expect(logical("12 تشرين الأول 2017") == "١٢ تشرين الأول ٢٠١٧")
        #expect(logical("2014/09/10 في باريس") == "٢٠١٤/٠٩/١٠ في باريس")
        #expect(arabic.line("in مراكش 2022", base: .ltr).string.contains("٢٠٢٢"))  // Arabic before it
        // An isolated field is its own context: the day after a Latin outlet is Arabic-Indic too.
        let source = TextEngine.isolate("PolicyViz Tile-Grid-Map") + "، " + TextEngine.isolate("12 تشرين الأول 2017")
        #expect(logical(source).contains("١٢ تشرين الأول ٢٠١٧"))
        #expect(logical("PolicyViz Tile-Grid-Map، 12 تشرين") .contains("، 12 تشرين"))  // not isolated: Latin before
    }

    // MARK: 3. Isolation

    @Test func isolatedFieldsKeepTheirOwnDirection() {
        let date = TextEngine.isolate("2 كانون الأول/سبتمبر 2021")
        #expect(engine.line("Date: " + date, base: .ltr).string == "Date: 2021 ﺮﺒﻤﺘﺒﺳ/ﻝﻭﻷﺍ ﻥﻮﻧﺎﻛ 2")
        #expect(engine.line("in " + TextEngine.isolate("مراكش") + " 2022", base: .ltr).string == "in ﺶﻛﺍﺮﻣ 2022")
        // Without isolation the year runs into the Arabic (what the issue saw).
        #expect(engine.line("in مراكش 2022", base: .ltr).string == "in 2022 ﺶﻛﺍﺮﻣ")
    }

    /// FriBidi 1.0.8 (fribidi#141): a number in the second of two isolates in a row took the
    /// direction of a letter outside it; `isolate` puts a strong mark inside each.
    @Test func consecutiveIsolatesKeepTheirNumbers() {
        let file = "000_895db97fb6067cf4.txt"
        let line = "ا; " + TextEngine.isolate("ب") + "، " + TextEngine.isolate(file)
        #expect(engine.line(line, base: .rtl).string == file + " ،ﺏ ;ﺍ")
        #expect(TextEngine.isolate(file).unicodeScalars.map(\.value).prefix(2) == [0x2068, 0x200E])
        #expect(TextEngine.isolate("مراكش").unicodeScalars.map(\.value).prefix(2) == [0x2068, 0x200F])
        #expect(TextEngine.isolate("~2014", in: .rtl).unicodeScalars.map(\.value).prefix(2) == [0x2067, 0x200F])
        #expect(TextEngine.isolate("~2014").unicodeScalars.map(\.value).prefix(1) == [0x2068])
    }

    @Test func isolatesNeverReachTheScreen() {
        let row = engine.line("a " + TextEngine.isolate("ب") + " c", base: .rtl)
        #expect(Self.strayControls(row).isEmpty)
        #expect(row.width == 5)
    }

    @Test func unbalancedIsolatesInAFieldAreDropped() {
        #expect(TextEngine.isolate("a\u{2069}b") == "\u{2068}\u{200E}ab\u{2069}")
        #expect(TextEngine.isolate("a\u{2067}b") == "\u{2068}\u{200E}ab\u{2069}")
        #expect(TextEngine.isolate("a\u{2067}ب\u{2069}") == "\u{2068}\u{200E}a\u{2067}ب\u{2069}\u{2069}")
        #expect(TextEngine.isolate("") == "")
    }

    @Test func authorsBalancedIsolatesAreKeptForLayoutOnly() {
        // RLI … PDI: the Arabic name keeps its own run; a lone PDI is dropped.
        #expect(BidiIsolates.balancedOffsets(in: "a\u{2067}b\u{2069}c\u{2069}") == [1, 3])
        #expect(BidiIsolates.balancedOffsets(in: "\u{2068}a\nb\u{2069}") == [])
        #expect(engine.line("in \u{2067}مراكش\u{2069} 2022", base: .ltr).string == "in ﺶﻛﺍﺮﻣ 2022")
        #expect(engine.line("in \u{2067}مراكش 2022", base: .ltr).string == "in 2022 ﺶﻛﺍﺮﻣ")  // unbalanced: ignored
        #expect(Sanitizer.sanitize("a\u{2067}b\u{2069}") == "ab")  // printed as is: none at all
    }

    // MARK: 4. Trailing neutrals

    @Test func trailingNeutralAfterLatinStaysWithIt() {
        let url = TextEngine.isolate("https://policyviz.com/")
        #expect(engine.line("الرابط: " + url, base: .rtl).string == "https://policyviz.com/ :ﻂﺑﺍﺮﻟﺍ")
        let title = TextEngine.isolate("PolicyViz Tile-Grid-Map") + "، " + TextEngine.isolate("12 تشرين الأول 2017")
        #expect(engine.line(title, base: .rtl).string == "2017 ﻝﻭﻷﺍ ﻦﻳﺮﺸﺗ 12 ،PolicyViz Tile-Grid-Map")
    }

    // MARK: 5. Lam-alef across a mark

    @Test func lamAlefLigatesAcrossMarks() {
        #expect(engine.line("لَا", base: .rtl).string == "ﻻَ")
        #expect(engine.line("لٰا", base: .rtl).string == "ﻻٰ")
        #expect(engine.line("مثلًا", base: .rtl).string == "ﻼًﺜﻣ")
        #expect(engine.line("لَأ", base: .rtl).string == "ﻷَ")
        #expect(engine.line("لّٰا", base: .rtl).string == "ﻻّٰ")
        #expect(engine.width("مثلًا") == 3)
        let row = engine.line("كلَا", base: .rtl)
        #expect(row.string == "ﻼَﻛ")
        #expect(row.glyphs.map(\.logicalIndex) == [1, 0])
        // Cut or wrapped, the ligature and its mark stay one cluster.
        #expect(engine.wrap("مثلًا مثلًا", width: 3, base: .rtl).map(\.string) == ["ﻼًﺜﻣ", "ﻼًﺜﻣ"])
    }

    // MARK: 6. Canonical composition

    @Test func decomposedHamzaLooksLikeComposed() {
        for (decomposed, composed) in [("بي\u{654}ر", "بئر"), ("ا\u{653}من", "آمن"), ("ا\u{654}حمد", "أحمد"),
                                       ("ا\u{655}سلام", "إسلام"), ("مو\u{654}تمر", "مؤتمر"), ("بي\u{651}\u{654}", "بئّ")] {
            #expect(engine.line(decomposed, base: .rtl) .string == engine.line(composed, base: .rtl).string, "\(composed)")
        }
        // Blocked by a mark of the same class: kept as it is (NFC would not compose either).
        #expect(engine.line("ي\u{653}\u{654}", base: .rtl).string.unicodeScalars.contains("\u{654}"))
    }

    // MARK: 7. Word-boundary truncation

    @Test func truncationEndsAtAWordInTheLastThird() {
        let row = engine.fit("في سوريا · 6 تشرين الأول", width: 14, base: .rtl)
        // Not "…6 · ﺎﻳﺭﻮﺳ ﻲﻓ": the day number and the separator go with the month they belong to.
        #expect(row.string == "…ﺎﻳﺭﻮﺳ ﻲﻓ")
        // No space in the last third: the word is cut.
        #expect(engine.fit("abc defghijklmnop", width: 10, base: .ltr).string == "abc defgh…")
        #expect(engine.fit("abcdef ghijklmnop", width: 10, base: .ltr).string == "abcdef…")
    }
}
