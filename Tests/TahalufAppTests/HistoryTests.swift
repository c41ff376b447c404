import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// Back and Forward over the places left by jumps: search results, followed links.
@Suite struct HistoryTests {
    static func start(language: Language = .en) -> AppState {
        var state = AppState(config: AppConfig(language: language))
        state.size = Size(width: 120, height: 40)
        return state
    }

    static func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// Down the timeline far enough that it scrolls, so the scroll position is part of the place.
    static func scrolledTimeline(language: Language) -> AppState {
        TestDriver.press(start(language: language), Array(repeating: .down, count: 30))
    }

    @Test(arguments: [Language.ar, .en])
    func aSearchJumpTwoLinkFollowsAndBackThreeTimesReturnToTheStart(language: Language) throws {
        let home = Self.scrolledTimeline(language: language)
        #expect(home.timeline.scroll > 0)
        // The search jump: Morocco, in the map.
        var state = TestDriver.press(home, [.char("/")] + Self.keys("Morocco") + [.enter])
        #expect(state.focus == .map)
        #expect(state.map.cursor == "MAR")
        // Its detail, then two links followed.
        state = TestDriver.press(state, [.enter, .enter, .enter])
        let first = try #require(state.detail.current)
        #expect(first != RecordRef(.member, "MAR"))
        state = TestDriver.press(state, [.down, .down, .enter])
        let second = try #require(state.detail.current)
        #expect(second != first)
        // Back: the first link's record, with the link that was followed still selected.
        state = TestDriver.press(state, [.backspace])
        #expect(state.detail.current == first)
        #expect(state.detail.selectedLink != nil)
        // Back: Morocco's detail, its first link selected.
        state = TestDriver.press(state, [.backspace])
        #expect(state.detail.current == RecordRef(.member, "MAR"))
        #expect(state.detail.selectedLink == 0)
        // Back: where the search started.
        state = TestDriver.press(state, [.backspace])
        #expect(state.focus == .timeline)
        #expect(state.timeline == home.timeline)
        #expect(state.detail == DetailState())
        #expect(state.history.back.isEmpty)
        // And Forward three times comes back to the last record.
        state = TestDriver.press(state, [.char(">"), .char(">"), .char(">")])
        #expect(state.detail.current == second)
        #expect(state.focus == .map)
    }

    @Test func aNewJumpAfterBackForgetsThePlacesAhead() {
        var state = TestDriver.press(Self.start(), [.char("/")] + Self.keys("Morocco") + [.enter])
        state = TestDriver.press(state, [.backspace])
        #expect(state.history.forward.count == 1)
        state = TestDriver.press(state, [.char("/")] + Self.keys("Marrakesh") + [.enter])
        #expect(state.history.forward.isEmpty)
        #expect(state.history.back.count == 1)
    }

    @Test func escapeClosesTheDetailAndBackspaceWithNothingBehindDoesToo() {
        var state = TestDriver.press(Self.start(), [.enter, .down])
        let link = state.detail.selectedLink
        #expect(link != nil)
        state = TestDriver.press(state, [.escape])
        #expect(state.detail == DetailState())
        state = TestDriver.press(state, [.enter, .backspace])
        #expect(state.detail == DetailState())
        state = TestDriver.press(state, [.backspace])
        #expect(state.notice == NavigationStrings.en.nothingBehind)
        state = TestDriver.press(state, [.char(">")])
        #expect(state.notice == NavigationStrings.en.nothingAhead)
    }

    @Test func nextResultIsAJumpToo() {
        var state = TestDriver.press(Self.start(), [.char("/")] + Self.keys("ministerial") + [.enter])
        let first = state.timeline
        state = TestDriver.press(state, [.char("n")])
        #expect(state.timeline != first)
        state = TestDriver.press(state, [.backspace])
        #expect(state.timeline == first)
    }

    @Test func theHistoryIsBounded() {
        var history = PlaceHistory()
        for _ in 0..<(PlaceHistory.limit + 10) { history.leave(Place(AppState())) }
        #expect(history.back.count == PlaceHistory.limit)
    }

    @Test func theStatusBarOffersBackOnlyWithSomewhereToGo() {
        let context = PaneContext(store: Fixture.store, config: AppConfig(language: .en))
        var state = Self.start()
        #expect(!StatusBar.hints(state, context: context).map(\.key).contains("Backspace"))
        state = TestDriver.press(state, [.char("/")] + Self.keys("Morocco") + [.enter])
        #expect(StatusBar.hints(state, context: context).map(\.key).contains("Backspace"))
    }

    /// A record picked in a source's detail is a jump out of the Sources pane: Back returns to
    /// the pane with its kind filter, its selected source and the detail with the link followed.
    @Test(arguments: [Language.ar, .en])
    func backFromARecordPickedInASourceRestoresTheSourcesPane(language: Language) throws {
        let store = try BundledData.store()
        var state = TestDriver.press(Self.start(language: language), [.char("5"), .char("K")], store: store)
        let kind = try #require(state.filters.sourceKind)
        let context = PaneContext(store: store, config: state.config)
        let rows = SourcesPane.sources(of: store, kind: kind)
        let index = try #require(rows.indices.last { !store.uses(ofSource: rows[$0].id).isEmpty })
        state = TestDriver.press(state, Array(repeating: .down, count: index) + [.enter], store: store)
        let source = RecordRef(.source, rows[index].id)
        #expect(state.detail.current == source)
        let sources = state.sources
        state = TestDriver.press(state, [.down, .enter], store: store)
        #expect(state.focus != .sources && state.detail.current == nil)
        let arrived = try #require(PaneDispatch.selection(state.focus, app: state, context: context))
        state = TestDriver.press(state, [.backspace], store: store)
        #expect(state.focus == .sources)
        #expect(state.sources == sources)
        #expect(state.detail.current == source && state.detail.selectedLink != nil)
        state = TestDriver.press(state, [.char(">")], store: store)
        #expect(PaneDispatch.selection(state.focus, app: state, context: context) == arrived)
    }

    /// The reader is an overlay like the detail: a record reached from a passage leaves the
    /// reader at that passage as the place, and Back opens it there again.
    @Test func backFromARecordReachedFromAPassageReturnsToTheArticle() throws {
        let store = try BundledData.store()
        let figure = RecordRef(.figure, "air-strikes")
        var state = TestDriver.press(Self.start(), [.char("4")], store: store)
        state.stats = try #require(StatsPane.select(figure, in: state.stats, context: PaneContext(store: store, config: state.config)))
        state = TestDriver.press(state, [.enter, .char("r")], store: store)
        let reading = try #require(state.reader)
        state = TestDriver.press(state, [.enter], store: store)
        #expect(state.reader?.chooser == 0)
        state = TestDriver.press(state, [.enter], store: store)
        #expect(state.reader == nil)
        state = TestDriver.press(state, [.backspace], store: store)
        #expect(state.reader?.source == reading.source && state.reader?.current == reading.current)
        #expect(state.reader?.chooser == nil)
        #expect(state.detail.current == figure)
        // With nothing behind, Backspace closes the reader (as it closes a detail), and Esc does too.
        var fresh = TestDriver.press(Self.start(), [.char("4")], store: store)
        fresh.stats = state.stats
        fresh = TestDriver.press(fresh, [.enter, .char("r")], store: store)
        #expect(fresh.reader != nil)
        #expect(TestDriver.press(fresh, [.backspace], store: store).reader == nil)
        #expect(TestDriver.press(fresh, [.escape], store: store).detail.current == figure)
    }
}
