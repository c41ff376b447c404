import RTLText

/// A scrolling list that draws only its visible rows, with the selection highlighted and a
/// scroll bar on the end edge (the left edge in RTL) when the rows do not all fit.
///
/// The caller owns the rows: `render` asks it to draw row `i` into a one-line rectangle, so a
/// list of 100,000 events costs only the rows on screen.
///
/// ```swift
/// let list = ListView(count: titles.count, selected: 3, scroll: 0, direction: .rtl)
/// list.render(in: rect, into: &frame) { index, row, selected, frame in
///     frame.draw(engine.fit(titles[index], width: row.width, base: .rtl), in: row, align: .right,
///                style: selected ? Style(.selected) : .normal)
/// }
/// ```
package struct ListView: Sendable {
    package var count: Int
    package var selected: Int?
    /// The first row shown.
    package var scroll: Int
    package var direction: LayoutDirection
    package var glyphs: BoxGlyphs
    package var focused: Bool
    /// For slow links: when set, the selected row keeps its own style and this one-cell marker
    /// goes in the cell just outside the list's start edge (the caller leaves that column free),
    /// so moving the selection rewrites two cells instead of two whole rows. `draw` is then told
    /// no row is selected.
    package var marker: Glyph?

    package init(count: Int, selected: Int?, scroll: Int, direction: LayoutDirection, ascii: Bool = false,
                focused: Bool = true, marker: Glyph? = nil) {
        self.count = max(0, count); self.selected = selected; self.scroll = scroll
        self.direction = direction; self.glyphs = .set(ascii: ascii); self.focused = focused
        self.marker = marker
    }

    /// The first visible row that keeps `selected` on screen, moving as little as possible
    /// from `current`, and never past the end.
    package static func scroll(keeping selected: Int, visible: Int, count: Int, current: Int) -> Int {
        guard visible > 0, count > visible else { return 0 }
        var top = min(max(0, current), count - visible)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        return min(max(0, top), count - visible)
    }

    /// Whether a scroll bar is drawn for this many rows in this rectangle.
    package func needsScrollBar(in rect: Rect) -> Bool { count > rect.height && rect.width >= 2 }

    /// The rectangle rows are drawn in: the list's rectangle less the scroll bar column.
    package func rowArea(in rect: Rect) -> Rect {
        needsScrollBar(in: rect) ? rect.splitEnd(1, direction).rest : rect
    }

    /// The row index under screen line `y`, if any.
    package func index(atY y: Int, in rect: Rect) -> Int? {
        guard y >= rect.y, y < rect.maxY else { return nil }
        let i = effectiveScroll(in: rect) + (y - rect.y)
        return i < count ? i : nil
    }

    /// Draws the visible rows: the selected row's line is filled with the selection style first
    /// (or, with a `marker`, marked in the gutter).
    package func render(in rect: Rect, into frame: inout Frame,
                       row draw: (_ index: Int, _ row: Rect, _ selected: Bool, _ frame: inout Frame) -> Void) {
        guard !rect.isEmpty else { return }
        let area = rowArea(in: rect)
        let top = effectiveScroll(in: rect)
        let highlight = Style(focused ? .selected : .selectedUnfocused)
        for line in 0..<area.height {
            let index = top + line
            guard index < count else { break }
            let row = Rect(x: area.x, y: area.y + line, width: area.width, height: 1)
            let isSelected = index == selected
            if isSelected, let marker {
                Self.mark(row, with: marker, direction: direction, into: &frame)
                draw(index, row, false, &frame)
                continue
            }
            if isSelected { frame.fill(row, with: Cell(" ", style: highlight)) }
            draw(index, row, isSelected, &frame)
        }
        if needsScrollBar(in: rect) { drawScrollBar(in: rect.splitEnd(1, direction).end, top: top, into: &frame) }
    }

    /// Puts a selection marker in the gutter cell just outside `row`'s start edge (right of the
    /// row in RTL), for lists drawn without `ListView` too. In the plain style of the rows around
    /// it: a colour or bold would cost an attribute change before and after it on every move
    /// (about 20 bytes, a quarter of the budget on a slow link).
    package static func mark(_ row: Rect, with marker: Glyph, direction: LayoutDirection, into frame: inout Frame) {
        guard row.height > 0 else { return }
        frame.put(marker, x: direction == .rtl ? row.maxX : row.x - 1, y: row.y, style: .normal)
    }

    /// The scroll actually used: clamped so the last page is full.
    package func effectiveScroll(in rect: Rect) -> Int {
        let visible = rect.height
        guard count > visible else { return 0 }
        return min(max(0, scroll), count - visible)
    }

    private func drawScrollBar(in bar: Rect, top: Int, into frame: inout Frame) {
        let h = bar.height
        guard h > 0, count > 0 else { return }
        let thumbLength = max(1, h * h / count)
        let maxTop = max(1, count - h)
        let thumbStart = ((h - thumbLength) * min(top, maxTop) + maxTop / 2) / maxTop
        for i in 0..<h {
            let inThumb = i >= thumbStart && i < thumbStart + thumbLength
            frame.put(Glyph(text: inThumb ? glyphs.thumb : glyphs.track, width: 1, logicalIndex: 0),
                      x: bar.x, y: bar.y + i, style: Style(inThumb ? .accent : .dim))
        }
    }
}
