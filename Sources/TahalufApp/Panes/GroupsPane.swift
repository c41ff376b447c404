import CoalitionStore
import RTLText
import TerminalUI

/// PLACEHOLDER state of the Working groups pane.
public struct GroupsState: Sendable, Hashable {
    public var selected = 0
    public var scroll = 0
    public init() {}
}

/// PLACEHOLDER: the Working groups pane.
public enum GroupsPane: Pane {
    public static let id = PaneID.groups

    public static func title(_ language: Language) -> String {
        language == .ar ? "مجموعات العمل" : "Working groups"
    }

    public static func render(_ state: GroupsState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        frame.draw(context.text.fit(title(context.language), width: rect.width, base: context.base),
                   in: rect, align: context.direction == .rtl ? .right : .left)
    }

    public static func reduce(_ state: GroupsState, action: Action, context: PaneContext, rect: Rect) -> GroupsState {
        state
    }

    public static func selection(_ state: GroupsState, context: PaneContext) -> RecordRef? { nil }

    public static func select(_ ref: RecordRef, in state: GroupsState, context: PaneContext) -> GroupsState? { nil }
}
