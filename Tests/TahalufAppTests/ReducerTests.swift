import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

@Suite struct ReducerTests {
    static func start(_ size: Size = Size(width: 120, height: 40), language: Language = .ar) -> AppState {
        var state = AppState(config: AppConfig(language: language))
        state.size = size
        return state
    }

    @Test func tabCyclesThroughThePanesAndShiftTabGoesBack() {
        var state = Self.start()
        var seen: [PaneID] = []
        for _ in 0..<5 {
            state = TestDriver.press(state, [.tab])
            seen.append(state.focus)
        }
        #expect(seen == [.map, .groups, .stats, .sources, .timeline])
        #expect(TestDriver.press(state, [.backTab]).focus == .sources)
    }

    @Test func digitKeysFocusTheirPane() {
        let state = Self.start()
        #expect(TestDriver.press(state, [.char("3")]).focus == .groups)
        #expect(TestDriver.press(state, [.char("4")]).focus == .stats)
        #expect(TestDriver.press(state, [.char("2")]).focus == .map)
        #expect(TestDriver.press(state, [.char("4"), .char("1")]).focus == .timeline)
        #expect(TestDriver.press(state, [.char("5")]).focus == .sources)
        #expect(TestDriver.press(state, [.char("6")]).focus == .timeline)
    }

    @Test func narrowTerminalsShowOnlyTheFocusedPane() {
        let state = TestDriver.press(Self.start(Size(width: 80, height: 24)), [.char("3")])
        let layout = ShellLayout(size: state.size, direction: .rtl, focus: state.focus)
        #expect(layout.mode == .tabs)
        #expect(Array(layout.panes.keys) == [.groups])
        let frame = render(state, store: Fixture.store, size: state.size)
        let groups = TextEngine().line(Strings.ar.paneTitle(.groups), base: .rtl).string
        let timeline = TextEngine().line(Strings.ar.paneTitle(.timeline), base: .rtl).string
        #expect(frame.rows[1].contains(groups))
        #expect(!frame.rows[1].contains(timeline))
    }

    @Test func searchForMarrakeshSelectsTheMinisterialInTheTimeline() {
        var state = TestDriver.press(Self.start(), [.char("2"), .char("/")])
        #expect(state.search.isEditing)
        state = TestDriver.press(state, "مراكش".map { Key.char($0) })
        #expect(state.search.query == "مراكش")
        let marrakesh = RecordRef(.event, "ministerial-2022-marrakesh")
        #expect(state.search.hits.first?.ref == marrakesh)
        state = TestDriver.press(state, [.enter])
        #expect(!state.search.isEditing)
        #expect(state.focus == .timeline)
        let context = PaneContext(store: Fixture.store, config: state.config)
        #expect(TimelinePane.selection(state.timeline, context: context) == marrakesh)
    }

    @Test func searchEscapeCancelsAndBackspaceErases() {
        var state = TestDriver.press(Self.start(), [.char("/"), .char("x"), .char("y"), .backspace])
        #expect(state.search.query == "x")
        state = TestDriver.press(state, [.escape])
        #expect(state.search == SearchState())
        #expect(state.focus == .timeline)
    }

    @Test func nextAndPreviousStepThroughResults() {
        var state = TestDriver.press(Self.start(), [.char("/")] + "الوزاري".map { Key.char($0) } + [.enter])
        let hits = state.search.hits.map(\.ref)
        #expect(hits.count >= 3)
        let context = PaneContext(store: Fixture.store, config: state.config)
        #expect(TimelinePane.selection(state.timeline, context: context) == hits[0])
        state = TestDriver.press(state, [.char("n")])
        #expect(TimelinePane.selection(state.timeline, context: context) == hits[1])
        state = TestDriver.press(state, [.char("N")])
        #expect(TimelinePane.selection(state.timeline, context: context) == hits[0])
        state = TestDriver.press(state, [.char("N")])
        #expect(state.notice == Strings.ar.noMoreResults)
        state = TestDriver.press(state, [.escape, .char("n")])
        #expect(state.search.hits.isEmpty)
        #expect(state.notice == Strings.ar.noResults)
    }

