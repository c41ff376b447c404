import CoalitionStore
import RTLText
import TerminalUI

/// PLACEHOLDER state of the Timeline pane.
public struct TimelineState: Sendable, Hashable {
    public var selected = 0
    public var scroll = 0
    public init() {}
}

/// PLACEHOLDER: the Timeline pane.
public enum TimelinePane: Pane {
    public static let id = PaneID.timeline

    public static func title(_ language: Language) -> String {
        language == .ar ? "الخط الزمني" : "Timeline"
    }

    public static func render(_ state: TimelineState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        frame.draw(context.text.fit(title(context.language), width: rect.width, base: context.base),
                   in: rect, align: context.direction == .rtl ? .right : .left)
    }

    public static func reduce(_ state: TimelineState, action: Action, context: PaneContext, rect: Rect) -> TimelineState {
        state
    }

    public static func selection(_ state: TimelineState, context: PaneContext) -> RecordRef? { nil }

    public static func select(_ ref: RecordRef, in state: TimelineState, context: PaneContext) -> TimelineState? { nil }
}
