import Foundation
import Testing

/// Between two visitors of a kiosk (issue 15, item 10): the first switches the language and opens
/// things; after the idle time the screen is back in the language the kiosk started with.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct KioskVisitorTests {
    @Test func theIdleResetBringsBackTheStartLanguage() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--kiosk", "--lang", "en", "--idle", "2"])
        try tmux.waitForFirstFrame()
        try tmux.waitUntil("the English tab bar") { tmux.screen().contains("Timeline") }
        tmux.send("L")
        try tmux.waitUntil("Arabic after L") { !tmux.screen().contains("Timeline") }
        tmux.send("?")
        try tmux.waitUntil("English again after the idle time") {
            let screen = tmux.screen()
            return screen.contains("Timeline") && !screen.contains("المفاتيح")
        }
        kill(try tmux.tahalufPID(), SIGTERM)
        #expect(try tmux.waitForExit() == 128 + SIGTERM)
        #expect(tmux.restorationProblems() == [])
    }
}