    @Test func enterOpensTheDetailLinksFollowAndBackWalksTheHistory() {
        let store = Fixture.store
        var state = Self.start()
        let context = PaneContext(store: store, config: state.config)
        state.timeline = TimelinePane.select(RecordRef(.event, "ministerial-2022-marrakesh"), in: state.timeline,
                                             context: context)!
        state = TestDriver.press(state, [.enter])
        #expect(state.detail.current == RecordRef(.event, "ministerial-2022-marrakesh"))
        #expect(state.detail.selectedLink == nil)
        state = TestDriver.press(state, [.enter])   // picks the first link: Morocco
        #expect(state.detail.selectedLink == 0)
        state = TestDriver.press(state, [.enter])   // and follows it
        #expect(state.detail.current == RecordRef(.member, "MAR"))
        #expect(state.history.back.map(\.detail.current) == [RecordRef(.event, "ministerial-2022-marrakesh")])
        // Morocco's links: its groups, then its events; the first is the small group.
        state = TestDriver.press(state, [.down, .enter])
        #expect(state.detail.current == RecordRef(.group, "small-group"))
        #expect(state.history.back.count == 2)
        state = TestDriver.press(state, [.backspace])
        #expect(state.detail.current == RecordRef(.member, "MAR"))
        state = TestDriver.press(state, [.backspace])
        #expect(state.detail.current == RecordRef(.event, "ministerial-2022-marrakesh"))
        state = TestDriver.press(state, [.escape])
        #expect(state.detail.current == nil)
    }

    @Test func arrowsSelectLinksInTheDetail() {
        var state = Self.start()
        state = TestDriver.run(state, [.focus(.timeline), .end, .move(.up), .move(.up), .open])
        #expect(state.detail.current == RecordRef(.event, "small-group-2021"))
        state = TestDriver.press(state, [.down, .down, .down, .enter])
        #expect(state.detail.current == RecordRef(.member, "ITA"))
        // Back returns to the link that was followed.
        state = TestDriver.press(state, [.backspace])
        #expect(state.detail.current == RecordRef(.event, "small-group-2021"))
        #expect(state.detail.selectedLink == 2)
        state = TestDriver.press(state, [.down, .enter])
        #expect(state.detail.current == RecordRef(.group, "small-group"))

    }

