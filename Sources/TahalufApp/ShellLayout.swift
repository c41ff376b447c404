import TerminalUI

/// Where everything goes for a terminal size: title bar, the four pane slots, the detail area,
/// the status bar. `render` draws with it and `reduce` hit-tests clicks with it, so a click lands
/// on what is drawn.
///
/// - At least 100x30: a 2x2 grid of panes (timeline at the top start: top right in Arabic) over a
///   detail area that summarises the focused pane's selection.
/// - From 40x12 up to that: tabs, one pane at a time.
/// - Under 40x12: only the "enlarge the terminal" message.
///
/// ```swift
/// let layout = ShellLayout(size: Size(width: 120, height: 40), direction: .rtl, focus: .timeline)
/// layout.panes[.timeline]   // the top-right quarter (with its border)
/// layout.pane(atX: 5, y: 3) // .map
/// ```
public struct ShellLayout: Sendable, Hashable {
    public enum Mode: Sendable, Hashable { case tooSmall, tabs, grid }

    public static let minimum = Size(width: 40, height: 12)
    public static let wide = Size(width: 100, height: 30)

    public var mode: Mode
    public var size: Size
    public var direction: LayoutDirection
    public var titleBar: Rect
    public var statusBar: Rect
    /// Between the title and status bars: where overlays (detail, help, search) go.
    public var body: Rect
    /// Each visible pane's rectangle, border included. In tabs mode only the focused pane.
    public var panes: [PaneID: Rect]
    /// The summary of the focused pane's selection (grid mode only).
    public var detail: Rect?

    public init(size: Size, direction: LayoutDirection, focus: PaneID) {
        self.size = size
        self.direction = direction
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let empty = Rect(x: 0, y: 0, width: 0, height: 0)
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else {
            mode = .tooSmall
            titleBar = empty; statusBar = empty; body = screen; panes = [:]; detail = nil
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
            let rows = paneArea.rows(2)
            let top = rows[0].columns(2, direction), lower = rows[1].columns(2, direction)
            panes = [.timeline: top[0], .map: top[1], .groups: lower[0], .stats: lower[1]]
        } else {
            mode = .tabs
            detail = nil
            panes = [focus: middle]
        }
    }

    /// The inside of a pane's border: what the pane draws into and gets clicks for.
    public func inner(_ pane: PaneID) -> Rect? { panes[pane].map(Box.inner) }

    /// The pane whose rectangle holds the point.
    public func pane(atX x: Int, y: Int) -> PaneID? {
        PaneID.allCases.first { panes[$0]?.contains(x: x, y: y) == true }
    }
}
