import RTLText

/// A pane's title bar: its top row in the header colours, the title at the start edge.
///
/// Panes are separated by these bars and one vertical rule rather than each drawn in a box: a
/// box costs a full row of line-drawing characters above and below every pane and two more rules
/// on each row, and most of a frame's bytes were borders. A bar is one background colour that
/// the terminal fills (`ECH`), and it marks the focused pane more plainly than a border colour.
///
/// ```swift
/// var frame = Frame(size: Size(width: 12, height: 3))
/// PaneHeader(title: TextEngine().line("abc", base: .ltr), direction: .ltr, focused: true)
///     .render(in: frame.bounds, into: &frame)
/// frame.rows[0]                        // " abc        " in the focused header colours
/// PaneHeader.inner(frame.bounds)       // rows 1 and 2: the pane's content
/// ```
package struct PaneHeader: Sendable {
    package var title: VisualLine?
    package var direction: LayoutDirection
    package var focused: Bool

    package init(title: VisualLine?, direction: LayoutDirection, focused: Bool) {
        self.title = title; self.direction = direction; self.focused = focused
    }

    /// Where the content goes: everything under the header row.
    package static func inner(_ rect: Rect) -> Rect {
        rect.height >= 1 ? rect.splitTop(1).rest : rect
    }

    /// Draws the header row (nothing for an empty rectangle); the title is cut to fit, keeping
    /// its start.
    package func render(in rect: Rect, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let row = rect.splitTop(1).top
        let style = Style(focused ? .headerFocused : .header)
        frame.fill(row, with: Cell(" ", style: style))
        guard let title, row.width >= 3 else { return }
        let slot = row.insetHorizontally(start: 1, end: 1, direction)
        frame.draw(title.width <= slot.width ? title : Box.cut(title, to: slot.width), in: slot,
                   align: direction.startAlignment, style: style)
    }
}
