import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// The key-binding table is the one source of the keymap, the help and the status-bar hints:
/// these tests tie the three together, so a key cannot be documented and not work, or the reverse.
@Suite struct KeyBindingTests {
    static func panes(_ config: AppConfig = AppConfig()) -> AppState {
        var state = AppState(config: config)
        state.size = Size(width: 120, height: 40)
        return state
    }

    /// A state in which `scope` is in force.
    static func state(in scope: KeyScope, config: AppConfig = AppConfig()) -> AppState {
        var state = panes(config)
        switch scope {
        case .everywhere, .browse, .panes: break
        case .overlay, .help: state.showHelp = true
        case .detail: state.detail.current = RecordRef(.member, "SAU")
        case .countView:
            state.focus = .map
            state.map.frequency = FrequencyState(.region)
        case .searchLine: state.search.isEditing = true
        case .bookmarks:
            state.bookmarks.marks = [RecordRef(.member, "SAU")]
            state.bookmarks.isListing = true
        case .reader: state.reader = ReaderState(source: "seed-004")
        case .readerSearch:
            state.reader = ReaderState(source: "seed-004")
            state.reader?.search.isEditing = true
        }
        return state
    }

    @Test func everyKeyOfEveryBindingDoesItsActionThroughTheKeymap() {
        for binding in KeyBindings.table {
            for press in binding.presses {
                let state = Self.state(in: press.scope)
                #expect(KeyScope.chain(state).contains(press.scope))
                #expect(Keymap.action(for: .key(press.key), state: state) == press.action, "\(binding.display) \(press)")
            }
        }
    }

    @Test func noKeyIsBoundTwiceInOneScope() {
        var seen: [KeyScope: Set<Key>] = [:]
        for press in KeyBindings.table.flatMap(\.presses) {
            #expect(seen[press.scope, default: []].insert(press.key).inserted, "\(press.key) twice in \(press.scope)")
        }
    }

    @Test func everyHelpLineComesFromABindingAndEveryHelpIdHasOne() {
        for language in [Language.ar, .en] {
            let context = PaneContext(store: Fixture.store, config: AppConfig(language: language))
            let lines = HelpOverlay.lines(AppConfig(language: language), context: context)
            let fromBindings = lines.filter { $0.binding != nil }
            #expect(fromBindings.count == KeyBindings.table.filter { $0.help != nil }.count)
            for line in fromBindings {
                let binding = KeyBindings.table.first { $0.help == line.binding }
                #expect(binding?.display == line.keys)
                #expect(!line.meaning.isEmpty)
            }
            #expect(lines.count == fromBindings.count + Strings.for(language).helpNotes.count)
        }
        for id in KeyHelp.allCases {
            #expect(KeyBindings.table.contains { $0.help == id }, "\(id) has no binding")
            #expect(!Strings.ar.helpEntry(id).isEmpty && !Strings.en.helpEntry(id).isEmpty, "\(id) has no text")
        }
    }

