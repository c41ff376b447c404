import RTLText

/// A row of separately styled items (tabs, key hints) laid out in reading order from one edge:
/// in RTL the first item is the rightmost. Items that do not fit are left out whole.
///
/// ```swift
/// let rects = Strip.layout(widths: [5, 7], gap: 2, in: bar, direction: .rtl, align: .start)
/// // rects[0] ends at the right edge of `bar`, rects[1] lies two cells to its left
/// ```
package enum Strip {
    package enum Edge: Sendable { case start, end }

    /// Where each item goes (nil for items that do not fit), without drawing.
    package static func layout(widths: [Int], gap: Int, in rect: Rect, direction: LayoutDirection,
                              align: Edge) -> [Rect?] {
        var fitting = 0
        var total = 0
        for w in widths {
            let next = total + (fitting > 0 ? gap : 0) + w
            if next > rect.width { break }
            total = next; fitting += 1
        }
        var offset = align == .start ? 0 : rect.width - total
        var result: [Rect?] = []
        for (i, w) in widths.enumerated() {
            guard i < fitting else { result.append(nil); continue }
            let local = Rect(x: rect.x + offset, y: rect.y, width: w, height: min(1, rect.height))
            result.append(local.mirrored(in: rect, direction))
            offset += w + gap
        }
        return result
    }

    /// Draws the items that fit and returns where each went.
    @discardableResult
    package static func draw(_ items: [(line: VisualLine, style: Style)], gap: Int, in rect: Rect,
                            direction: LayoutDirection, align: Edge, into frame: inout Frame) -> [Rect?] {
        let rects = layout(widths: items.map(\.line.width), gap: gap, in: rect, direction: direction, align: align)
        for (item, r) in zip(items, rects) {
            guard let r else { continue }
            frame.draw(item.line, in: r, align: .left, style: item.style)
        }
        return rects
    }
}
