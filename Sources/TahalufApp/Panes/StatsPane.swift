import CoalitionStore
import RTLText
import TerminalUI

/// PLACEHOLDER state of the Statistics pane.
public struct StatsState: Sendable, Hashable {
    public var selected = 0
    public var scroll = 0
    public init() {}
}

/// PLACEHOLDER: the Statistics pane.
public enum StatsPane: Pane {
    public static let id = PaneID.stats

    public static func title(_ language: Language) -> String {
        language == .ar ? "الإحصاءات" : "Statistics"
    }

    public static func render(_ state: StatsState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        frame.draw(context.text.fit(title(context.language), width: rect.width, base: context.base),
                   in: rect, align: context.direction == .rtl ? .right : .left)
    }

    public static func reduce(_ state: StatsState, action: Action, context: PaneContext, rect: Rect) -> StatsState {
        state
    }

    public static func selection(_ state: StatsState, context: PaneContext) -> RecordRef? { nil }

    public static func select(_ ref: RecordRef, in state: StatsState, context: PaneContext) -> StatsState? { nil }
}
