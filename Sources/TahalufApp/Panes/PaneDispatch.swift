import CoalitionStore
import TerminalUI

/// Calls the right `Pane` for a `PaneID` through its `PaneRegistry` entry, reading and writing that
/// pane's slice of `AppState`. The shell only ever talks to panes through here.
enum PaneDispatch {
    static func render(_ id: PaneID, app: AppState, context: PaneContext, in rect: Rect, focused: Bool,
                       into frame: inout Frame) {
        PaneRegistry.entry(id).render(app, context, rect, focused, &frame)
    }

    static func reduce(_ id: PaneID, app: AppState, action: Action, context: PaneContext, rect: Rect) -> AppState {
        PaneRegistry.entry(id).reduce(app, action, context, rect)
    }

    static func selection(_ id: PaneID, app: AppState, context: PaneContext) -> RecordRef? {
        PaneRegistry.entry(id).selection(app, context)
    }

    /// Selects `ref` in the pane that shows its kind; nil when that pane cannot show it.
    static func select(_ ref: RecordRef, app: AppState, context: PaneContext) -> AppState? {
        PaneRegistry.entry(ref.kind.pane).select(ref, app, context)
    }

    static func position(_ id: PaneID, app: AppState, context: PaneContext) -> (index: Int, count: Int)? {
        PaneRegistry.entry(id).position(app, context)
    }
}

extension RecordKind {
    /// The pane that lists records of this kind (`PaneEntry.kinds`).
    package var pane: PaneID {
        PaneRegistry.all.first { $0.kinds.contains(self) }?.id ?? .timeline
    }
}
