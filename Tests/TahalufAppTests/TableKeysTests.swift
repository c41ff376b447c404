import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// The members table's keys in the one key-binding table: the count view's own scope (digits
/// choose rows, `q` and Esc close it), the status-bar hints of the map and the table, and the
/// filters and table state as part of a place that Back restores.
@Suite struct TableKeysTests {
    let store = PaneFixtures.store

    func state() -> AppState {
        var state = AppState(config: AppConfig(language: .en))
        state.size = Size(width: 120, height: 40)
        return state
    }

    func press(_ state: AppState, _ keys: [Key]) -> AppState { TestDriver.press(state, keys, store: store) }
    func press(_ state: AppState, _ keys: String) -> AppState { press(state, keys.map { Key.char($0) }) }

    func hintKeys(_ state: AppState) -> [String] {
        StatusBar.hints(state, context: PaneContext(store: store, state: state)).map(\.key)
    }

    @Test func digitsChooseCountRowsOnlyWhileTheCountViewIsOpen() {
        let map = press(state(), "2")
        #expect(Keymap.action(for: .key(.char("3")), state: map) == .focus(.groups))
        let counting = press(map, "c")
        #expect(KeyScope.chain(counting).first == .countView)
        #expect(Keymap.action(for: .key(.char("3")), state: counting) == .chooseRow(3))
        #expect(Keymap.action(for: .key(.char("5")), state: counting) == .chooseRow(5))
    }

    @Test func escAndQCloseTheCountViewWithoutQuitting() {
        let counting = press(state(), "2tc")
        #expect(counting.map.frequency != nil)
        for key in [Key.escape, .char("q")] {
            let closed = press(counting, [key])
            #expect(closed.map.frequency == nil && !closed.quit, "\(key)")
            #expect(closed.map.view == .table)
        }
        // With nothing behind, Backspace closes it too, as it closes a detail.
        #expect(press(counting, [.backspace]).map.frequency == nil)
        // Closed, q quits again.
        #expect(press(press(counting, [.escape]), "q").quit)
    }

    @Test func theStatusBarShowsTheTableKeysWhereTheyAct() {
        let timeline = state()
        #expect(!hintKeys(timeline).contains("t") && !hintKeys(timeline).contains("x"))
        let map = press(timeline, "2")
        #expect(hintKeys(map).contains("t") && hintKeys(map).contains("c") && !hintKeys(map).contains("s"))
        let table = press(map, "t")
        #expect(hintKeys(table).contains("s"))
        let counting = press(table, "c")
        #expect(hintKeys(counting) == ["1–9", "Esc"])
        // x is hinted once a filter is in force, in any pane.
        let filtered = press(press(counting, "3"), "1")
        #expect(!filtered.filters.isEmpty && hintKeys(filtered).contains("x"))
    }

    @Test func backRestoresTheFiltersAndTheTableOfThePlaceLeft() {
        var s = press(state(), "2tSc3")
        let filters = s.filters
        #expect(filters == Filters(region: .subSaharanAfrica) && s.map.view == .table)
        let sort = s.map.sort
        s = Shell.leave(s)
        s = press(s, "xt")
        #expect(s.filters.isEmpty && s.map.view == .tiles)
        s = press(s, [.backspace])
        #expect(s.filters == filters && s.map.view == .table && s.map.sort == sort)
        #expect(s.timeline.filter?.filters == filters)
        s = press(s, [.char(">")])
        #expect(s.filters.isEmpty && s.map.view == .tiles)
    }

    @Test func theKioskResetClearsTheFilters() {
        var config = AppConfig(language: .en)
        config.kiosk = KioskConfig()
        var s = AppState(config: config)
        s.size = Size(width: 120, height: 40)
        s = press(s, "2tc3")
        #expect(!s.filters.isEmpty)
        let home = Kiosk.home(s)
        #expect(home.filters.isEmpty && home.map == MapState() && home.timeline == AppState(config: config).timeline)
    }

    /// `K` and the count view's kind-of-source row are one facet: the Sources pane lists that
    /// kind, every pane's title names it, `x` clears it for all.
    @Test func theSourcesPaneKindIsTheKindOfSourceFacet() {
        var s = press(state(), "K")
        #expect(s.focus == .sources && s.filters == Filters(sourceKind: .seed))
        let context = PaneContext(store: store, state: s)
        let listed = SourcesPane.sources(context: context)
        #expect(!listed.isEmpty && listed.allSatisfy { $0.kind == .seed })
        #expect(FacetText.title(.sources, filters: s.filters, context: context).contains("seed articles"))
        #expect(FacetText.title(.timeline, filters: s.filters, context: context).contains("seed articles"))
        s = press(s, "x")
        #expect(s.filters.isEmpty && SourcesPane.sources(context: PaneContext(store: store, state: s)).count
            == store.dataset.sources.count)
        // A source facet from the count view leaves that one source in the pane.
        let id = store.dataset.sources[0].id
        s = TestDriver.run(s, [.setFilters(Filters(source: id))], store: store)
        #expect(SourcesPane.sources(context: PaneContext(store: store, state: s)).map(\.id) == [id])
        #expect(FacetText.title(.sources, filters: s.filters, context: PaneContext(store: store, state: s)).contains(id))
    }
}
