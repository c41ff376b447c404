import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// The search line edits like a shell (keys through the real keymap), keeps a history for the
/// session, and stays bounded whatever is pasted into it.
@Suite struct SearchLineTests {
    static func searching(_ text: String, language: Language = .en) -> AppState {
        var state = AppState(config: AppConfig(language: language))
        state.size = Size(width: 120, height: 40)
        return TestDriver.press(state, [.char("/")] + text.map { Key.char($0) })
    }

    func line(_ state: AppState) -> (String, Int) { (state.search.query, state.search.cursor) }

    @Test func arrowsHomeAndEndMoveTheCursorAndTypingInsertsThere() {
        var state = Self.searching("marakesh")
        #expect(line(state) == ("marakesh", 8))
        state = TestDriver.press(state, [.ctrl("a"), .right, .right, .right, .char("r")])
        #expect(line(state) == ("marrakesh", 4))
        #expect(state.search.hits.first?.ref == RecordRef(.event, "ministerial-2022-marrakesh"))
        state = TestDriver.press(state, [.ctrl("e"), .left, .backspace])
        #expect(line(state) == ("marrakeh", 7))
        state = TestDriver.press(state, [.home, .delete, .end])
        #expect(line(state) == ("arrakeh", 7))
    }

    @Test func inTheArabicUILeftMovesTowardTheEndOfTheLine() {
        var state = Self.searching("مراكش", language: .ar)
        state = TestDriver.press(state, [.home, .left, .left])
        #expect(line(state) == ("مراكش", 2))
        state = TestDriver.press(state, [.right])
        #expect(line(state) == ("مراكش", 1))
    }

    @Test func ctrlUCtrlKAndCtrlWDeleteLikeAShell() {
        var state = Self.searching("ministerial meeting paris")
        state = TestDriver.press(state, [.ctrl("w")])
        #expect(line(state) == ("ministerial meeting ", 20))
        state = TestDriver.press(state, [.ctrl("w")])
        #expect(line(state) == ("ministerial ", 12))
        state = TestDriver.press(state, [.alt("b"), .alt("f")])
        #expect(state.search.cursor == 11)
        state = TestDriver.press(state, [.alt("b"), .right, .right, .ctrl("k")])
        #expect(line(state) == ("mi", 2))
        state = TestDriver.press(state, [.char("x"), .left, .ctrl("u")])
        #expect(line(state) == ("x", 0))
        #expect(state.search.hits == Fixture.store.search("x"))
    }

    @Test func altBAndAltFMoveByWords() {
        var state = Self.searching("one two three")
        state = TestDriver.press(state, [.alt("b")])
        #expect(state.search.cursor == 8)
        state = TestDriver.press(state, [.alt("b"), .alt("b")])
        #expect(state.search.cursor == 0)
        state = TestDriver.press(state, [.alt("f")])
        #expect(state.search.cursor == 3)
    }

    @Test func upAndDownRecallEarlierQueriesAndTheDraft() {
        var state = Self.searching("marrakesh")
        state = TestDriver.press(state, [.enter, .char("/")] + "ffis".map { Key.char($0) } + [.enter])
        state = TestDriver.press(state, [.char("/")] + "pa".map { Key.char($0) })
        #expect(state.search.history == ["marrakesh", "ffis"])
        state = TestDriver.press(state, [.up])
        #expect(line(state) == ("ffis", 4))
        #expect(state.search.hits.first?.ref == RecordRef(.event, "ffis-2015"))
        state = TestDriver.press(state, [.up, .up])
        #expect(state.search.query == "marrakesh")
        state = TestDriver.press(state, [.down])
        #expect(state.search.query == "ffis")
        state = TestDriver.press(state, [.down])
        #expect(state.search.query == "pa")
        // Esc cancels the search but keeps the history.
        state = TestDriver.press(state, [.escape])
        #expect(state.search.history == ["marrakesh", "ffis"])
        #expect(!state.search.isEditing)
    }

