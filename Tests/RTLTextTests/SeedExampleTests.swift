import Testing
import RTLText

/// Sentences from the seed articles, checked against what `fribidi` (the CLI, FriBidi 1.0.8)
/// printed for them (../shared/research/terminal-bidi.md §3, peer-baseline.md).
@Suite struct SeedExampleTests {
    let engine = TextEngine()

    @Test func ffisSentenceMatchesFribidiCLI() {
        let row = engine.line("صندوق تمويل الاستقرار الفوري (FFIS) في 11 من يونيو 2015", base: .rtl)
        #expect(row.string == "2015 ﻮﻴﻧﻮﻳ ﻦﻣ 11 ﻲﻓ (FFIS) ﻱﺭﻮﻔﻟﺍ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻞﻳﻮﻤﺗ ﻕﻭﺪﻨﺻ")
        #expect(row.isRTL)
    }

    @Test func numbersAndLatinKeepTheirOrderAndPlace() {
        let row = engine.line("تأسس صندوق تمويل الاستقرار الفوري (FFIS) في 11 من يونيو 2015", base: .rtl)
        #expect(row.string == "2015 ﻮﻴﻧﻮﻳ ﻦﻣ 11 ﻲﻓ (FFIS) ﻱﺭﻮﻔﻟﺍ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻞﻳﻮﻤﺗ ﻕﻭﺪﻨﺻ ﺲﺳﺄﺗ")
        let text = row.string
        // The year at the far left (the sentence's end), FFIS in brackets that open to the left.
        #expect(text.hasPrefix("2015 "))
        #expect(text.contains(" 11 "))
        #expect(text.contains("(FFIS)"))
        #expect(!text.contains(")FFIS("))
    }

    @Test func shortSentenceMatchesFribidiCLI() {
        let row = engine.line("تأسس صندوق FFIS في 11 يونيو 2015", base: .rtl)
        #expect(row.string == "2015 ﻮﻴﻧﻮﻳ 11 ﻲﻓ FFIS ﻕﻭﺪﻨﺻ ﺲﺳﺄﺗ")
    }

    @Test func firstRowAt24ColumnsIsTheSentenceStart() {
        let rows = engine.wrap("تأسس صندوق FFIS في 11 يونيو 2015", width: 24, base: .rtl)
        #expect(rows.count == 2)
        // «تأسس صندوق FFIS في 11», in visual order.
        #expect(rows[0].string == "11 ﻲﻓ FFIS ﻕﻭﺪﻨﺻ ﺲﺳﺄﺗ")
        #expect(rows[1].string == "2015 ﻮﻴﻧﻮﻳ")
    }

    @Test func lamAlefTakesOneCell() {
        let row = engine.line("لا إله", base: .rtl)
        #expect(row.string == "ﻪﻟﺇ ﻻ")
        #expect(row.width == 5)
        #expect(engine.width("لا") == 1)
        #expect(!row.string.unicodeScalars.contains("\u{FEFF}"))
        // The ligature stands for the lam (offset 0) so a click on it lands on the word's start.
        #expect(row.glyphs.last?.logicalIndex == 0)
    }

    @Test func bismTakesThreeCellsWithHarakatOnTheirBase() {
        let row = engine.line("بِسْمِ", base: .rtl)
        #expect(row.width == 3)
        #expect(row.glyphs.map(\.text) == ["ﻢِ", "ﺴْ", "ﺑِ"])
        #expect(row.glyphs.map(\.logicalIndex) == [4, 2, 0])
        #expect(engine.width("بِسْمِ") == 3)
    }

    @Test func bracketsAreMirroredInRTLText() {
        let row = engine.line("رقم الحجز (PNR) هنا", base: .rtl)
        #expect(row.string.contains("(PNR)"))
        #expect(!row.string.contains(")PNR("))
    }
}

@Suite struct PresentationFormTests {
    /// Text that arrives already shaped (from a PDF, or a visual row fed back in) keeps its
    /// letters and its width: FriBidi would otherwise ligate a lam and an alef presentation form.
    @Test func alreadyShapedTextIsLeftAsItCame() {
        let engine = TextEngine()
        let visual = engine.line("إيطاليا، الولايات المتحدة", base: .rtl).string
        #expect(engine.width(visual) == CellWidth.of(visual))
        #expect(engine.line("\u{FEDF}\u{FE8E}", base: .ltr).string == "\u{FE8E}\u{FEDF}")
        // Base letters still ligate.
        #expect(engine.line("لا", base: .rtl).string == "\u{FEFB}")
    }
}
