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
}
