import Testing
import RTLText

@Suite struct WrapTests {
    let engine = TextEngine()

    /// A paragraph of seed 000 (aman-dostor.org/33502).
    static let paragraph = "أعلن التحالف الدولي ضد داعش، عن تنفيذ 35 ألف ضربة جوية ضد التنظيم الإرهابي في العراق وسوريا، "
        + "منذ تأسيسه عام 2014، هذا بخلاف دعم القوات العراقية وقوات البشمركة الكردية من خلال التدريبات وتقديم "
        + "الاستشارة والمساعدات العسكرية لأكثر من 300 ألف عنصر من الجيش العراقي والبشمركة."

    @Test func longParagraphAt40CellsReadsFromItsFirstWord() {
        let rows = engine.wrap(Self.paragraph, width: 40, base: .rtl)
        #expect(rows.count > 4)
        #expect(rows.allSatisfy { $0.width <= 40 && $0.isRTL })
        // Row 1 starts (at its right edge) with the paragraph's first letter, «أعلن» shaped.
        #expect(rows[0].glyphs.last?.logicalIndex == 0)
        #expect(rows[0].string.hasSuffix("ﻦﻠﻋﺃ"))
        // Rows follow each other in logical order, and each ends (at its left) with its last word.
        for (upper, lower) in zip(rows, rows.dropFirst()) {
            #expect(upper.logicalRange.upperBound < lower.logicalRange.lowerBound)
        }
        #expect(rows.last?.logicalRange.upperBound == Self.paragraph.unicodeScalars.count)
        // The numbers keep their digit order inside their rows.
        let all = rows.map(\.string).joined(separator: "\n")
        #expect(all.contains("35") && all.contains("2014") && all.contains("300"))
    }

    /// Greedy filling: no row could have taken the next row's first word.
    @Test func rowsAreFilledGreedily() {
        let rows = engine.wrap(Self.paragraph, width: 40, base: .rtl)
        let words = Self.paragraph.split(separator: " ")
        var wordIndex = 0
        for row in rows.dropLast() {
            var used = 0
            while wordIndex < words.count {
                let next = engine.width(String(words[wordIndex]))
                if used + (used > 0 ? 1 : 0) + next > row.width { break }
                used += (used > 0 ? 1 : 0) + next
                wordIndex += 1
            }
            #expect(used == row.width)
            #expect(row.width + 1 + engine.width(String(words[wordIndex])) > 40)
        }
    }

    @Test func wordLongerThanTheRowIsCutAndEachPieceShapedOnItsOwn() {
        let rows = engine.wrap("والمساعدات", width: 4, base: .rtl)
        #expect(rows.map(\.width) == [4, 4, 2])
        // Each piece looks like that piece alone: its last letter in a final or isolated form,
        // not joined across the cut.
        #expect(rows[0].string == engine.line("والم", base: .rtl).string)
        #expect(rows[1].string == engine.line("ساعد", base: .rtl).string)
        #expect(rows[2].string == engine.line("ات", base: .rtl).string)
        #expect(engine.wrap("abcdefghij", width: 4, base: .ltr).map(\.string) == ["abcd", "efgh", "ij"])
    }

    @Test func harakatAndLamAlefAreNeverCutFromTheirLetters() {
        let bism = engine.wrap("بِسْمِ", width: 1, base: .rtl)
        #expect(bism.count == 3)
        #expect(bism.allSatisfy { $0.glyphs.count == 1 && $0.glyphs[0].text.unicodeScalars.count == 2 })
        let lamAlef = engine.wrap("سلام", width: 2, base: .rtl)
        #expect(lamAlef.map(\.width) == [2, 1])
        #expect(lamAlef[0].string.unicodeScalars.contains { (0xFEF5...0xFEFC).contains($0.value) })
    }

    @Test func spacesAtBreaksAndLineEndsAreTrimmed() {
        #expect(engine.wrap("abc   ", width: 10, base: .ltr).map(\.string) == ["abc"])
        #expect(engine.wrap("ab  cd", width: 10, base: .ltr).map(\.string) == ["ab  cd"])
        #expect(engine.wrap("ab cd ef", width: 5, base: .ltr).map(\.string) == ["ab cd", "ef"])
        #expect(engine.wrap("مرحبا بكم   ", width: 20, base: .rtl)[0].width == 9)
    }

    @Test func emptyAndDegenerateInput() {
        #expect(engine.wrap("", width: 10, base: .rtl).count == 1)
        #expect(engine.wrap("", width: 10, base: .rtl)[0].glyphs.isEmpty)
        #expect(engine.wrap("   ", width: 10, base: .ltr).map(\.width) == [0])
        #expect(engine.wrap("abc", width: 0, base: .ltr).isEmpty)
        // A wide character cannot fit a one-cell row: each gets a row marked "…", never wider.
        #expect(engine.wrap("中文", width: 1, base: .ltr).map(\.string) == ["…", "…"])
        #expect(engine.wrap("中文", width: 1, base: .ltr).map(\.logicalRange) == [0..<1, 1..<2])
        #expect(engine.wrap("中文", width: 2, base: .ltr).map(\.string) == ["中", "文"])
    }

    @Test func neverExceedsTheWidth() {
        for width in 1...30 {
            for base in [BaseDirection.ltr, .rtl, .auto] {
                let rows = engine.wrap(Self.paragraph + " mixed English (text) 中文 😀 e\u{301}", width: width, base: base)
                #expect(rows.allSatisfy { $0.width <= width }, "width \(width)")
            }
        }
    }

    @Test func mixedDirectionRowIsReorderedOnItsOwn() {
        // An LTR paragraph with Arabic: each row's Arabic run is reversed inside that row only.
        let rows = engine.wrap("The fund صندوق تمويل was set up", width: 16, base: .ltr)
        #expect(rows.map(\.string) == ["The fund ﻕﻭﺪﻨﺻ", "ﻞﻳﻮﻤﺗ was set up"])
        let wider = engine.wrap("The fund صندوق تمويل was set up", width: 20, base: .ltr)
        #expect(wider.map(\.string) == ["The fund ﻞﻳﻮﻤﺗ ﻕﻭﺪﻨﺻ", "was set up"])
    }
}

@Suite struct ParagraphBreakTests {
    let engine = TextEngine()

    @Test func lineBreaksStartNewParagraphsWithTheirOwnDirection() {
        let rows = engine.wrap("مرحبا بكم\nHello there\r\n\nسلام", width: 20, base: .auto)
        #expect(rows.map(\.string) == ["ﻢﻜﺑ ﺎﺒﺣﺮﻣ", "Hello there", "", "ﻡﻼﺳ"])
        #expect(rows.map(\.isRTL) == [true, false, true, true])
        // Logical indices count from the start of the whole text.
        #expect(rows[1].logicalRange == 10..<21)
        #expect(rows[3].glyphs.last?.logicalIndex == 24)
    }

    @Test func guillemetsAndOtherNonBreakingTextStayInOneParagraph() {
        #expect(engine.wrap("«مرحبا» ‐ نص", width: 30, base: .rtl).count == 1)
    }

    @Test func oneRowCallsTurnLineBreaksIntoSpaces() {
        #expect(engine.line("a\nb", base: .ltr).string == "a b")
        #expect(engine.fit("a\nb", width: 10, base: .ltr).string == "a b")
    }
}
