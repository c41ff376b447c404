import RTLText
import TerminalUI

/// The bottom line: the focused pane and the selection's place ("الخط الزمني 12/43") at the start
/// edge; at the end edge a notice ("copied: …") or the keys that matter now.
enum StatusBar {
    static func render(_ state: AppState, layout: ShellLayout, context: PaneContext, into frame: inout Frame) {
        let bar = layout.statusBar
        guard !bar.isEmpty else { return }
        frame.fill(bar, with: Cell(" ", style: Style(.status)))
        let s = context.strings
        let area = bar.insetHorizontally(start: 1, end: 1, context.direction)
        var start = [(line: context.text.line(s.paneTitle(state.focus), base: context.base), style: Style(.status, bold: true))]
        if let p = PaneDispatch.position(state.focus, app: state, context: context) {
            start.append((context.text.line(s.position(p.index, p.count), base: .ltr), Style(.status)))
        }
        let used = Strip.draw(start, gap: 1, in: area, direction: context.direction, align: .start, into: &frame)
        let taken = used.compactMap { $0 }.reduce(0) { $0 + $1.width + 1 }
        let rest = area.splitStart(taken + 1, context.direction).rest

        if let notice = state.notice ?? (state.attract ? s.kioskAttract : nil) {
            frame.draw(context.text.fit(notice, width: rest.width, base: context.base), in: rest,
                       align: context.direction.endAlignment, style: Style(.statusKey, bold: true))
            return
        }
        var items: [(line: VisualLine, style: Style)] = []
        for (i, hint) in hints(state, strings: s).enumerated() {
            if i > 0 { items.append((context.text.line(Marks.set(ascii: context.ascii).separator, base: .ltr), Style(.status))) }
            items.append((context.text.line(hint.key, base: .ltr), Style(.statusKey)))
            items.append((context.text.line(hint.label, base: context.base), Style(.status)))
        }
        // Whole hints only: drop from the end until key and label both fit.
        while !items.isEmpty {
            let rects = Strip.layout(widths: items.map(\.line.width), gap: 1, in: rest, direction: context.direction,
                                     align: .end)
            if rects.allSatisfy({ $0 != nil }) { break }
            items.removeLast(min(items.count, 3))
        }
        Strip.draw(items, gap: 1, in: rest, direction: context.direction, align: .end, into: &frame)
    }

    /// The keys worth showing in the current mode.
    static func hints(_ state: AppState, strings s: Strings) -> [(key: String, label: String)] {
        if state.showHelp { return [("Esc", s.hintBack)] }
        if state.search.isEditing { return [("Enter", s.hintOpen), ("Tab", s.hintNext), ("Esc", s.hintBack)] }
        if state.detail.current != nil { return [("Enter", s.hintFollow), ("Esc", s.hintBack), ("?", s.hintHelp)] }
        var hints = [("?", s.hintHelp), ("/", s.hintSearch), ("Enter", s.hintOpen)]
        if !state.search.hits.isEmpty { hints.append(("n", s.hintNext)) }
        if state.config.kiosk == nil { hints.append(("q", s.hintQuit)) }
        return hints
    }
}