    @Test func theKioskHelpListsOnlyKeysThatWork() {
        let config = AppConfig(language: .en, kiosk: KioskConfig())
        let context = PaneContext(store: Fixture.store, config: config)
        let keys = HelpOverlay.lines(config, context: context).map(\.keys)
        for gone in ["q", "y", "b", "'", "Ctrl-C", "Ctrl-Z"] { #expect(!keys.contains(gone), "\(gone)") }
        #expect(keys.contains("?") && keys.contains("/"))
        // And every key it does list works in the kiosk.
        for binding in KeyBindings.available(config) where binding.help != nil {
            for press in binding.presses {
                #expect(Keymap.action(for: .key(press.key), state: Self.state(in: press.scope, config: config)) == press.action)
            }
        }
    }

    @Test func everyHintIsABindingHintedThere() {
        var states = KeyScope.allCases.map { Self.state(in: $0) }
        for pane in PaneID.allCases {
            var state = Self.panes()
            state.focus = pane
            states.append(state)
        }
        for state in states {
            let context = PaneContext(store: Fixture.store, config: state.config)
            let spots = StatusBar.hintSpots(state)
            for hint in StatusBar.hints(state, context: context) {
                #expect(KeyBindings.table.contains { binding in
                    binding.hints.contains { spots.contains($0.spot) && ($0.key ?? binding.display) == hint.key }
                }, "\(hint.key) in \(spots)")
            }
        }
    }

    @Test func theStatusBarShowsTheKeysOfTheFocusedPane() {
        var state = Self.panes(AppConfig(language: .en))
        let context = PaneContext(store: Fixture.store, config: state.config)
        var keys = StatusBar.hints(state, context: context).map(\.key)
        #expect(keys.contains("f") && keys.contains("[ ]") && !keys.contains("m"))
        state.focus = .map
        keys = StatusBar.hints(state, context: context).map(\.key)
        #expect(keys.contains("m") && !keys.contains("f"))
        #expect(!StatusBar.hints(Self.panes(AppConfig(kiosk: KioskConfig())), context: context).map(\.key).contains("q"))
    }

    @Test func theNumberKeysAreThePaneRegistrys() {
        for entry in PaneRegistry.all {
            #expect(Keymap.action(for: .key(.char(entry.key)), state: Self.panes()) == .focus(entry.id))
        }
        let line = KeyBindings.table.first { $0.help == .focusPane }
        #expect(line?.display == PaneRegistry.all.map { String($0.key) }.joined(separator: " "))
    }

    /// The reader takes `b` for page up (as less does); everywhere else `b` bookmarks. Its other
    /// keys are the pager's, and Esc, q and Backspace mean what they mean in every view.
    @Test func bPagesUpInTheReaderAndBookmarksElsewhere() {
        let reader = Self.state(in: .reader)
        #expect(Keymap.action(for: .key(.char("b")), state: reader) == .reader(.pageUp))
        #expect(Keymap.action(for: .key(.char(" ")), state: reader) == .reader(.pageDown))
        #expect(Keymap.action(for: .key(.tab), state: reader) == .reader(.nextSpan))
        #expect(Keymap.action(for: .key(.escape), state: reader) == .close)
        #expect(Keymap.action(for: .key(.char("q")), state: reader) == .close)
        #expect(Keymap.action(for: .key(.backspace), state: reader) == .back)
        #expect(Keymap.action(for: .key(.char("b")), state: Self.panes()) == .toggleBookmark)
        #expect(Keymap.action(for: .key(.char("b")), state: Self.state(in: .detail)) == .toggleBookmark)
        // Its search line takes letters as text and Esc ends the search, not the reader.
        let searching = Self.state(in: .readerSearch)
        #expect(Keymap.action(for: .key(.char("b")), state: searching) == .reader(.searchInput("b")))
        #expect(Keymap.action(for: .key(.escape), state: searching) == .reader(.searchCancel))
        // And its status bar names its own keys.
        let context = PaneContext(store: Fixture.store, config: AppConfig(language: .en))
        #expect(StatusBar.hints(reader, context: context).map(\.key) == ["Space", "Tab", "Enter", "Esc"])
    }

    /// `K` (the Sources pane's kind filter) and `r` (the reader) are in the table, hinted where they act.
    @Test func kAndRAreBoundAndHinted() {
        #expect(Keymap.action(for: .key(.char("K")), state: Self.panes()) == .cycleSourceKind)
        #expect(Keymap.action(for: .key(.char("r")), state: Self.state(in: .detail)) == .openReader)
        var sources = Self.panes(AppConfig(language: .en))
        sources.focus = .sources
        let context = PaneContext(store: Fixture.store, config: sources.config)
        let keys = StatusBar.hints(sources, context: context).map(\.key)
        #expect(keys.contains("K") && keys.contains("r"))
        #expect(StatusBar.hints(Self.state(in: .detail), context: context).map(\.key).contains("r"))
    }

    @Test func qClosesAViewAndQuitsOnlyFromThePanes() {
        #expect(TestDriver.press(Self.panes(), [.char("q")]).quit)
        let help = TestDriver.press(Self.panes(), [.char("?"), .char("q")])
        #expect(!help.quit && !help.showHelp)
        let detail = TestDriver.press(Self.panes(), [.enter, .char("q")])
        #expect(!detail.quit && detail.detail.current == nil)
        let search = TestDriver.press(Self.panes(), [.char("/"), .char("q")])
        #expect(!search.quit && search.search.query == "q")
        #expect(TestDriver.press(Self.panes(), [.enter, .ctrl("c")]).quit)
        #expect(TestDriver.press(Self.panes(), [.char("/"), .ctrl("c")]).quit)
    }
}
