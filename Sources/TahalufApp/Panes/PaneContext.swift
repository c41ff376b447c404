import CoalitionStore
import RTLText
import TerminalUI

/// What a pane needs to draw itself: the store, the text engine set up for the user's options,
/// the UI language and its direction, and whether to use ASCII.
package struct PaneContext: Sendable {
    package var store: Store
    package var text: TextEngine
    package var language: Language
    package var ascii: Bool
    package var months: MonthStyle
    /// Selection shown by a gutter marker, not a restyled row (`AppConfig.lowBandwidth`).
    package var lowBandwidth: Bool
    /// The facets in force (`AppState.filters`); empty where there is no browser state (`Dump`).
    package var filters = Filters()

    /// The context for a state: its configuration and its filters.
    package init(store: Store, state: AppState) {
        self.init(store: store, config: state.config)
        filters = state.filters
    }

    package init(store: Store, config: AppConfig) {
        self.store = store
        var options = config.text
        // ASCII mode: data text transliterated ("Türkiye" "Turkiye", "–" "-"), "..." for cut text.
        if config.ascii { options.ascii = true }
        self.text = TextEngine(options: options, memo: Self.textMemo)
        self.language = config.ascii ? .en : config.language
        self.ascii = config.ascii
        self.months = config.months
        self.lowBandwidth = config.lowBandwidth
    }

    /// Rows laid out by earlier frames: a keypress redraws mostly the same strings, and `render`
    /// stays pure because the memo gives exactly what the engine would (`TextMemo`). Two
    /// generations of 2,048 entries hold a 200x60 frame's strings several times over.
    static let textMemo = TextMemo(capacity: 2048)

    /// Right to left in Arabic.
    package var direction: LayoutDirection { language == .ar ? .rtl : .ltr }
    /// The paragraph direction for UI strings.
    package var base: BaseDirection { language == .ar ? .rtl : .ltr }
    /// The UI text table for the language in use.
    package var strings: Strings { Strings.for(language) }
}

/// A pane: its own slice of `AppState`, how it draws into a rectangle, and how it answers the
/// actions that mean something inside it (moving the selection, its own keys, clicks).
///
/// Each pane lives in one file under `Panes/`. The shell (`reduce`, `render`) owns focus,
/// layout, search, detail, help and the status bar, and calls these.
package protocol Pane {
    associatedtype State: Sendable, Hashable
    static var id: PaneID { get }
    /// Pane title in the UI language.
    static func title(_ language: Language) -> String
    /// Draws the pane's inside (no border: the shell draws it) into `rect`.
    static func render(_ state: State, app: AppState, context: PaneContext, in rect: Rect, focused: Bool,
                       into frame: inout Frame)
    /// Applies an action while the pane has focus; returns the pane's new state.
    /// `rect` is where the pane was last drawn (for clicks and page sizes).
    static func reduce(_ state: State, action: Action, context: PaneContext, rect: Rect) -> State
    /// The record under the selection, opened by Enter and copied by `y`.
    static func selection(_ state: State, context: PaneContext) -> RecordRef?
    /// Moves the selection to a record (a search result, a cross-link); nil if the record is not in this pane.
    static func select(_ ref: RecordRef, in state: State, context: PaneContext) -> State?
    /// The selection's place in the pane's list, 1-based, for the status bar ("12/43"); nil hides it.
    static func position(_ state: State, context: PaneContext) -> (index: Int, count: Int)?
}

extension Pane {
    /// The pane's title (`PaneStrings`).
    package static func title(_ language: Language) -> String { PaneStrings.for(language).title(id) }
    package static func position(_ state: State, context: PaneContext) -> (index: Int, count: Int)? { nil }
}
