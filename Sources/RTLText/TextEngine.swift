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
/// A value type with no shared mutable state: each call works on its own buffers (scratch in
/// temporary stack allocations) and the width and glyph tables are immutable, so one engine may
/// be used from any thread.
public struct TextEngine: Sendable {
    public var options: TextOptions

    /// The character that marks cut text.
    public static let ellipsis = "…"

    public init(options: TextOptions = TextOptions()) {
        self.options = options
    }

    /// The whole text as one row (no wrapping).
    public func line(_ text: String, base: BaseDirection) -> VisualLine {
        let paragraph = Paragraph(text, base: base, options: options)
        return paragraph.visualLine(0..<paragraph.count, reshape: false)
    }

    /// Rows of at most `width` cells, broken at spaces in logical order, each reordered on its own.
    /// Trailing spaces are trimmed. A line break in the text (LF, CR LF, CR, NEL, U+2029) ends a
    /// paragraph: the next one starts a new row and, with `.auto`, finds its own direction. No row
    /// is wider than `width`: a wide character in a one-cell row shows as "…". An empty text gives
    /// one empty row; a width below 1 gives none.
    public func wrap(_ text: String, width: Int, base: BaseDirection) -> [VisualLine] {
        guard width > 0 else { return [] }
        var rows: [VisualLine] = []
        Paragraph.forEachParagraph(in: text) { paragraphText, offset in
            let paragraph = Paragraph(paragraphText, base: base, options: options, offset: offset)
            for span in paragraph.lineSpans(width: width) {
                if paragraph.cells(span.range) > width {
                    // One cluster wider than the row (a wide character, one cell): mark it.
                    let index = paragraph.logicalSpan(span.range).lowerBound
                    rows.append(VisualLine(glyphs: [Glyph(text: Self.ellipsis, width: 1, logicalIndex: index)],
                                           isRTL: paragraph.isRTL, logicalRange: paragraph.logicalSpan(span.range)))
                    continue
                }
                rows.append(paragraph.visualLine(span.range, reshape: span.cutsWord))
            }
        }
        return rows
    }

    /// One row of at most `width` cells; when the text is longer it is cut at its logical end and
    /// an ellipsis marks the cut at the visual end (the left edge for RTL).
    public func fit(_ text: String, width: Int, base: BaseDirection) -> VisualLine {
        let paragraph = Paragraph(text, base: base, options: options)
        guard paragraph.cells(0..<paragraph.count) > width else {
            return paragraph.visualLine(0..<paragraph.count, reshape: false)
        }
        guard width > 0 else {
            return VisualLine(glyphs: [], isRTL: paragraph.isRTL, logicalRange: paragraph.logicalSpan(0..<0))
        }
        var cut = 0, used = 0
        while cut < paragraph.count {
            let next = paragraph.clusterEnd(cut, limit: paragraph.count)
            let cells = paragraph.cells(cut..<next)
            if used + cells > width - 1 { break }
            used += cells; cut = next
        }
        var end = cut
        while end > 0 && paragraph.isBreakSpace(end - 1) { end -= 1 }
        var row = paragraph.visualLine(0..<end, reshape: true)
        let mark = Glyph(text: Self.ellipsis, width: 1, logicalIndex: row.logicalRange.upperBound)
        if row.isRTL && paragraph.reorders { row.glyphs.insert(mark, at: 0) } else { row.glyphs.append(mark) }
        row.width += 1
        return row
    }

    /// Cells the text takes on screen after shaping (what `line(_:base:)` gives, without building
    /// the row).
    public func width(_ text: String) -> Int {
        let paragraph = Paragraph(text, base: .auto, options: options)
        return paragraph.cells(0..<paragraph.count)
    }
}
