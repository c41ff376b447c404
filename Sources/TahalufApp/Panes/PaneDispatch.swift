import CoalitionStore
import TerminalUI

/// Calls the right `Pane` for a `PaneID`, reading and writing that pane's slice of `AppState`.
/// The shell only ever talks to panes through here.
enum PaneDispatch {
    static func render(_ id: PaneID, app: AppState, context: PaneContext, in rect: Rect, focused: Bool,
                       into frame: inout Frame) {
        switch id {
        case .timeline: TimelinePane.render(app.timeline, app: app, context: context, in: rect, focused: focused, into: &frame)
        case .map: MapPane.render(app.map, app: app, context: context, in: rect, focused: focused, into: &frame)
        case .groups: GroupsPane.render(app.groups, app: app, context: context, in: rect, focused: focused, into: &frame)
        case .stats: StatsPane.render(app.stats, app: app, context: context, in: rect, focused: focused, into: &frame)
        }
    }

    static func reduce(_ id: PaneID, app: AppState, action: Action, context: PaneContext, rect: Rect) -> AppState {
        var next = app
        switch id {
        case .timeline: next.timeline = TimelinePane.reduce(app.timeline, action: action, context: context, rect: rect)
        case .map: next.map = MapPane.reduce(app.map, action: action, context: context, rect: rect)
        case .groups: next.groups = GroupsPane.reduce(app.groups, action: action, context: context, rect: rect)
        case .stats: next.stats = StatsPane.reduce(app.stats, action: action, context: context, rect: rect)
        }
        return next
    }

    static func selection(_ id: PaneID, app: AppState, context: PaneContext) -> RecordRef? {
        switch id {
        case .timeline: TimelinePane.selection(app.timeline, context: context)
        case .map: MapPane.selection(app.map, context: context)
        case .groups: GroupsPane.selection(app.groups, context: context)
        case .stats: StatsPane.selection(app.stats, context: context)
        }
    }

    /// Selects `ref` in the pane that shows its kind; nil when that pane cannot show it.
    static func select(_ ref: RecordRef, app: AppState, context: PaneContext) -> AppState? {
        var next = app
        switch ref.kind.pane {
        case .timeline:
            guard let s = TimelinePane.select(ref, in: app.timeline, context: context) else { return nil }
            next.timeline = s
        case .map:
            guard let s = MapPane.select(ref, in: app.map, context: context) else { return nil }
            next.map = s
        case .groups:
            guard let s = GroupsPane.select(ref, in: app.groups, context: context) else { return nil }
            next.groups = s
        case .stats:
            guard let s = StatsPane.select(ref, in: app.stats, context: context) else { return nil }
            next.stats = s
        }
        return next
    }

    static func position(_ id: PaneID, app: AppState, context: PaneContext) -> (index: Int, count: Int)? {
        switch id {
        case .timeline: TimelinePane.position(app.timeline, context: context)
        case .map: MapPane.position(app.map, context: context)
        case .groups: GroupsPane.position(app.groups, context: context)
        case .stats: StatsPane.position(app.stats, context: context)
        }
    }
}

extension RecordKind {
    /// The pane that lists records of this kind.
    public var pane: PaneID {
        switch self {
        case .event: .timeline
        case .member: .map
        case .group: .groups
        case .figure: .stats
        }
    }
}
