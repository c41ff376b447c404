import CoalitionStore
import RTLText
import TerminalUI

/// Draws the whole screen for a state. Pure and total: the same inputs give the same frame, and
/// every size works, down to 0x0 (under 40x12 the frame only asks for a bigger terminal).
///
/// ```swift
/// let frame = render(AppState(), store: store, size: Size(width: 120, height: 40))
/// frame.rows[0]   // the title bar: "… 1 الخط الزمني  تحالف" in Arabic
/// ```
package func render(_ state: AppState, store: Store, size: Size) -> Frame {
    var frame = Frame(size: size)
    let context = PaneContext(store: store, state: state)
    let layout = ShellLayout(size: size, direction: context.direction, focus: state.focus)
    guard layout.mode != .tooSmall else {
        renderEnlarge(context: context, into: &frame)
        return frame
    }
    TitleBar.render(state, layout: layout, context: context, into: &frame)
    let rule = Glyph(text: BoxGlyphs.set(ascii: context.ascii).vertical, width: 1, logicalIndex: 0)
    for area in layout.rules {
        for y in area.y..<area.maxY { frame.put(rule, x: area.x, y: y, style: Style(.border)) }
    }
    for pane in PaneRegistry.order {
        guard let rect = layout.panes[pane], let inner = layout.inner(pane) else { continue }
        let focused = pane == state.focus
        PaneHeader(title: context.text.line(FacetText.title(pane, filters: state.filters, context: context), base: context.base),
                   direction: context.direction, focused: focused).render(in: rect, into: &frame)
        var app = state
        if pane == .map { app.groups = state.previewedGroups(store: store) }
        PaneDispatch.render(pane, app: app, context: context, in: inner, focused: focused, into: &frame)
    }
    if let area = layout.detail {
        // Low bandwidth: the strip does not follow the selection (a move would rewrite all of it).
        let shown = context.lowBandwidth ? state.lastOpened : PaneDispatch.selection(state.focus, app: state, context: context)
        if let ref = shown {
            DetailView.renderSummary(ref, title: context.strings.detailTitle, in: area, context: context, into: &frame)
        } else {
            PaneHeader(title: context.text.line(context.strings.detailTitle, base: context.base), direction: context.direction,
                       focused: false).render(in: area, into: &frame)
            if context.lowBandwidth {
                let inner = DetailView.summaryTextArea(area, context.direction)
                frame.draw(context.text.fit(context.strings.detailStripHint, width: inner.width, base: context.base),
                           in: inner.splitTop(1).top, align: context.direction.startAlignment, style: Style(.dim))
            }
        }
    }
    if let ref = state.detail.current {
        DetailView.render(ref, state: state.detail, in: layout.body, context: context, focused: true, into: &frame)
    }
    if let reader = state.reader { ReaderView.render(state, reader: reader, context: context, into: &frame) }
    if state.search.isEditing { SearchOverlay.render(state, body: layout.body, context: context, into: &frame) }
    if state.bookmarks.isListing { BookmarksOverlay.render(state, body: layout.body, context: context, into: &frame) }
    if state.showHelp { HelpOverlay.render(state, body: layout.body, context: context, into: &frame) }
    StatusBar.render(state, layout: layout, context: context, into: &frame)
    return frame
}

/// The "enlarge the terminal" message, wrapped and centred.
private func renderEnlarge(context: PaneContext, into frame: inout Frame) {
    let bounds = frame.bounds
    guard !bounds.isEmpty else { return }
    let lines = context.text.wrap(context.strings.enlarge, width: bounds.width, base: context.base)
    let top = max(0, (bounds.height - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < bounds.height {
        frame.draw(line, in: Rect(x: 0, y: top + i, width: bounds.width, height: 1), align: .center,
                   style: Style(.warning, bold: true))
    }
}
