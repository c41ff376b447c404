import RTLText

/// One terminal cell: the grapheme it shows (a base character and its combining marks), its
/// width, and its style. The second cell of a wide character is a continuation with empty text.
package struct Cell: Hashable, Sendable {
    package var text: String
    /// 1, 2 (wide), or 0 for the continuation cell of a wide character.
    package var width: UInt8
    package var style: Style

    package init(_ text: String = " ", width: UInt8 = 1, style: Style = .normal) {
        self.text = text; self.width = width; self.style = style
    }

    package static let blank = Cell()
    package var isContinuation: Bool { width == 0 }
}

/// An in-memory screen: what the app draws each time, and what the driver diffs against the
/// previous frame to write only the cells that changed.
///
/// ```swift
/// var frame = Frame(size: Size(width: 20, height: 2))
/// frame.draw(TextEngine().line("abc", base: .ltr), in: Rect(x: 0, y: 0, width: 20, height: 1),
///            align: .end)
/// frame.rows[0]   // "                 abc"
/// ```
package struct Frame: Hashable, Sendable {
    package private(set) var size: Size
    package private(set) var cells: [Cell]
    /// The parts of rows that show a URL (`LinkSpan`), for the driver's OSC 8 hyperlinks. Writing
    /// a cell takes it out of any span, so an overlay drawn over a URL leaves no link under it.
    package private(set) var links: [LinkSpan] = []

    package init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    package var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    package subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set {
            cells[y * size.width + x] = newValue
            if !links.isEmpty { unlink(x..<(x + 1), y: y) }
        }
    }

    /// Makes `columns` of row `y` (clipped to the frame) a link to `target`: call it after drawing
    /// the URL there, with the columns `draw` returned.
    package mutating func link(_ target: LinkTarget, y: Int, columns: Range<Int>) {
        let from = max(0, columns.lowerBound), to = min(size.width, columns.upperBound)
        guard y >= 0, y < size.height, from < to else { return }
        unlink(from..<to, y: y)
        links.append(LinkSpan(target: target, y: y, x: from, width: to - from))
    }

    /// Takes `columns` of row `y` out of every span, splitting a span that goes on both sides.
    private mutating func unlink(_ columns: Range<Int>, y: Int) {
        guard links.contains(where: { $0.y == y && $0.columns.overlaps(columns) }) else { return }
        links = links.flatMap { span -> [LinkSpan] in
            guard span.y == y, span.columns.overlaps(columns) else { return [span] }
            var parts: [LinkSpan] = []
            if span.x < columns.lowerBound {
                parts.append(LinkSpan(target: span.target, y: y, x: span.x, width: columns.lowerBound - span.x))
            }
            if span.columns.upperBound > columns.upperBound {
                parts.append(LinkSpan(target: span.target, y: y, x: columns.upperBound,
                                      width: span.columns.upperBound - columns.upperBound))
            }
            return parts
        }
    }

    /// Fills a rectangle (clipped to the frame) with one cell.
    package mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY { for x in r.x..<r.maxX { self[x, y] = cell } }
    }

    /// Puts one glyph at (x, y). A wide glyph that would not fit, or that would land on the
    /// frame's last column, is replaced by a blank so no half characters remain.
    package mutating func put(_ glyph: Glyph, x: Int, y: Int, style: Style, clipTo limit: Rect? = nil) {
        put(glyph, x: x, y: y, style: style, within: limit.map(clip) ?? bounds)
    }

    /// `put` inside `area`, already clipped to the frame (a row of glyphs clips once).
    private mutating func put(_ glyph: Glyph, x: Int, y: Int, style: Style, within area: Rect) {
        guard area.contains(x: x, y: y) else { return }
        repairWide(x: x, y: y)
        if glyph.width == 2 {
            guard area.contains(x: x + 1, y: y) else { self[x, y] = Cell(" ", style: style); return }
            repairWide(x: x + 1, y: y)
            self[x, y] = Cell(glyph.text, width: 2, style: style)
            self[x + 1, y] = Cell("", width: 0, style: style)
        } else {
            self[x, y] = Cell(glyph.text, width: 1, style: style)
        }
    }

    package enum Alignment: Sendable { case left, right, center }

    /// Draws a visual line in the first row of `rect`, aligned, clipped to the rectangle. Returns
    /// the columns it wrote (empty when nothing fit), where a URL's link goes.
    @discardableResult
    package mutating func draw(_ line: VisualLine, in rect: Rect, align: Alignment, style: Style = .normal) -> Range<Int> {
        guard !rect.isEmpty else { return 0..<0 }
        let area = clip(rect)
        var drawn: Range<Int>?
        var x: Int
        switch align {
        case .left: x = rect.x
        case .right: x = rect.maxX - line.width
        case .center: x = rect.x + (rect.width - line.width) / 2
        }
        for g in line.glyphs {
            if x >= rect.x, area.contains(x: x, y: rect.y) {
                put(g, x: x, y: rect.y, style: style, within: area)
                let end = min(x + g.width, area.maxX)
                drawn = (drawn?.lowerBound ?? x)..<end
            }
            x += g.width
            if x >= rect.maxX { break }
        }
        return drawn ?? 0..<0
    }

    /// Plain text rows (continuation cells omitted), for tests and dumps.
    package var rows: [String] {
        (0..<size.height).map { y in
            var s = ""
            for x in 0..<size.width where !self[x, y].isContinuation { s += self[x, y].text }
            return s
        }
    }

    private func clip(_ r: Rect) -> Rect {
        let x0 = max(0, r.x), y0 = max(0, r.y)
        let x1 = min(size.width, r.maxX), y1 = min(size.height, r.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// Overwriting half of a wide character blanks its other half.
    /// Reads only the width (and a style when it repairs), never copying a cell's text.
    private mutating func repairWide(x: Int, y: Int) {
        let index = y * size.width + x
        switch cells[index].width {
        case 2 where x + 1 < size.width: cells[index + 1] = Cell(" ", style: cells[index].style)
        case 0 where x > 0: cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        default: break
        }
    }
}
