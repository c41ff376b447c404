import SharedValues
/// Turns logical text into screen rows: sanitise, resolve bidi levels, wrap in logical order,
/// reorder each line, shape Arabic, measure in cells.
///
/// ```swift
/// let engine = TextEngine()
/// let rows = engine.wrap("تأسس صندوق FFIS في 11 يونيو 2015", width: 24, base: .rtl)
/// rows[0].string   // «تأسس صندوق FFIS في 11» in visual order, shaped: "11 ﻲﻓ FFIS ﻕﻭﺪﻨﺻ ﺲﺳﺄﺗ"
/// engine.fit("لا إله إلا الله", width: 8, base: .rtl).string   // "…" at the left, the text's start at the right
/// ```
///
/// A value type: each call works on its own buffers (scratch in temporary stack allocations) and
/// the width and glyph tables are immutable, so one engine may be used from any thread. The only
/// shared state is an optional `TextMemo` of finished rows (locked, bounded, and invisible: the
/// rows are the same with and without it), for callers that lay out the same strings every frame.
public struct TextEngine: Sendable {
    public var options: TextOptions
    /// Where finished rows are kept between calls; nil lays out every call afresh.
    public var memo: TextMemo?

    /// The character that marks cut text.
    public static let ellipsis = "…"
    /// What marks cut text when only ASCII may be shown (`TextOptions.ascii`).
    public static let asciiEllipsis = "..."

    /// The mark for cut text with these options.
    public var ellipsis: String { options.ascii ? Self.asciiEllipsis : Self.ellipsis }

    public init(options: TextOptions = TextOptions(), memo: TextMemo? = nil) {
        self.options = options
        self.memo = memo
    }

    /// The whole text as one row (no wrapping).
    public func line(_ text: String, base: BaseDirection) -> VisualLine {
        guard let memo else { return makeLine(text, base: base) }
        let key = TextMemo.Key(text: text, operation: .line, base: base, options: options)
        guard case .line(let row) = memo.value(key, make: { .line(makeLine(text, base: base)) }) else {
            return makeLine(text, base: base)
        }
        return row
    }

    /// Rows of at most `width` cells, broken at spaces in logical order, each reordered on its own.
    /// Trailing spaces are trimmed. A line break in the text (LF, CR LF, CR, NEL, U+2029) ends a
    /// paragraph: the next one starts a new row and, with `.auto`, finds its own direction. No row
    /// is wider than `width`: a wide character in a one-cell row shows as "…". An empty text gives
    /// one empty row; a width below 1 gives none.
    public func wrap(_ text: String, width: Int, base: BaseDirection) -> [VisualLine] {
        guard let memo else { return makeRows(text, width: width, base: base) }
        let key = TextMemo.Key(text: text, operation: .wrap(width: width), base: base, options: options)
        guard case .lines(let rows) = memo.value(key, make: { .lines(makeRows(text, width: width, base: base)) }) else {
            return makeRows(text, width: width, base: base)
        }
        return rows
    }

    /// One row of at most `width` cells; when the text is longer it is cut at its logical end and
    /// an ellipsis marks the cut at the visual end (the left edge for RTL).
    public func fit(_ text: String, width: Int, base: BaseDirection) -> VisualLine {
        guard let memo else { return makeFitted(text, width: width, base: base) }
        let key = TextMemo.Key(text: text, operation: .fit(width: width), base: base, options: options)
        guard case .line(let row) = memo.value(key, make: { .line(makeFitted(text, width: width, base: base)) }) else {
            return makeFitted(text, width: width, base: base)
        }
        return row
    }

    /// Cells the text takes on screen after shaping (what `line(_:base:)` gives, without building
    /// the row).
    public func width(_ text: String) -> Int {
        guard let memo else { return makeWidth(text) }
        let key = TextMemo.Key(text: text, operation: .width, base: .auto, options: options)
        guard case .width(let cells) = memo.value(key, make: { .width(makeWidth(text)) }) else { return makeWidth(text) }
        return cells
    }

    /// `piece` as one field of a line the app builds from pieces (a name, a date, a quote, a URL
    /// in "in مراكش 2022"): wrapped in FSI … PDI, so it takes its direction from its own first
    /// strong letter and its neighbours cannot pull its digits or punctuation across (UAX #9,
    /// X5c and BD13). Isolates inside `piece` without a partner are dropped first, so a data
    /// field can neither close this isolate early nor leave it open. The controls never reach
    /// the screen; with `--bidi=terminal` they are dropped too, so such a terminal sees the
    /// pieces without them.
    ///
    /// A piece with no letter (a year, "~2014") has no direction of its own; FSI would make it
    /// left to right. `direction` is the line's: such a piece then runs that way (RLI in Arabic
    /// rows, so "~2014" reads "2014~" as the rest of the row does).
    ///
    /// The opener is followed by a mark of the isolate's direction (LRM or RLM, never written):
    /// FriBidi 1.0.8 (Debian 11 and 12) resolves a number in the second of two isolates in a row
    /// against a letter outside it (fribidi#141, fixed in 1.0.9), which split
    /// "000_895db97fb6067cf4.txt" after an Arabic outlet; a strong mark inside gives the number
    /// its isolate's direction in every version.
    public static func isolate(_ piece: String, in direction: BaseDirection = .auto) -> String {
        guard !piece.isEmpty else { return piece }
        let opener: String
        switch Bidi.firstStrongDirection(piece) {
        case .ltr?: opener = "\u{2068}\u{200E}"
        case .rtl?: opener = "\u{2068}\u{200F}"
        default:
            switch direction {
            case .auto: opener = "\u{2068}"
            case .ltr: opener = "\u{2066}\u{200E}"
            case .rtl: opener = "\u{2067}\u{200F}"
            }
        }
        guard piece.unicodeScalars.contains(where: { $0.value >= 0x2066 && $0.value <= 0x2069 }) else {
            return opener + piece + "\u{2069}"
        }
        let kept = BidiIsolates.balancedOffsets(in: piece)
        var scalars = String.UnicodeScalarView()
        for (offset, scalar) in piece.unicodeScalars.enumerated()
        where !(scalar.value >= 0x2066 && scalar.value <= 0x2069) || kept.contains(offset) {
            scalars.append(scalar)
        }
        return opener + String(scalars) + "\u{2069}"
    }

