import Foundation
import Testing

/// The terminal comes back in normal mode however tahaluf ends: q, signals, a crash, Ctrl-Z.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct LifecycleTests {
    @Test func quitWithQRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        #expect(tmux.value("cursor_flag") == "0", "the cursor is hidden while browsing")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems() == [])
    }

    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("INT", SIGINT), ("QUIT", SIGQUIT)])
    func signalRestoresTheTerminal(name: String, number: Int32) throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        kill(try tmux.tahalufPID(), number)
        #expect(try tmux.waitForExit() == 128 + number, "SIG\(name) exits with 128+signal")
        #expect(tmux.restorationProblems() == [])
    }

    @Test func ctrlCQuitsAndRestores() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        tmux.send("C-c")
        #expect(try tmux.waitForExit() == 128 + SIGINT)
        #expect(tmux.restorationProblems() == [])
    }

    /// A crash (here a SIGSEGV from outside, the same handler as a Swift runtime trap) restores the
    /// terminal and still dies of its signal.
    @Test func crashRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        kill(try tmux.tahalufPID(), SIGSEGV)
        #expect(try tmux.waitForExit() == 128 + SIGSEGV)
        #expect(tmux.restorationProblems() == [])
    }

    /// Ctrl-Z leaves curses mode (the shell is usable), `fg` repaints the whole screen.
    @Test func ctrlZSuspendsAndFgResumes() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        let frame = tmux.screen()
        tmux.send("C-z")
        try tmux.waitUntil("the shell to report the stopped job") {
            tmux.value("alternate_on") == "0" && tmux.screen().contains("Stopped")
        }
        #expect(tmux.value("cursor_flag") == "1")
        tmux.send("fg", "Enter")
        try tmux.waitForFirstFrame()
        try tmux.waitUntil("the full repaint after fg") { tmux.screen() == frame }
        let raw = tmux.rawOutput()
        #expect(raw.components(separatedBy: "\u{1B}[8l").count - 1 == 2, "CSI 8 l again after resuming")
        tmux.send("q")
        try tmux.waitUntil("tahaluf to exit") { tmux.value("alternate_on") == "0" }
        #expect(tmux.value("cursor_flag") == "1")
    }

    /// The terminal vanishes without a SIGHUP reaching tahaluf (here it runs in its own session,
    /// so the pane is not its controlling terminal): it notices the hang-up and ends instead of
    /// spinning on failed reads.
    @Test func vanishedTerminalEndsTahaluf() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled, launcher: ["setsid", "-w"])
        try tmux.waitForFirstFrame()
        let pid = try tmux.tahalufPID()
        tmux.closeTerminal()
        try tmux.waitUntil("tahaluf to end") {
            // Gone, or a zombie waiting for init to reap it.
            let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?
                .split(separator: ")").last?.split(separator: " ").first
            return state == nil || state == "Z"
        }
    }
}