    @Test func aDetailOpensAtItsTopEvenOnASmallTerminal() throws {
        var state = Self.start(Size(width: 40, height: 12), language: .en)
        state = TestDriver.run(state, [.end, .move(.up), .move(.up), .open])
        let rows = render(state, store: Fixture.store, size: state.size).rows
        #expect(rows[1].contains("Small Group meeting"))
        #expect(rows[2].contains("Date: 2 December 2021"))
        // Down walks to the first link, scrolling it into view.
        state = TestDriver.press(state, [.down])
        #expect(state.detail.selectedLink == 0)
        let lit = render(state, store: Fixture.store, size: state.size)
        let y = try? #require(lit.rows.firstIndex { $0.contains("United States (USA)") })
        #expect(y.map { lit[5, $0].style.role == .selected } == true)
        // End shows the sources at the bottom, Home the top again.
        state = TestDriver.press(state, [.end])
        #expect(state.detail.selectedLink == nil)
        #expect(render(state, store: Fixture.store, size: state.size).rows.contains { $0.contains("002_fce76edd2a46ce5c.txt") })
        state = TestDriver.press(state, [.home])
        #expect(state.detail.scroll == 0)
        // Down past the last link keeps scrolling, to the bottom, where the last link (the
        // source, which leads to the source's detail) stays lit.
        state = TestDriver.press(state, Array(repeating: .down, count: 30))
        #expect(state.detail.scroll > 0)
        let links = DetailContent(try #require(state.detail.current), store: Fixture.store, language: .en, months: .levant).links
        #expect(state.detail.selectedLink == links.count - 1)
        #expect(links.last?.kind == .source)
    }

    @Test func helpTogglesAndListsEveryKey() {
        var state = TestDriver.press(Self.start(Size(width: 80, height: 24)), [.char("?")])
        #expect(state.showHelp)
        let frame = render(state, store: Fixture.store, size: state.size)
        let text = frame.rows.joined(separator: "\n")
        #expect(text.contains("Tab / Shift-Tab"))
        #expect(text.contains(TextEngine().line(Strings.ar.helpTitle, base: .rtl).string))
        // While the help is open other keys do nothing.
        state = TestDriver.press(state, [.char("3")])
        #expect(state.focus == .timeline)
        state = TestDriver.press(state, [.char("?")])
        #expect(!state.showHelp)
    }

    @Test func languageToggleSwitchesTextAndDirection() {
        var state = TestDriver.press(Self.start(), [.char("L")])
        #expect(state.config.language == .en)
        #expect(render(state, store: Fixture.store, size: state.size).rows[0].hasPrefix(" Tahaluf"))
        state = TestDriver.press(state, [.char("L")])
        #expect(state.config.language == .ar)
        let name = TextEngine().line("تحالف", base: .rtl).string
        #expect(render(state, store: Fixture.store, size: state.size).rows[0].hasSuffix(name + " "))
    }

    @Test func asciiModeStaysEnglishAfterTheToggle() {
        var state = AppState(config: AppConfig(language: .ar, ascii: true))
        state.size = Size(width: 80, height: 24)
        state = TestDriver.press(state, [.char("L")])
        #expect(state.notice == Strings.en.asciiEnglishOnly)
        let rows = render(state, store: Fixture.store, size: state.size).rows
        #expect(rows[0].hasPrefix(" Tahaluf"))
        #expect(rows.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func quitKeysQuit() {
        #expect(TestDriver.press(Self.start(), [.char("q")]).quit)
        #expect(TestDriver.press(Self.start(), [.ctrl("c")]).quit)
        #expect(!TestDriver.press(Self.start(), [.char("Q")]).quit)
    }

    @Test func redrawAndSuspendAskTheDriver() {
        #expect(TestDriver.pressing(Self.start(), [.ctrl("l")]).effects == [.fullRedraw])
        #expect(TestDriver.pressing(Self.start(), [.ctrl("z")]).effects == [.suspend])
        // An effect is asked for once: the next key does not carry it out again.
        #expect(TestDriver.pressing(Self.start(), [.ctrl("l"), .down]).effects == [.fullRedraw])
    }

    /// Effects are beside the state, not in it: the state after Ctrl-L is the state before it,
    /// so a state kept (on the history, in a test) and reduced again asks for nothing it asked before.
    @Test func effectsAreReturnedNotStored() {
        let start = TestDriver.press(Self.start(), [.down])
        let (redrawn, effects) = reduce(start, .redraw, store: Fixture.store)
        #expect(effects == [.fullRedraw])
        #expect(redrawn == start)
        #expect(reduce(redrawn, .idle, store: Fixture.store).effects.isEmpty)
        let (copied, copy) = reduce(start, .copyCitation, store: Fixture.store)
        #expect(copy.count == 1)
        #expect(reduce(copied, .move(.down), store: Fixture.store).effects.isEmpty)
    }

    /// The run loop carries out each effect once, and draws only when something changed: idle
    /// ticks after Ctrl-L neither redraw again nor present a frame.
    @Test func theRunLoopCarriesOutEachEffectOnce() {
        let terminal = HeadlessTerminal(size: Size(width: 120, height: 40), events: [
            .key(.ctrl("l")), .idle, .idle, .key(.char("y")), .idle, .key(.ctrl("z")), .idle, .key(.char("q")),
        ])
        runApp(initial: Self.start(), store: Fixture.store, terminal: terminal)
        #expect(terminal.invalidateCount == 1)
        #expect(terminal.clipboard.count == 1)
        #expect(terminal.suspendCount == 1)
        // The first frame, then one after each of Ctrl-L, y and Ctrl-Z; none for the idle ticks or q.
        #expect(terminal.presentCount == 4)
    }

    @Test func yCopiesTheSelectionWithItsSource() {
        var state = Self.start(language: .en)
        let context = PaneContext(store: Fixture.store, config: state.config)
        state.timeline = TimelinePane.select(RecordRef(.event, "ministerial-2019-washington"), in: state.timeline,
                                             context: context)!
        let effects: [Effect]
        (state, effects) = TestDriver.pressing(state, [.char("y")])
        guard case .copyToClipboard(let text) = effects.first else {
            Issue.record("no copy effect: \(effects)")
            return
        }
        #expect(text.hasPrefix("6 February 2019 ◆ Ministerial meeting in Washington\n"))
        #expect(text.contains("US Department of State"))
        #expect(text.contains("004_d9793a676d49900f.txt"))
        #expect(text.contains("https://www.state.gov/"))
        // The copied text has no bidi controls.
        #expect(!text.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
        #expect(state.notice == Strings.en.copied + "6 February 2019 ◆ Ministerial meeting in Washington")
    }

    @Test func undatedSourcesGiveTheirDateNote() {
        let text = CitationText.record(RecordRef(.event, "ministerial-2022-marrakesh"), store: Fixture.store,
                                       config: AppConfig(language: .en))
        #expect(text.contains("Source: unattributed page, \""))
        #expect(text.hasSuffix(", after 2022\nSeed file: 002_fce76edd2a46ce5c.txt\nQuote: «وعام 2022م في مراكش»"))
    }

    @Test func clickFocusesThePaneUnderIt() {
        var state = Self.start()
        let layout = ShellLayout(size: state.size, direction: .rtl, focus: state.focus)
        let map = layout.panes[.map]!, stats = layout.panes[.stats]!
        // Arabic: the map is the top-left pane.
        #expect(map.x == 0)
        state = reduce(state, .click(x: map.x + 3, y: map.y + 3), store: Fixture.store).state
        #expect(state.focus == .map)
        state = reduce(state, .click(x: stats.x + 3, y: stats.y + 3), store: Fixture.store).state
        #expect(state.focus == .stats)
    }

    @Test func clickOnATimelineRowSelectsIt() {
        var state = Self.start(language: .en)
        let inner = ShellLayout(size: state.size, direction: .ltr, focus: .timeline).inner(.timeline)!
        // Rows: header, ruler, then "2014", Jeddah, launch, announcement…
        state = reduce(state, .click(x: inner.x + 10, y: inner.y + 5), store: Fixture.store).state
        let context = PaneContext(store: Fixture.store, config: state.config)
        #expect(TimelinePane.selection(state.timeline, context: context) == RecordRef(.event, "announcement-2014"))
    }

    @Test func clickOnATabFocusesItsPane() {
        var state = Self.start(Size(width: 80, height: 24), language: .en)
        let row = render(state, store: Fixture.store, size: state.size).rows[0]
        let column = row.distance(from: row.startIndex, to: row.range(of: "Statistics")!.lowerBound)
        state = reduce(state, .click(x: column + 2, y: 0), store: Fixture.store).state
        #expect(state.focus == .stats)
    }

    @Test func wheelScrollsThePaneUnderThePointer() {
        var state = Self.start()
        let inner = ShellLayout(size: state.size, direction: .rtl, focus: .timeline).inner(.timeline)!
        state = reduce(state, .wheel(up: false, x: inner.x + 2, y: inner.y + 2), store: Fixture.store).state
        #expect(state.timeline.selected == 3)
        state = reduce(state, .wheel(up: true, x: inner.x + 2, y: inner.y + 2), store: Fixture.store).state
        #expect(state.timeline.selected == 0)
    }

    @Test func clickOnADetailLinkFollowsIt() throws {
        var state = Self.start(Size(width: 80, height: 24), language: .en)
        state.detail.current = RecordRef(.event, "small-group-2021")
        let frame = render(state, store: Fixture.store, size: state.size)
        let y = try #require(frame.rows.firstIndex { $0.contains("Morocco (MAR)") })
        state = reduce(state, .click(x: 10, y: y), store: Fixture.store).state
        #expect(state.detail.current == RecordRef(.member, "MAR"))
        #expect(state.history.back.map(\.detail.current) == [RecordRef(.event, "small-group-2021")])
        // A click on plain text does nothing.
        let again = reduce(state, .click(x: 10, y: 2), store: Fixture.store).state
        #expect(again.detail == state.detail)
    }

    @Test func clickOnASearchResultJumpsToIt() throws {
        var state = TestDriver.run(Self.start(Size(width: 80, height: 24), language: .en),
                                   [.startSearch] + TestDriver.typing("الوزاري"))
        let frame = render(state, store: Fixture.store, size: state.size)
        let y = try #require(frame.rows.lastIndex { $0.contains("Ministerial meeting in Washington") })
        state = reduce(state, .click(x: 30, y: y), store: Fixture.store).state
        #expect(!state.search.isEditing)
        let context = PaneContext(store: Fixture.store, config: state.config)
        #expect(TimelinePane.selection(state.timeline, context: context) == RecordRef(.event, "ministerial-2019-washington"))
    }

    @Test func clickClosesTheHelp() {
        let state = TestDriver.run(Self.start(), [.toggleHelp, .click(x: 1, y: 1)])
        #expect(!state.showHelp)
    }

    @Test func paneKeysActOnTheirPaneWhereverTheFocusIs() {
        // Wide: the timeline filters while the groups pane keeps the focus.
        var wide = TestDriver.press(Self.start(), [.char("3"), .char("f")])
        #expect(wide.focus == .groups)
        #expect(wide.timeline.filter?.category == .founding)
        wide = TestDriver.press(wide, [.char("m")])
        #expect(wide.focus == .groups)
        #expect(wide.map != MapState())
        // Narrow: the timeline is not on screen, so it comes forward.
        let narrow = TestDriver.press(Self.start(Size(width: 80, height: 24)), [.char("3"), .char("]")])
        #expect(narrow.focus == .timeline)
        #expect(narrow.timeline.selected == 4)
    }

    @Test func mouseIsIgnoredWhenTurnedOff() {
        var state = AppState(config: AppConfig(mouse: false))
        state.size = Size(width: 120, height: 40)
        #expect(Keymap.action(for: .mouse(MouseEvent(x: 1, y: 3, button: .left)), state: state) == nil)
    }

    @Test func enterWithNothingSelectedSaysSo() {
        let empty = Store(dataset: Dataset())
        let state = reduce(Self.start(), .open, store: empty).state
        #expect(state.detail.current == nil)
        #expect(state.notice == Strings.ar.nothingSelected)
    }

    @Test func resizeIsRecorded() {
        let state = TestDriver.run(Self.start(), [.resize(Size(width: 50, height: 20))])
        #expect(state.size == Size(width: 50, height: 20))
    }
}

@Suite struct KeymapTests {
    @Test func arabicLayoutLettersActAsTheLatinKeys() {
        let state = AppState()
        #expect(Keymap.action(for: .key(.char("ض")), state: state) == .quit)
        #expect(Keymap.action(for: .key(.char("ب")), state: state) == .filterCategory)
        #expect(Keymap.action(for: .key(.char("ظ")), state: state) == .startSearch)
        #expect(Keymap.action(for: .key(.char("ت")), state: state) == .move(.down))
        // In the search line they are text.
        var searching = state
        searching.search.isEditing = true
        #expect(Keymap.action(for: .key(.char("ض")), state: searching) == .searchInput("ض"))
        // In a kiosk the Arabic q does not quit either.
        let kiosk = AppState(config: AppConfig(kiosk: KioskConfig()))
        #expect(Keymap.action(for: .key(.char("ض")), state: kiosk) == nil)
    }

