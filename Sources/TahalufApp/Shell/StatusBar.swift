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
        for (i, hint) in hints(state, context: context).enumerated() {
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

    /// The keys worth showing now: the bindings hinted for the current mode (and the focused
    /// pane), in rank order, leaving out keys that would do nothing (`n` without results).
    static func hints(_ state: AppState, context: PaneContext) -> [(key: String, label: String)] {
        let spots = hintSpots(state)
        let words = (NavigationStrings.for(context.language), ReaderStrings.for(context.language),
                     TableStrings.for(context.language))
        let shown = KeyBindings.available(state.config).flatMap { binding in
            binding.hints.filter { spots.contains($0.spot) && worthShowing(binding, state) }.map { (binding, $0) }
        }
        return shown.sorted { $0.1.rank < $1.1.rank }.map { binding, hint in
            (hint.key ?? binding.display(ascii: context.ascii), hint.label.text(context.strings, words.0, words.1, words.2))
        }
    }

    static func hintSpots(_ state: AppState) -> [HintSpot] {
        if state.showHelp { return [.help] }
        if state.search.isEditing { return [.searchLine] }
        if let reader = state.reader {
            if reader.search.isEditing { return [.readerSearch] }
            return [reader.chooser == nil ? .reader : .readerRecords]
        }
        if state.bookmarks.isListing { return [.bookmarks] }
        if state.detail.current != nil { return [.detail] }
        if state.focus == .map, state.map.frequency != nil { return [.countView] }
        if state.focus == .map, state.map.view == .table { return [.panes, .pane(.map), .membersTable] }
        return [.panes, .pane(state.focus)]
    }

    private static func worthShowing(_ binding: KeyBinding, _ state: AppState) -> Bool {
        if binding.actions.contains(.searchNext) { return !state.search.hits.isEmpty }
        if binding.actions.contains(.back) { return !state.history.back.isEmpty }
        if binding.actions.contains(.forward) { return !state.history.forward.isEmpty }
        if binding.actions.contains(.clearFilters) { return !state.filters.isEmpty }
        return true
    }
}