    // MARK: - Layout (what the memo keeps)

    private func makeLine(_ text: String, base: BaseDirection) -> VisualLine {
        let paragraph = Paragraph(text, base: base, options: options)
        return paragraph.visualLine(0..<paragraph.count, reshape: false)
    }

    private func makeRows(_ text: String, width: Int, base: BaseDirection) -> [VisualLine] {
        guard width > 0 else { return [] }
        var rows: [VisualLine] = []
        Paragraph.forEachParagraph(in: text) { paragraphText, offset in
            let paragraph = Paragraph(paragraphText, base: base, options: options, offset: offset)
            for span in paragraph.lineSpans(width: width) {
                if paragraph.cells(span.range) > width {
                    // One cluster wider than the row (a wide character, one cell): mark it.
                    let index = paragraph.logicalSpan(span.range).lowerBound
                    rows.append(VisualLine(glyphs: ellipsisGlyphs(width: width, logicalIndex: index),
                                           isRTL: paragraph.isRTL, logicalRange: paragraph.logicalSpan(span.range)))
                    continue
                }
                rows.append(paragraph.visualLine(span.range, reshape: span.cutsWord))
            }
        }
        return rows
    }

    private func makeFitted(_ text: String, width: Int, base: BaseDirection) -> VisualLine {
        let paragraph = Paragraph(text, base: base, options: options)
        guard paragraph.cells(0..<paragraph.count) > width else {
            return paragraph.visualLine(0..<paragraph.count, reshape: false)
        }
        guard width > 0 else {
            return VisualLine(glyphs: [], isRTL: paragraph.isRTL, logicalRange: paragraph.logicalSpan(0..<0))
        }
        let markWidth = min(width, ellipsis.unicodeScalars.count)
        var cut = 0, used = 0
        while cut < paragraph.count {
            let next = paragraph.clusterEnd(cut, limit: paragraph.count)
            let cells = paragraph.cells(cut..<next)
            if used + cells > width - markWidth { break }
            used += cells; cut = next
        }
        var end = cut
        // A word cut in two, or a lone day number, reads wrong: end at the last space instead
        // when that keeps at least two thirds of the room.
        if cut < paragraph.count && !paragraph.isBreakSpace(cut) {
            var space = cut
            while space > 0 && !paragraph.isBreakSpace(space - 1) { space -= 1 }
            if space > 0 && 3 * paragraph.cells(0..<space - 1) >= 2 * (width - markWidth) {
                end = space
                // A separator before the cut goes, and so does a number just before the cut word:
                // it belongs to what was cut ("6" of "6 تشرين"); a year after its month stays.
                var justBeforeCut = true
                while true {
                    var wordEnd = end
                    while wordEnd > 0 && paragraph.isBreakSpace(wordEnd - 1) { wordEnd -= 1 }
                    var wordStart = wordEnd
                    while wordStart > 0 && !paragraph.isBreakSpace(wordStart - 1) { wordStart -= 1 }
                    guard wordStart > 0, wordStart < wordEnd, 3 * paragraph.cells(0..<wordStart) >= width - markWidth
                    else { break }
                    let kind = paragraph.wordKind(wordStart..<wordEnd)
                    guard kind == .punctuation || (kind == .number && justBeforeCut) else { break }
                    end = wordStart
                    justBeforeCut = false
                }
            }
        }
        while end > 0 && paragraph.isBreakSpace(end - 1) { end -= 1 }
        var row = paragraph.visualLine(0..<end, reshape: end == cut)
        let mark = ellipsisGlyphs(width: markWidth, logicalIndex: row.logicalRange.upperBound)
        if row.isRTL && paragraph.reorders { row.glyphs.insert(contentsOf: mark, at: 0) } else { row.glyphs += mark }
        row.width += mark.count
        return row
    }

    /// The ellipsis as one-cell glyphs, at most `width` of them ("..." becomes ".." in two cells).
    private func ellipsisGlyphs(width: Int, logicalIndex: Int) -> [Glyph] {
        ellipsis.unicodeScalars.prefix(max(0, width)).map {
            Glyph(text: String($0), width: 1, logicalIndex: logicalIndex)
        }
    }

    private func makeWidth(_ text: String) -> Int {
        let paragraph = Paragraph(text, base: .auto, options: options)
        return paragraph.cells(0..<paragraph.count)
    }
}
