import TerminalUI

/// Where everything goes for a terminal size: title bar, the four pane slots, the detail area,
/// the status bar. `render` draws with it and `reduce` hit-tests clicks with it, so a click lands
/// on what is drawn.
///
/// - At least 100x30: a 2x2 grid of panes (timeline at the top start: top right in Arabic) over a
///   detail area that summarises the focused pane's selection. Each pane's top row is its title
///   bar (`PaneHeader`); a one-cell rule runs between the two columns. Which pane goes in which
///   quarter is `PaneEntry.slot`. A pane with no quarter (the Sources table, which wants the width)
///   takes the whole pane area while it has the focus; the other panes come back with theirs.
/// - From 40x12 up to that: tabs, one pane at a time.
/// - Under 40x12: only the "enlarge the terminal" message.
///
/// ```swift
/// let layout = ShellLayout(size: Size(width: 120, height: 40), direction: .rtl, focus: .timeline)
/// layout.panes[.timeline]   // the top-right quarter (with its title bar)
/// layout.pane(atX: 5, y: 3) // .map
/// ```
package struct ShellLayout: Sendable, Hashable {
    package enum Mode: Sendable, Hashable { case tooSmall, tabs, grid }

    package static let minimum = Size(width: 40, height: 12)
    package static let wide = Size(width: 100, height: 30)

    package var mode: Mode
    package var size: Size
    package var direction: LayoutDirection
    package var titleBar: Rect
    package var statusBar: Rect
    /// Between the title and status bars: where overlays (detail, help, search) go.
    package var body: Rect
    /// Each visible pane's rectangle, title bar included. In tabs mode, and for a pane that takes
    /// the whole area, only the focused pane.
    package var panes: [PaneID: Rect]
    /// The vertical rules between panes (grid mode: one, between the two columns).
    package var rules: [Rect]
    /// The summary of the focused pane's selection (grid mode only).
    package var detail: Rect?

    package init(size: Size, direction: LayoutDirection, focus: PaneID) {
        self.size = size
        self.direction = direction
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else {
            mode = .tooSmall
            titleBar = empty; statusBar = empty; body = screen; panes = [:]; rules = []; detail = nil
            return
        }
        let (title, rest) = screen.splitTop(1)
        let (status, middle) = rest.splitBottom(1)
        titleBar = title; statusBar = status; body = middle
        if size.width >= Self.wide.width, size.height >= Self.wide.height {
            mode = .grid
            let detailHeight = min(10, max(5, middle.height / 4))
            let (bottom, paneArea) = middle.splitBottom(detailHeight)
            detail = bottom
            if PaneRegistry.entry(focus).slot == .wholeArea {
                panes = [focus: paneArea]
                rules = []
            } else {
                let (startColumn, rule, endColumn) = Self.sideBySide(paneArea, direction)
                let columns = [startColumn.rows(2), endColumn.rows(2)]
                panes = [:]
                for entry in PaneRegistry.all {
                    if case .quarter(let column, let row) = entry.slot { panes[entry.id] = columns[column][row] }
                }
                rules = [rule]
            }
        } else {
            mode = .tabs
            detail = nil
            panes = [focus: middle]
            rules = []
        }
    }

    /// Two columns with a one-cell rule between them, the first at the start edge (and one cell
    /// wider when the width is even).
    static func sideBySide(_ rect: Rect, _ direction: LayoutDirection) -> (start: Rect, rule: Rect, end: Rect) {
        let (start, rest) = rect.splitStart(rect.width / 2, direction)
        let (rule, end) = rest.splitStart(1, direction)
        return (start, rule, end)
    }

    /// Under a pane's title bar: what the pane draws into and gets clicks for. A cell is kept free
    /// at the terminal's left and right edges, as a border would, so text never touches them.
    package func inner(_ pane: PaneID) -> Rect? {
        panes[pane].map { rect in
            let content = PaneHeader.inner(rect)
            let left = content.x == 0 ? 1 : 0, right = content.maxX == size.width ? 1 : 0
            return Rect(x: content.x + left, y: content.y, width: max(0, content.width - left - right), height: content.height)
        }
    }

    /// The pane whose rectangle holds the point.
    package func pane(atX x: Int, y: Int) -> PaneID? {
        PaneRegistry.order.first { panes[$0]?.contains(x: x, y: y) == true }
    }
}