    @Test func everyDocumentedKeyHasAnAction() {
        let state = AppState()
        let keys: [(Key, Action)] = [
            (.tab, .nextPane), (.backTab, .previousPane), (.char("1"), .focus(.timeline)), (.char("4"), .focus(.stats)),
            (.left, .move(.left)), (.char("h"), .move(.left)), (.char("l"), .move(.right)), (.char("k"), .move(.up)),
            (.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .home), (.char("g"), .home), (.char("G"), .end),
            (.enter, .open), (.escape, .close), (.backspace, .back), (.char("<"), .back), (.char("/"), .startSearch),
            (.char("n"), .searchNext), (.char("N"), .searchPrevious), (.char("?"), .toggleHelp),
            (.char("q"), .quit), (.ctrl("l"), .redraw), (.char("f"), .filterCategory), (.char("["), .previousYear),
            (.char("]"), .nextYear), (.char("m"), .cycleHighlight), (.char("y"), .copyCitation),
            (.char("L"), .toggleLanguage), (.ctrl("z"), .suspend), (.char("F"), .previousCategory),
            (.char("t"), .toggleTable), (.char("s"), .nextSort), (.char("S"), .reverseSort), (.char("c"), .frequency),
            (.char("x"), .clearFilters),
        ]
        for (key, action) in keys { #expect(Keymap.action(for: .key(key), state: state) == action, "\(key)") }
        #expect(Keymap.action(for: .key(.char("~")), state: state) == nil)
    }

    @Test func mouseReportsBecomeClicksAndWheels() {
        let state = AppState()
        #expect(Keymap.action(for: .mouse(MouseEvent(x: 3, y: 4, button: .left)), state: state) == .click(x: 3, y: 4))
        #expect(Keymap.action(for: .mouse(MouseEvent(x: 3, y: 4, button: .wheelDown)), state: state)
                == .wheel(up: false, x: 3, y: 4))
        #expect(Keymap.action(for: .mouse(MouseEvent(x: 3, y: 4, button: .left, kind: .release)), state: state) == nil)
    }
}
