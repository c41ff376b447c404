import RTLText

/// The characters a border is drawn with: Unicode box drawing, or ASCII for the Linux console
/// and vt100-class kiosks (`--ascii`).
package struct BoxGlyphs: Sendable, Hashable {
    package var horizontal: String, vertical: String
    /// The corners are physical: a box has the same four in both directions.
    package var topLeft: String, topRight: String, bottomLeft: String, bottomRight: String
    package var arrowLeft: String, arrowRight: String
    /// Scroll bar track and thumb.
    package var track: String, thumb: String

    package static let unicode = BoxGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                          bottomLeft: "└", bottomRight: "┘",
                                          arrowLeft: "◀", arrowRight: "▶", track: "│", thumb: "█")
    package static let ascii = BoxGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                        bottomLeft: "+", bottomRight: "+",
                                        arrowLeft: "<", arrowRight: ">", track: "|", thumb: "#")

    package static func set(ascii: Bool) -> BoxGlyphs { ascii ? .ascii : .unicode }

    /// The arrow pointing forward in reading order: ▶ in LTR, ◀ in RTL.
    package func arrowForward(_ d: LayoutDirection) -> String { d == .rtl ? arrowLeft : arrowRight }
    package func arrowBack(_ d: LayoutDirection) -> String { d == .rtl ? arrowRight : arrowLeft }
}

/// A bordered box with an optional title at the start edge of its top border.
///
/// ```swift
/// var frame = Frame(size: Size(width: 12, height: 3))
/// Box(title: TextEngine().line("abc", base: .ltr), direction: .rtl).render(in: frame.bounds, into: &frame)
/// frame.rows  // ["┌──── abc ─┐", "│          │", "└──────────┘"]
/// ```
package struct Box: Sendable {
    package var title: VisualLine?
    package var direction: LayoutDirection
    package var glyphs: BoxGlyphs
    package var style: Style
    package var titleStyle: Style

    package init(title: VisualLine? = nil, direction: LayoutDirection, ascii: Bool = false,
                style: Style = Style(.border), titleStyle: Style = Style(.title, bold: true)) {
        self.title = title; self.direction = direction; self.glyphs = .set(ascii: ascii)
        self.style = style; self.titleStyle = titleStyle
    }

    /// Where the content goes: the rectangle inside the border (empty when the box is too small
    /// to have one).
    package static func inner(_ rect: Rect) -> Rect {
        rect.width >= 2 && rect.height >= 2 ? rect.inset(1) : Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }

    /// Draws the border (nothing when the rectangle is under 2x2) and the title, cut to fit.
    package func render(in rect: Rect, into frame: inout Frame) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = glyphs
        for x in rect.x + 1..<rect.maxX - 1 {
            frame.put(Glyph(text: g.horizontal, width: 1, logicalIndex: 0), x: x, y: rect.y, style: style)
            frame.put(Glyph(text: g.horizontal, width: 1, logicalIndex: 0), x: x, y: rect.maxY - 1, style: style)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            frame.put(Glyph(text: g.vertical, width: 1, logicalIndex: 0), x: rect.x, y: y, style: style)
            frame.put(Glyph(text: g.vertical, width: 1, logicalIndex: 0), x: rect.maxX - 1, y: y, style: style)
        }
        func corner(_ s: String, _ x: Int, _ y: Int) {
            frame.put(Glyph(text: s, width: 1, logicalIndex: 0), x: x, y: y, style: style)
        }
        corner(g.topLeft, rect.x, rect.y)
        corner(g.topRight, rect.maxX - 1, rect.y)
        corner(g.bottomLeft, rect.x, rect.maxY - 1)
        corner(g.bottomRight, rect.maxX - 1, rect.maxY - 1)
        guard let title, rect.width >= 6 else { return }
        // "─ title ─" at the start edge: one rule cell, a space, the title, a space.
        let room = rect.width - 6
        let shown = title.width <= room ? title : Box.cut(title, to: room)
        let band = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
            .insetHorizontally(start: 2, end: 2, direction)
        let slot = band.splitStart(shown.width + 2, direction).start
        frame.fill(slot, with: Cell(" ", style: style))
        frame.draw(shown, in: slot.insetHorizontally(start: 1, end: 1, direction), align: direction.startAlignment,
                   style: titleStyle)
    }

    /// A visual line cut to `width` cells, keeping its start side (the right side of an RTL line).
    static func cut(_ line: VisualLine, to width: Int) -> VisualLine {
        guard line.width > width else { return line }
        var kept: [Glyph] = []
        var used = 0
        let ordered = line.isRTL ? line.glyphs.reversed() : line.glyphs
        for g in ordered {
            if used + g.width > width { break }
            kept.append(g); used += g.width
        }
        return VisualLine(glyphs: line.isRTL ? kept.reversed() : kept, isRTL: line.isRTL)
    }
}
