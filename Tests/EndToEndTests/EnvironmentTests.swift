import Foundation
import Testing

/// Terminals and locales that cannot show everything still get a clear, working answer.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct EnvironmentTests {
    @Test func nonUTF8LocaleFallsBackToASCIIWithANotice() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled, environment: ["LANG": "C", "LC_ALL": "C"])
        try tmux.waitForFirstFrame()
        #expect(!tmux.screen().unicodeScalars.contains { $0.value > 0x7E }, "only ASCII on screen")
        #expect(tmux.screen().contains("not UTF-8: ASCII mode"), "the notice in the status bar")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.screen().contains("not UTF-8: ASCII mode"), "the one-line notice stays on the shell's screen")
        #expect(tmux.restorationProblems() == [])
    }

    @Test func dumbTerminalSuggestsDump() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled, environment: ["TERM": "dumb"])
        #expect(try tmux.waitForExit() == 2)
        #expect(tmux.screen().contains("tahaluf dump"))
        #expect(!tmux.rawOutput().contains("\u{1B}[8l"), "curses never started")
    }

    @Test func unknownTerminalSuggestsDump() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled, environment: ["TERM": "no-such-terminal-xyz"])
        #expect(try tmux.waitForExit() == 2)
        #expect(tmux.screen().contains("no-such-terminal-xyz"))
    }

    /// Kiosk: Ctrl-C and Ctrl-Z are keys the app ignores, not signals; SIGTERM still restores.
    @Test func kioskIgnoresCtrlCAndCtrlZ() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--kiosk"])
        try tmux.waitForFirstFrame()
        tmux.send("C-c")
        tmux.send("C-z")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(tmux.value("alternate_on") == "1", "still running after Ctrl-C and Ctrl-Z")
        kill(try tmux.tahalufPID(), SIGTERM)
        #expect(try tmux.waitForExit() == 128 + SIGTERM)
        #expect(tmux.restorationProblems() == [])
    }

    @Test func noMouseNeverTurnsMouseReportingOn() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--no-mouse"])
        try tmux.waitForFirstFrame()
        #expect(tmux.value("mouse_any_flag") == "0")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func mouseReportingIsOnByDefault() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        #expect(tmux.value("mouse_any_flag") == "1")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems() == [])
    }

    /// The Linux console and vt100-class kiosk terminals: the browser starts, draws, answers a key and
    /// restores the terminal; vt100 has no colours, so nothing but bold, underline and reverse is sent.
    @Test(arguments: ["vt100", "linux"])
    func oldTerminalsWork(term: String) throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--lang", "en"], environment: ["TERM": term])
        // Neither terminal has an alternate screen: wait for the drawing itself.
        try tmux.waitUntil("the timeline") { tmux.screen().contains("Timeline 1/") }
        tmux.send("Down")
        try tmux.waitUntil("the second event") { tmux.screen().contains("Timeline 2/") }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems() == [])
        if term == "vt100" {
            #expect(tmux.rawOutput().range(of: #"\x1B\[([0-9;]*;)?[34][0-9](;[0-9;]*)?m"#, options: .regularExpression) == nil,
                    "vt100 gets no colour sequences")
        }
    }

    /// The colours follow terminfo and NO_COLOR: 256-colour sequences on tmux-256color, only the
    /// eight ANSI colours on xterm, none at all with NO_COLOR (bold and reverse still show).
    @Test(arguments: [("tmux-256color", false, "256"), ("xterm", false, "8"), ("tmux-256color", true, "none")])
    func coloursFollowTheTerminal(term: String, noColor: Bool, expected: String) throws {
        let tmux = try TmuxSession()
        var environment = ["TERM": term]
        if noColor { environment["NO_COLOR"] = "1" }
        try tmux.startTahaluf(TestData.bundled + ["--lang", "en"], environment: environment)
        try tmux.waitForFirstFrame()
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let raw = tmux.rawOutput()
        let indexed = raw.contains("\u{1B}[38;5;") || raw.contains("\u{1B}[48;5;") || raw.contains(";38;5;") || raw.contains(";48;5;")
        let basic = raw.range(of: #"\x1B\[([0-9;]*;)?[34][0-7](;[0-9;]*)?m"#, options: .regularExpression) != nil
        switch expected {
        case "256": #expect(indexed)
        case "8": #expect(!indexed && basic)
        default:
            #expect(!indexed && !basic, "no colour with NO_COLOR")
            #expect(raw.contains("\u{1B}[7m") || raw.contains(";7m") || raw.contains("\u{1B}[1m"), "attributes still used")
        }
    }

    /// `--bidi terminal` sends logical order for the terminal to reorder: BDSM stays implicit.
    @Test func terminalBidiModeLeavesTheTerminalsBidiAlone() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--bidi", "terminal"])
        try tmux.waitForFirstFrame()
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(!tmux.rawOutput().contains("\u{1B}[8l"))
    }
}
