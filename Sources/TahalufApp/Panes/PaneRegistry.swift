import CoalitionStore
import TerminalUI

/// Where a pane sits in the wide (grid) layout.
enum GridSlot: Sendable, Hashable {
    /// One quarter of the 2x2 grid: `column` 0 is the start side (right in Arabic), `row` 0 the top.
    case quarter(column: Int, row: Int)
    /// Not in the grid: the pane takes the whole pane area while it has the focus (a wide table).
    case wholeArea
}

/// One pane as the shell knows it: the key that focuses it, where the grid puts it, the record
/// kinds it lists, and how to reach its slice of `AppState`. Its names are `PaneStrings`'.
struct PaneEntry: Sendable {
    let id: PaneID
    /// The number key that focuses the pane; also shown on its tab.
    let key: Character
    let slot: GridSlot
    /// The record kinds whose records this pane lists (where a jump to a record goes).
    let kinds: [RecordKind]

    let render: @Sendable (AppState, PaneContext, Rect, Bool, inout Frame) -> Void
    let reduce: @Sendable (AppState, Action, PaneContext, Rect) -> AppState
    let selection: @Sendable (AppState, PaneContext) -> RecordRef?
    let select: @Sendable (RecordRef, AppState, PaneContext) -> AppState?
    let position: @Sendable (AppState, PaneContext) -> (index: Int, count: Int)?

    /// The title on the pane's header, its tab and the status bar.
    func title(_ language: Language) -> String { PaneStrings.for(language).title(id) }
    /// The short name the help line for the number keys uses ("map" for "Member map").
    func shortTitle(_ language: Language) -> String { PaneStrings.for(language).shortTitle(id) }

    init<P: Pane>(_ pane: P.Type, key: Character, slot: GridSlot, kinds: [RecordKind],
                  state: any WritableKeyPath<AppState, P.State> & Sendable) {
        id = P.id
        self.key = key
        self.slot = slot
        self.kinds = kinds
        render = { app, context, rect, focused, frame in
            P.render(app[keyPath: state], app: app, context: context, in: rect, focused: focused, into: &frame)
        }
        reduce = { app, action, context, rect in
            var next = app
            next[keyPath: state] = P.reduce(app[keyPath: state], action: action, context: context, rect: rect)
            return next
        }
        selection = { app, context in P.selection(app[keyPath: state], context: context) }
        select = { ref, app, context in
            guard let selected = P.select(ref, in: app[keyPath: state], context: context) else { return nil }
            var next = app
            next[keyPath: state] = selected
            return next
        }
        position = { app, context in P.position(app[keyPath: state], context: context) }
    }
}

/// The panes, in tab order (the first is at the start edge: right in the Arabic UI). Everything
/// that lists the panes reads this: the tab bar, the number keys, Tab and Shift-Tab, the help line
/// for the number keys, the grid, the kiosk's attract loop and `PaneDispatch`. Adding a pane is a
/// `PaneID` case, its `Pane` type and state, its names in `PaneStrings`, and one entry here.
enum PaneRegistry {
    static let all: [PaneEntry] = [
        PaneEntry(TimelinePane.self, key: "1", slot: .quarter(column: 0, row: 0), kinds: [.event], state: \.timeline),
        PaneEntry(MapPane.self, key: "2", slot: .quarter(column: 1, row: 0), kinds: [.member], state: \.map),
        PaneEntry(GroupsPane.self, key: "3", slot: .quarter(column: 0, row: 1), kinds: [.group], state: \.groups),
        PaneEntry(StatsPane.self, key: "4", slot: .quarter(column: 1, row: 1), kinds: [.figure], state: \.stats),
        PaneEntry(SourcesPane.self, key: "5", slot: .wholeArea, kinds: [.source], state: \.sources),
    ]

    private static let positions: [PaneID: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.id, $0) })

    static func entry(_ id: PaneID) -> PaneEntry { all[positions[id] ?? 0] }

    /// The panes in tab order.
    static var order: [PaneID] { all.map(\.id) }

    /// The pane a number key focuses.
    static func pane(forKey key: Character) -> PaneID? { all.first { $0.key == key }?.id }

    /// The pane `steps` tabs after `pane` (before it when negative), wrapping around.
    static func pane(after pane: PaneID, steps: Int = 1) -> PaneID {
        let count = all.count
        let index = positions[pane] ?? 0
        return all[((index + steps) % count + count) % count].id
    }
}
