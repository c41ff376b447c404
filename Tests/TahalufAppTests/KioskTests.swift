import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

@Suite struct KioskTests {
    static func kiosk(idle: Int = 10, exitKey: String? = nil) -> AppState {
        var state = AppState(config: AppConfig(kiosk: KioskConfig(idleSeconds: idle, exitKey: exitKey)))
        state.size = Size(width: 120, height: 40)
        return state
    }

    static func idle(_ state: AppState, _ ticks: Int) -> AppState {
        TestDriver.run(state, Array(repeating: .idle, count: ticks))
    }

    @Test func quitSuspendAndCopyKeysDoNothing() {
        let state = Self.kiosk()
        for key: Key in [.char("q"), .ctrl("c"), .ctrl("z"), .char("y")] {
            #expect(Keymap.action(for: .key(key), state: state) == nil)
        }
        let (after, effects) = TestDriver.pressing(state, [.char("q"), .ctrl("c"), .ctrl("z"), .char("y")])
        #expect(!after.quit)
        #expect(effects.isEmpty)
        // Nor do their actions, should a key reach them.
        #expect(TestDriver.running(state, [.suspend, .copyCitation, .toggleBookmark]).effects.isEmpty)
    }

    @Test func theSearchLineTakesEveryLetterAsText() {
        let state = TestDriver.press(Self.kiosk(), [.char("/"), .char("q"), .char("y"), .char("b")])
        #expect(state.search.query == "qyb")
        #expect(!state.quit)
    }

    @Test func theExitKeyQuits() {
        #expect(TestDriver.press(Self.kiosk(exitKey: "F12"), [.function(12)]).quit)
        #expect(TestDriver.press(Self.kiosk(exitKey: "ctrl-x"), [.ctrl("x")]).quit)
        #expect(TestDriver.press(Self.kiosk(exitKey: "q"), [.char("q")]).quit)
        #expect(!TestDriver.press(Self.kiosk(exitKey: "ctrl-x"), [.char("x")]).quit)
    }

    @Test func idleTimeReturnsHomeAndStartsTheAttractLoop() {
        var state = TestDriver.press(Self.kiosk(), [.char("3"), .down])
        state = TestDriver.run(state, [.focus(.stats), .toggleHelp])
        state = Self.idle(state, 9)
        #expect(!state.attract)
        #expect(state.showHelp)
        state = Self.idle(state, 1)
        #expect(state.attract)
        #expect(state.focus == .timeline)
        #expect(!state.showHelp)
        #expect(state.detail.current == nil && !state.search.isEditing)
    }

    @Test func theAttractLoopCyclesPanesAndFacts() {
        var state = Self.idle(Self.kiosk(), 10)
        #expect(state.focus == .timeline)
        state = Self.idle(state, Kiosk.attractPeriod)
        #expect(state.focus == .map)
        // Round every pane in `PaneRegistry` back to the first.
        state = Self.idle(state, Kiosk.attractPeriod * (PaneRegistry.all.count - 1))
        #expect(state.focus == .timeline)
        #expect(state.timeline.selected == 1)
    }

    @Test func aKeyStopsTheAttractLoopWithoutActing() {
        var state = Self.idle(Self.kiosk(), 10 + Kiosk.attractPeriod)
        #expect(state.attract)
        let focus = state.focus
        state = TestDriver.press(state, [.char("3")])
        #expect(!state.attract)
        #expect(state.idleTicks == 0)
        #expect(state.focus == focus)
        state = TestDriver.press(state, [.char("3")])
        #expect(state.focus == .groups)
    }

    @Test func theExitKeyWorksDuringTheAttractLoop() {
        let state = Self.idle(Self.kiosk(exitKey: "F10"), 10)
        #expect(state.attract)
        #expect(TestDriver.press(state, [.function(10)]).quit)
    }

    @Test func inputResetsTheIdleCount() {
        var state = Self.idle(Self.kiosk(), 9)
        state = TestDriver.press(state, [.down])
        state = Self.idle(state, 9)
        #expect(!state.attract)
    }

    @Test func idleDoesNothingOutsideKioskMode() {
        var state = AppState()
        state.size = Size(width: 120, height: 40)
        let after = TestDriver.run(state, Array(repeating: .idle, count: 500))
        #expect(after == state)
    }
}
