import Foundation
import Testing

/// `tahaluf` with no arguments starts without ArgumentParser (`Browser.runWithDefaults`, which
/// saves its 4 ms of start-up reflection); it must show exactly what `tahaluf browse` shows,
/// colours and attributes included, and leave the terminal the same way.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct DefaultStartTests {
    @Test(arguments: [["browse"], ["browse", "--lang", "ar", "--theme", "dark", "--digits", "western"]])
    func theSameScreenWithAndWithoutTheParser(parsed: [String]) throws {
        #expect(try firstScreen([]) == firstScreen(parsed))
    }

    private func firstScreen(_ arguments: [String]) throws -> String {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(arguments)
        try tmux.waitForFirstFrame()
        try tmux.waitUntil("the position in the status bar") {
            tmux.screen().range(of: #"\b1/[0-9]+"#, options: .regularExpression) != nil  // "1/52": any data size
        }
        let screen = tmux.styledScreen()
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems() == [])
        return screen
    }
}
