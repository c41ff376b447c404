import CoalitionStore
import RTLText
import TerminalUI

/// PLACEHOLDER state of the Member map pane.
public struct MapState: Sendable, Hashable {
    public var selected = 0
    public var scroll = 0
    public init() {}
}

/// PLACEHOLDER: the Member map pane.
public enum MapPane: Pane {
    public static let id = PaneID.map

    public static func title(_ language: Language) -> String {
        language == .ar ? "خريطة الأعضاء" : "Member map"
    }

    public static func render(_ state: MapState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        frame.draw(context.text.fit(title(context.language), width: rect.width, base: context.base),
                   in: rect, align: context.direction == .rtl ? .right : .left)
    }

    public static func reduce(_ state: MapState, action: Action, context: PaneContext, rect: Rect) -> MapState {
        state
    }

    public static func selection(_ state: MapState, context: PaneContext) -> RecordRef? { nil }

    public static func select(_ ref: RecordRef, in state: MapState, context: PaneContext) -> MapState? { nil }
}