    @Test func tabAndCtrlNPickResultsSinceArrowsRecallQueries() {
        var state = Self.searching("الوزاري")
        #expect(state.search.hits.count >= 3)
        state = TestDriver.press(state, [.tab, .ctrl("n")])
        #expect(state.search.selected == 2)
        state = TestDriver.press(state, [.backTab])
        #expect(state.search.selected == 1)
        state = TestDriver.press(state, [.ctrl("p")])
        #expect(state.search.selected == 0)
    }

    @Test func enterAndNSayWhichResultOfHowMany() {
        var state = Self.searching("الوزاري")
        let count = state.search.hits.count
        state = TestDriver.press(state, [.enter])
        #expect(state.notice == "result 1 of \(count)")
        state = TestDriver.press(state, [.char("n")])
        #expect(state.notice == "result 2 of \(count)")
        state = TestDriver.press(state, [.char("N")])
        #expect(state.notice == "result 1 of \(count)")
    }

    /// A source is a record like the others: Enter on it focuses the Sources pane with that
    /// source selected, the overlay names that pane, and Back returns to where the search began.
    @Test func aSourceHitOpensInTheSourcesPane() throws {
        var state = AppState(config: AppConfig(language: .en))
        state.size = Size(width: 120, height: 40)
        let store = try BundledData.store()
        let seed = RecordRef(.source, "seed-004")
        state = TestDriver.press(state, [.char("/")] + "spokesperson".map { Key.char($0) }, store: store)
        #expect(state.search.hits.first?.ref == seed)
        let context = PaneContext(store: store, config: state.config)
        // The hit's row: its kind at the start, the Sources pane's title at the end.
        let rows = render(state, store: store, size: state.size).rows
        let kind = try #require(context.strings.kindNames[.source])
        #expect(rows.contains { $0.contains(kind) && $0.contains(context.strings.paneTitle(.sources)) })
        let before = state.focus
        state = TestDriver.press(state, [.enter], store: store)
        #expect(state.focus == .sources)
        #expect(PaneDispatch.selection(.sources, app: state, context: context) == seed)
        #expect(state.notice?.hasPrefix("result 1 of ") == true)
        state = TestDriver.press(state, [.backspace], store: store)
        #expect(state.focus == before)
    }

    /// A 50,000-character paste: the line stops at the bound with a notice, and each further
    /// character is refused before any search runs.
    @Test func aLongPasteKeepsTheLineBounded() {
        var state = Self.searching("")
        let paste = String(repeating: "air strikes ", count: 4_200)
        #expect(paste.count > 50_000)
        state = TestDriver.run(state, TestDriver.typing(paste))
        #expect(state.search.query.count == Store.maximumQueryLength)
        #expect(state.search.query == String(paste.prefix(Store.maximumQueryLength)))
        #expect(state.search.hits.count <= 100)
        #expect(state.notice == SearchStrings.en.lineFull(Store.maximumQueryLength))
        // The refused keys leave the results as they were.
        let before = state.search.hits
        state = TestDriver.run(state, TestDriver.typing("more"))
        #expect(state.search.hits == before)
    }

    @Test func theCursorShowsWhereItIs() {
        let state = TestDriver.press(Self.searching("abc"), [.left])
        let context = PaneContext(store: Fixture.store, config: state.config)
        #expect(SearchOverlay.promptLine(state.search, context: context) == Strings.en.searchPrompt + "ab▏c")
    }

    /// Esc and a key typed quickly arrive as an Alt key; where no Alt key is bound the run loop
    /// replays them as Esc then the key, so nothing typed is lost.
    @Test func anUnboundAltKeyIsReplayedAsEscThenTheKey() {
        let term = HeadlessTerminal(size: Size(width: 120, height: 40),
                                    events: [.key(.char("/")), .key(.char("a")), .key(.alt("?")), .key(.ctrl("c"))])
        let final = runApp(initial: AppState(config: AppConfig(language: .en)), store: Fixture.store, terminal: term)
        #expect(!final.search.isEditing)   // Esc closed the search line,
        #expect(final.showHelp)            // ? opened the help, and Ctrl-C quit
    }
}
