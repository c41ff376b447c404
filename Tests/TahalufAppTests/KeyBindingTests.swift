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
        case .searchLine: state.search.isEditing = true
        case .bookmarks:
            state.bookmarks.marks = [RecordRef(.member, "SAU")]
            state.bookmarks.isListing = true
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
            #expect(Strings.ar.helpEntries[id] != nil && Strings.en.helpEntries[id] != nil, "\(id) has no text")
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

    @Test func theNumberKeysFollowThePaneOrder() {
        for (index, pane) in PaneID.allCases.enumerated() {
            let digit = Character(String(index + 1))
            #expect(Keymap.action(for: .key(.char(digit)), state: Self.panes()) == .focus(pane))
        }
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
