import Testing
import RTLText

@Suite struct FitAndWidthTests {
    let engine = TextEngine()

    @Test func ltrTextIsCutAtTheRightWithAnEllipsis() {
        let row = engine.fit("Hello wonderful world", width: 10, base: .ltr)
        #expect(row.string == "Hello won…")
        #expect(row.width == 10)
        #expect(engine.fit("Hello world", width: 8, base: .ltr).string == "Hello…")  // at the space: 5 of 7
        #expect(engine.fit("Hello world", width: 9, base: .ltr).string == "Hello wo…")  // 5 of 8: too short
        #expect(engine.fit("Hello world", width: 7, base: .ltr).string == "Hello…")  // no space before …
    }

    @Test func rtlTextKeepsItsStartAtTheRightAndTheEllipsisGoesLeft() {
        let row = engine.fit("صندوق تمويل الاستقرار", width: 10, base: .rtl)
        #expect(row.width == 10)
        #expect(row.glyphs.first?.text == "…")
        #expect(row.glyphs.last?.logicalIndex == 0)
        #expect(row.string == "…ﻮﻤﺗ ﻕﻭﺪﻨﺻ")
        // The cut word is shaped as it stands: meem in its final form ﻢ, not the medial ﻤ.
        let cut = engine.fit("صندوق تمويل الاستقرار", width: 9, base: .rtl)
        #expect(cut.string == "…ﻢﺗ ﻕﻭﺪﻨﺻ")
    }

    @Test func fittingTextIsLeftAlone() {
        #expect(engine.fit("abc", width: 3, base: .ltr).string == "abc")
        #expect(engine.fit("لا إله", width: 5, base: .rtl).string == "ﻪﻟﺇ ﻻ")
        #expect(engine.fit("abc", width: 1, base: .ltr).string == "…")
        #expect(engine.fit("abc", width: 0, base: .ltr).glyphs.isEmpty)
    }

    @Test func cutsNeverSplitClustersAndRespectWideCharacters() {
        #expect(engine.fit("中文字符", width: 5, base: .ltr).string == "中文…")
        #expect(engine.fit("中文字符", width: 4, base: .ltr).string == "中…")
        let nfd = String(repeating: "e\u{301}", count: 6)
        let row = engine.fit(nfd, width: 4, base: .ltr)
        #expect(row.width == 4)
        #expect(row.string == "e\u{301}e\u{301}e\u{301}…")
        let harakat = engine.fit("بِسْمِ اللَّهِ الرَّحْمَنِ", width: 6, base: .rtl)
        #expect(harakat.width <= 6)
        #expect(harakat.glyphs.allSatisfy { !($0.text.unicodeScalars.first.map { CellWidth.of($0) == 0 } ?? true) })
    }

    @Test func widthsAfterShaping() {
        #expect(engine.width("بِسْمِ") == 3)
        #expect(engine.width("لا إله إلا الله") == 13)  // two lam-alef ligatures (الله has none)
        #expect(engine.width("e\u{301}te\u{301}") == 3)
        #expect(engine.width("😀 中文") == 7)
        #expect(engine.width("👩‍💻") == 2)  // one emoji sequence, one wide glyph
        #expect(engine.width("\u{1B}[31mred") == 3)
        #expect(engine.width("") == 0)
        for text in ["بِسْمِ اللَّهِ", "مرحبا 2015 (FFIS)", "e\u{301}😀中", WrapTests.paragraph] {
            #expect(engine.width(text) == engine.line(text, base: .rtl).width)
        }
    }

    @Test func cellMapPointsBackToTheSource() {
        let row = engine.line("ab 中", base: .ltr)
        #expect(row.cellToLogical == [0, 1, 2, 3, 3])
        let rtl = engine.line("\u{1B}[1mلا ب", base: .rtl)   // the escape sequence is 4 scalars
        #expect(rtl.glyphs.map(\.logicalIndex) == [7, 6, 4])
        #expect(rtl.logicalRange == 4..<8)
    }
}

@Suite struct OptionTests {
    @Test func arabicIndicDigitsStayInTheNumbersOrder() {
        let engine = TextEngine(options: TextOptions(digits: .arabic))
        #expect(engine.line("عام 2015", base: .rtl).string == "٢٠١٥ ﻡﺎﻋ")
        #expect(engine.line("Year 2015", base: .ltr).string == "Year 2015")  // Latin context
        #expect(engine.line("2015", base: .rtl).string == "٢٠١٥")            // no letters, RTL
        #expect(engine.line("2015", base: .ltr).string == "2015")
        #expect(engine.width("2015") == 4)
    }

    @Test func terminalModeLeavesLogicalOrderUnshaped() {
        let engine = TextEngine(options: TextOptions(bidi: .terminal))
        let text = "صندوق (FFIS) لا 2015"
        let row = engine.line(text, base: .rtl)
        #expect(row.string == text)
        #expect(row.isRTL)
        #expect(row.width == 20)   // no ligature: lam and alef take a cell each
        #expect(engine.width("لا") == 2)
        #expect(engine.line("\u{1B}]0;x\u{7}abc", base: .auto).string == "abc")
        #expect(engine.line("abc", base: .auto).isRTL == false)
        // The ellipsis goes at the logical end; the terminal places it.
        #expect(engine.fit("صندوق تمويل", width: 6, base: .rtl).string == "صندوق…")
        #expect(engine.wrap("صندوق تمويل الاستقرار", width: 12, base: .rtl).map(\.string) == ["صندوق تمويل", "الاستقرار"])
    }

    @Test func shapingOffSendsBaseLettersButStillMirrors() {
        let engine = TextEngine(options: TextOptions(shaping: false))
        #expect(engine.line("صندوق (FFIS)", base: .rtl).string == "(FFIS) قودنص")
        #expect(engine.line("لا", base: .rtl).string == "ال")
        #expect(engine.width("لا") == 2)
        #expect(engine.line("رقم (1)", base: .rtl).string == "(1) مقر")
    }

    @Test func autoDirectionFollowsTheFirstStrongCharacter() {
        let engine = TextEngine()
        #expect(engine.line("abc صندوق", base: .auto).isRTL == false)
        #expect(engine.line("صندوق abc", base: .auto).isRTL == true)
        #expect(engine.line("2015", base: .auto).isRTL == true)   // no strong character: RTL
        #expect(engine.line("abc", base: .rtl).string == "abc")
    }
}

@Suite struct DocumentedExampleTests {
    @Test func visualLineExample() {
        let row = TextEngine().line("لا إله", base: .rtl)
        #expect(row.string == "ﻪﻟﺇ ﻻ")
        #expect(row.cellToLogical == [5, 4, 3, 2, 0])
    }

    @Test func sanitizerExamples() {
        #expect(Sanitizer.sanitize("\u{1B}[31mred\u{1B}[0m\tok\u{7}") == "red ok\u{FFFD}")
        #expect(Sanitizer.sanitize("\u{1B}]52;c;ZXZpbA==\u{7}safe") == "safe")
    }
}
