import RTLText
import TerminalUI

/// The top line: the app's name at the start edge, then a tab per pane ("1 الخط الزمني"), the
/// focused one lit. When the tabs do not fit, the others shrink to their numbers.
enum TitleBar {
    struct Item { var line: VisualLine; var style: Style; var pane: PaneID? }

    static func items(focus: PaneID, context: PaneContext, width: Int) -> (items: [Item], rects: [Rect?]) {
        let s = context.strings
        let name = Item(line: context.text.line(s.appName, base: context.base), style: Style(.statusKey, bold: true), pane: nil)
        func tab(_ pane: PaneID, full: Bool) -> Item {
            let key = String(PaneRegistry.entry(pane).key)
            let label = full ? key + " " + s.paneTitle(pane) : key
            return Item(line: context.text.line(label, base: context.base),
                        style: pane == focus ? Style(.selected, bold: true) : Style(.status), pane: pane)
        }
        let bar = Rect(x: 0, y: 0, width: width, height: 1).insetHorizontally(start: 1, end: 1, context.direction)
        for full in [true, false] {
            let items = [name] + PaneRegistry.order.map { tab($0, full: full || $0 == focus) }
            let rects = Strip.layout(widths: items.map(\.line.width), gap: 2, in: bar, direction: context.direction,
                                     align: .start)
            if rects.allSatisfy({ $0 != nil }) || !full { return (items, rects) }
        }
        return ([], [])
    }

    static func render(_ state: AppState, layout: ShellLayout, context: PaneContext, into frame: inout Frame) {
        let bar = layout.titleBar
        frame.fill(bar, with: Cell(" ", style: Style(.status)))
        let (items, rects) = items(focus: state.focus, context: context, width: bar.width)
        for (item, r) in zip(items, rects) {
            guard let r else { continue }
            frame.draw(item.line, in: Rect(x: r.x, y: bar.y, width: r.width, height: 1), align: .left, style: item.style)
        }
    }

    /// The pane whose tab is at column x of the title bar.
    static func pane(atX x: Int, state: AppState, context: PaneContext) -> PaneID? {
        let (items, rects) = items(focus: state.focus, context: context, width: state.size.width)
        for (item, r) in zip(items, rects) where r?.contains(x: x, y: 0) == true { return item.pane }
        return nil
    }
}
