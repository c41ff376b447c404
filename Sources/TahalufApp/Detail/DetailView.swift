import CoalitionStore
import RTLText
import TerminalUI

/// Draws a record's `DetailContent` in a box: wrapped to the box, the selected link lit, scrolled
/// so the selected link stays in view. The overlay (Enter) is interactive; the grid's summary
/// area shows the focused pane's selection with no link selected.
enum DetailView {
    /// One screen line of the detail: its text, style, and which link it belongs to.
    struct Line {
        var text: VisualLine; var style: Style; var link: Int?
        /// A paragraph in its own direction (a quote) aligns to its own start edge.
        var ownDirection = false
        /// What the line's text links to: a URL the frame marks as a link where it is drawn.
        var target: LinkTarget?
    }

    /// `limit`: stop once this many lines are made (the grid's summary shows only its first lines).
    static func lines(_ content: DetailContent, width: Int, context: PaneContext, selectedLink: Int?,
                      limit: Int = .max) -> [Line] {
        guard width > 0 else { return [] }
        var out: [Line] = []
        var link = 0
        let bullet = BoxGlyphs.set(ascii: context.ascii).arrowForward(context.direction)
        func add(_ text: String, _ style: Style, link: Int? = nil, base: BaseDirection? = nil) {
            for row in context.text.wrap(text, width: width, base: base ?? context.base) {
                out.append(Line(text: row, style: style, link: link, ownDirection: base == .auto))
            }
        }
        for item in content.items where out.count < limit {
            switch item {
            case .field(let label, let value): add(label + ": " + context.language.isolate(value), .normal)
            case .text(let text): add(text, .normal)
            case .quote(let text): add(text, .normal, base: .auto)
            case .identifier(let text), .url(let text):
                // A URL or file name is never broken across rows: it gets its own row, cut with
                // "…" only when it is wider than the whole row (the link still opens all of it).
                var target: LinkTarget?
                if case .url = item { target = LinkTarget(text) }
                out.append(Line(text: context.text.fit(text, width: width, base: .ltr), style: Style(.dim), link: nil,
                                target: target))
            case .section(let label): add(label, Style(.accent, bold: true))
            case .blank: out.append(Line(text: VisualLine(glyphs: [], isRTL: context.base == .rtl), style: .normal, link: nil))
            case .link(let label, _):
                let lit = context.highlights(link == selectedLink)
                add(bullet + " " + label, lit ? Style(.selected) : Style(.link, underline: true), link: link)
                link += 1
            }
        }
        return out
    }

    /// The detail overlay: the record in a bordered box filling `rect`, its title on the border.
    static func render(_ ref: RecordRef, state: DetailState, in rect: Rect, context: PaneContext, focused: Bool,
                       into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        let content = DetailContent(ref, context: context, summary: false)
        Box(title: context.text.line(content.title, base: context.base), direction: context.direction,
            ascii: context.ascii, style: Style(focused ? .borderFocused : .border)).render(in: rect, into: &frame)
        let inner = textArea(rect, context.direction)
        guard !inner.isEmpty else { return }
        let lines = lines(content, width: textWidth(inner), context: context, selectedLink: state.selectedLink)
        draw(lines, state: state, in: inner, context: context, focused: focused, into: &frame)
    }

    /// The grid's summary area: a title bar saying `title` ("details"), then the record's name and
    /// its first lines. It does not scroll: one line more than fits shows that there is more.
    static func renderSummary(_ ref: RecordRef, title: String, in rect: Rect, context: PaneContext,
                              into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        let content = DetailContent(ref, context: context, summary: true)
        PaneHeader(title: context.text.line(title, base: context.base), direction: context.direction, focused: false)
            .render(in: rect, into: &frame)
        let inner = summaryTextArea(rect, context.direction)
        guard !inner.isEmpty else { return }
        var lines = lines(content, width: textWidth(inner), context: context, selectedLink: nil, limit: inner.height + 1)
        lines.insert(contentsOf: context.text.wrap(content.title, width: max(1, inner.width - 1), base: context.base)
            .map { Line(text: $0, style: Style(.title, bold: true), link: nil) }, at: 0)
        draw(lines, state: nil, in: inner, context: context, focused: false, into: &frame)
    }

    /// The lines, scrolled to keep the selected link in view, with the scroll bar.
    private static func draw(_ lines: [Line], state: DetailState?, in inner: Rect, context: PaneContext,
                             focused: Bool, into frame: inout Frame) {
        let scroll = scrollTop(lines, state: state, visible: inner.height)
        let view = ListView(count: lines.count, selected: nil, scroll: scroll, direction: context.direction,
                            ascii: context.ascii, focused: focused)
        view.render(in: inner, into: &frame) { index, row, _, frame in
            let line = lines[index]
            if line.style.role == .selected { frame.fill(row, with: Cell(" ", style: line.style)) }
            if let link = line.link, link == state?.selectedLink { context.markSelection(row, into: &frame) }
            let align: Frame.Alignment = !line.ownDirection ? context.direction.startAlignment : line.text.isRTL ? .right : .left
            let drawn = frame.draw(line.text, in: row, align: align, style: line.style)
            if let target = line.target { frame.link(target, y: row.y, columns: drawn) }
        }
    }

    /// Where the lines go inside a detail box: inside the border, one cell in from the start edge.
    static func textArea(_ rect: Rect, _ direction: LayoutDirection) -> Rect {
        Box.inner(rect).insetHorizontally(start: 1, end: 0, direction)
    }

    /// Where the summary's lines go: under its title bar, one cell in from the start edge.
    static func summaryTextArea(_ rect: Rect, _ direction: LayoutDirection) -> Rect {
        PaneHeader.inner(rect).insetHorizontally(start: 1, end: 0, direction)
    }

    /// Lines are wrapped one cell short of the area, leaving the scroll bar its column.
    static func textWidth(_ area: Rect) -> Int { max(1, area.width - 1) }

    /// The link under a point of the overlay in `rect`, if any.
    static func link(atX x: Int, y: Int, content: DetailContent, state: DetailState, in rect: Rect,
                     context: PaneContext) -> Int? {
        let area = textArea(rect, context.direction)
        guard area.contains(x: x, y: y) else { return nil }
        let lines = lines(content, width: textWidth(area), context: context, selectedLink: state.selectedLink)
        let index = scrollTop(lines, state: state, visible: area.height) + y - area.y
        return lines.indices.contains(index) ? lines[index].link : nil
    }

    /// The first line shown: the stored scroll, moved as little as needed to show the selected
    /// link whole.
    static func scrollTop(_ lines: [Line], state: DetailState?, visible: Int) -> Int {
        guard let state else { return 0 }
        let stored = min(max(0, state.scroll), max(0, lines.count - visible))
        guard let selected = state.selectedLink,
              let row = lines.firstIndex(where: { $0.link == selected }) else { return stored }
        let last = lines.lastIndex(where: { $0.link == selected }) ?? row
        var top = ListView.scroll(keeping: last, visible: visible, count: lines.count, current: state.scroll)
        if row < top { top = row }
        return top
    }
}
