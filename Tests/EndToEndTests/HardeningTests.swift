import Foundation
import Testing

/// What an untrusted user on an SSH host or a kiosk can do to the process from outside: set a huge
/// window size, stop and continue it, send it signals nobody handles. Each ends with a usable
/// terminal and bounded memory.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct HardeningTests {
    /// Peak resident memory of a process, in MiB.
    static func peakMiB(_ pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kib = Double(line.split(separator: " ", omittingEmptySubsequences: true)[1]) else { return nil }
        return kib / 1024
    }

    /// A window far over the limit (an SSH client chooses the pty size) is drawn in its top-left
    /// 500x200 cells with a notice, and ncurses never allocates for the whole window.
    @Test func anOversizedWindowIsCappedAtStartAndOnResize() throws {
        let tmux = try TmuxSession(width: 1500, height: 600)
        try tmux.startTahaluf(TestData.bundled + ["--lang", "en"])
        try tmux.waitForFirstFrame()
        let pid = try tmux.tahalufPID()
        try tmux.waitUntil("the notice about the window size") { tmux.screen().contains("Window larger") }
        let screen = tmux.screen()
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count >= 600)
        #expect(rows.dropFirst(200).allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty },
                "nothing drawn below row 200")
        #expect(rows.prefix(200).allSatisfy { $0.count <= 500 }, "nothing drawn right of column 500")
        tmux.resize(width: 3000, height: 1200)
        try tmux.waitUntil("the repaint after growing") { tmux.screen().contains("Window larger") }
        tmux.resize(width: 120, height: 40)
        try tmux.waitUntil("the repaint at 120x40") {
            let screen = tmux.screen()
            return !screen.contains("Window larger") && screen.contains("Timeline")
        }
        let peak = try #require(Self.peakMiB(pid))
        #expect(peak < 150, "peak RSS \(peak) MiB: the window's size must not reach ncurses")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems() == [])
    }

    /// SIGSTOP from outside (not Ctrl-Z), the tty put back to cooked mode meanwhile (as a shell
    /// does), then SIGCONT: tahaluf sets program mode again, so keys do not echo over the UI and,
    /// in kiosk mode, Ctrl-C and Ctrl-\ stay plain keys.
    @Test(arguments: [false, true])
    func sigcontAfterSigstopRestoresProgramMode(kiosk: Bool) throws {
        let tmux = try TmuxSession()
        // In a session of its own, so the shell's job control does not take the terminal back.
        try tmux.startTahaluf(TestData.bundled + (kiosk ? ["--kiosk"] : []), launcher: ["setsid", "-w"])
        try tmux.waitForFirstFrame()
        let pid = try tmux.tahalufPID()
        let tty = tmux.value("pane_tty")
        kill(pid, SIGSTOP)
        try tmux.waitUntil("the process to stop") { Self.state(pid) == "T" }
        _ = try Subprocess.run("/bin/stty", ["-F", tty, "sane"])
        #expect(try Self.modes(tty).contains(" icanon"), "the tty is cooked while stopped")
        kill(pid, SIGCONT)
        try tmux.waitUntil("program mode again") {
            guard let modes = try? Self.modes(tty) else { return false }
            return modes.contains("-icanon") && modes.contains("-echo ") && (!kiosk || modes.contains("-isig"))
        }
        kill(pid, SIGTERM)
        _ = try? tmux.waitForExit()
    }

    /// Signals whose default action ends the process but that nothing else handles (a CPU or file
    /// size limit from pam_limits, timers, user signals): the terminal is restored and the exit
    /// status names the signal.
    @Test(arguments: [SIGXCPU, SIGXFSZ, SIGUSR1, SIGUSR2, SIGALRM])
    func anUnhandledFatalSignalRestoresTheTerminal(signal: Int32) throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        kill(try tmux.tahalufPID(), signal)
        #expect(try tmux.waitForExit() == 128 + signal)
        #expect(tmux.restorationProblems() == [])
    }

    /// In kiosk mode the signals the interrupt keys send (SIGINT, SIGQUIT, SIGTSTP) do nothing.
    @Test func theKioskIgnoresInterruptSignals() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--kiosk"])
        try tmux.waitForFirstFrame()
        let pid = try tmux.tahalufPID()
        for signal in [SIGINT, SIGQUIT, SIGTSTP] { kill(pid, signal) }
        Thread.sleep(forTimeInterval: 0.5)
        #expect(Self.state(pid) == "S" || Self.state(pid) == "R", "still running")
        kill(pid, SIGTERM)
        #expect(try tmux.waitForExit() == 128 + SIGTERM)
    }

    static func state(_ pid: Int32) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?
            .split(separator: ")").last?.split(separator: " ").first.map(String.init)
    }

    static func modes(_ tty: String) throws -> String {
        " " + (try Subprocess.run("/bin/stty", ["-F", tty, "-a"])).stdout.replacingOccurrences(of: "\n", with: " ") + " "
    }
}
