import CoalitionStore
import Testing
import TerminalUI
@testable import TahalufApp

/// The kiosk's idle reset (issue 15, item 10): whatever a visitor changed, the next visitor finds
/// the kiosk exactly as it started.
@Suite struct KioskResetTests {
    static func kiosk(_ language: Language) -> AppState {
        var state = AppState(config: AppConfig(language: language, kiosk: KioskConfig(idleSeconds: 5)))
        state.size = Size(width: 120, height: 40)
        return state
    }

    @Test(arguments: [Language.ar, .en])
    func theIdleResetRestoresEverySettingTheKioskStartedWith(language: Language) {
        let start = Self.kiosk(language)
        // Language, a pane, a selection, a detail, a search, help and its scroll.
        var state = TestDriver.press(start, [.char("L"), .char("3"), .down, .down, .enter, .down])
        state = TestDriver.press(state, [.char("/"), .char("m"), .char("a"), .char("r"), .enter, .char("?"), .pageDown])
        #expect(state.config.language != language)
        #expect(state != start)
        state = TestDriver.run(state, Array(repeating: .idle, count: 5))
        #expect(state.attract)
        var expected = start
        expected.idleTicks = state.idleTicks
        expected.attract = true
        #expect(state == expected, "everything but the idle count and the attract loop is as at start")
    }

    /// In the attract loop, a visitor's key brings back the start language too (the loop moves
    /// panes and selections, never settings).
    @Test func theAttractLoopKeepsTheStartLanguage() {
        var state = TestDriver.press(Self.kiosk(.ar), [.char("L")])
        state = TestDriver.run(state, Array(repeating: .idle, count: 20))
        #expect(state.config.language == .ar)
    }
}
