import Foundation
import Testing

/// `--exit-key` (issue 15, item 6): a key that names nothing, or one the browser already uses, is
/// a usage error naming the accepted forms, so a kiosk never starts without the way out its
/// operator meant; a valid one exits, and Esc and Alt-keys (Esc then the key) do not.
@Suite struct ExitKeyTests {
    static let refused = ["banana", "", "F99", "F0", "esc", "Escape", "x", "q", "ctrl-c", "^Z", "ctrl-l", "ctrl-m",
                          "ctrl-", "ctrl-1", "\u{1B}[31m"]

    @Test(arguments: refused)
    func aKeyThatNamesNothingOrIsTakenIsAUsageError(key: String) throws {
        let run = try CommandRun.tahaluf(["--kiosk", "--exit-key", key] + TestData.bundled)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.contains("F1 to F24") && run.stderr.contains("ctrl-LETTER"), "the accepted forms: \(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}"), "the key is escaped in the message")
    }

    @Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
    struct InATerminal {
        @Test(arguments: [("F10", "F10"), ("ctrl-x", "C-x"), ("^T", "C-t")])
        func theExitKeyExitsAndEscAndAltKeysDoNot(option: String, tmuxKey: String) throws {
            let tmux = try TmuxSession()
            try tmux.startTahaluf(TestData.bundled + ["--kiosk", "--lang", "en", "--exit-key", option])
            try tmux.waitForFirstFrame()
            tmux.send("Escape")
            tmux.send("M-x")
            tmux.send("M-t")
            tmux.send("?")          // answered only if Esc and the Alt-keys left it running
            try tmux.waitUntil("the help after Esc and Alt-keys") { tmux.screen().contains("Keys") }
            tmux.send(tmuxKey)
            #expect(try tmux.waitForExit() == 0)
            #expect(tmux.restorationProblems() == [])
        }
    }
}
