#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the user's terminal back the way it was when tahaluf dies without reaching `endwin`:
/// SIGTERM, SIGHUP (the SSH link dropped), SIGINT, SIGQUIT, or a Swift runtime trap.
///
/// Everything a signal handler touches is prepared in advance (`arm`), so the handler itself only
/// calls async-signal-safe functions: `tcsetattr`, `write`, `read`, `lseek`, `dup2`, `signal`,
/// `raise` and `_exit`. Why not just set a flag: a trap never returns to the run loop, and a
/// blocked loop would leave the terminal in raw mode on the alternate screen.
///
/// ```swift
/// TerminalRestore.arm(fd: 1, sequence: Array("\u{1B}[?1049l\u{1B}[8h".utf8))  // after newterm
/// TerminalRestore.disarm()                                                      // after endwin
/// ```
enum TerminalRestore {
    // What the emergency path reads, prepared in advance. `nonisolated(unsafe)`: the main thread
    // writes these only while the restore is not armed (`saveModes`, `arm`, `captureStderr` run
    // before `armed.set()`, `releaseStderr` after `disarm`), and the atomic `armed` orders those
    // writes before a handler's reads. The buffers are allocated once and never freed.
    nonisolated(unsafe) private static var fd: Int32 = -1
    nonisolated(unsafe) private static let sequence = UnsafeMutablePointer<UInt8>.allocate(capacity: 1024)
    nonisolated(unsafe) private static var sequenceLength = 0
    nonisolated(unsafe) private static let savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) private static var hasSavedModes = false
    /// While curses runs, stderr goes to an unlinked temporary file so messages (a Swift fatal
    /// error's text) do not scribble on the screen; they are copied to the real stderr afterwards.
    nonisolated(unsafe) private static var capturedStderr: Int32 = -1
    nonisolated(unsafe) private static var realStderr: Int32 = -1
    nonisolated(unsafe) private static let copyBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)

    /// Set while curses has the terminal: a handler that finds it set restores (once: it takes it).
    private static let armed = SignalFlag()
    /// Set by SIGTSTP (Ctrl-Z) and SIGCONT; the run loop acts on them, since suspending means
    /// leaving curses mode, which is not async-signal-safe.
    static let suspendRequested = SignalFlag()
    static let continued = SignalFlag()
    /// Set by SIGWINCH: ours, not ncurses', so that a resize is capped (`WindowSizeLimit`).
    static let resized = SignalFlag()

    /// Signals whose default action ends the process and that tahaluf does not otherwise handle
    /// (a CPU or file-size limit from pam_limits, timers, user signals, the real-time signals):
    /// the terminal is restored and the signal raised again, so the exit status stays truthful.
    static var otherFatalSignals: [Int32] {
        var signals = [SIGXCPU, SIGXFSZ, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGSYS, SIGIO, SIGPWR, SIGSTKFLT]
        #if os(Linux)
        signals += Array(__libc_current_sigrtmin()...__libc_current_sigrtmax())
        #endif
        return signals
    }


    /// Remembers the terminal modes of `fd` as they are now (call before curses changes them).
    static func saveModes(fd: Int32) {
        self.fd = fd
        hasSavedModes = tcgetattr(fd, savedModes) == 0
    }

    /// Sends stderr to a temporary file until `releaseStderr`.
    static func captureStderr() {
        var template = Array("/tmp/tahaluf-stderr-XXXXXX".utf8CString)
        let tmp = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard tmp >= 0 else { return }
        _ = copyBuffer  // allocated now, not first inside a signal handler
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        realStderr = dup(2)
        guard realStderr >= 0 else { close(tmp); return }
        capturedStderr = tmp
        dup2(tmp, 2)
    }

    /// Puts stderr back and shows what was written to it while curses ran.
    static func releaseStderr() {
        copyCapturedStderr()
        if capturedStderr >= 0 { close(capturedStderr); capturedStderr = -1 }
        if realStderr >= 0 { close(realStderr); realStderr = -1 }
    }

    /// Arms the emergency restore with the bytes that undo what curses did.
    static func arm(sequence bytes: [UInt8]) {
        let count = min(bytes.count, 1024)
        for i in 0..<count { sequence[i] = bytes[i] }
        sequenceLength = count
        armed.set()
    }

    static func disarm() { armed.clear() }

    /// Arms again with the sequence given before (after a resume from Ctrl-Z).
    static func rearm() { if sequenceLength > 0 { armed.set() } }

    /// The emergency path itself: async-signal-safe only.
    static func restoreNow() {
        guard armed.take() else { copyCapturedStderr(); return }
        if hasSavedModes { _ = tcsetattr(fd, TCSANOW, savedModes) }
        var offset = 0
        while offset < sequenceLength {
            let n = write(fd, sequence + offset, sequenceLength - offset)
            if n <= 0 { break }
            offset += n
        }
        copyCapturedStderr()
    }

    private static func copyCapturedStderr() {
        guard capturedStderr >= 0, realStderr >= 0 else { return }
        _ = lseek(capturedStderr, 0, SEEK_SET)
        while true {
            let n = read(capturedStderr, copyBuffer, 4096)
            if n <= 0 { break }
            _ = write(realStderr, copyBuffer, n)
        }
        _ = dup2(realStderr, 2)
        _ = ftruncate(capturedStderr, 0)
    }

    /// Installs the handlers. `kiosk`: Ctrl-C and Ctrl-Z (sent as signals by `kill`) are ignored.
    static func installHandlers(kiosk: Bool) {
        // Each flag built now, on this thread, not on first use inside a handler.
        _ = (armed.isSet, suspendRequested.isSet, continued.isSet, resized.isSet, copyBuffer)
        for signo in [SIGTERM, SIGHUP] { _ = signal(signo, restoreAndExit) }
        _ = signal(SIGQUIT, kiosk ? SIG_IGN : restoreAndExit)
        _ = signal(SIGINT, kiosk ? SIG_IGN : restoreAndExit)
        _ = signal(SIGTSTP, kiosk ? SIG_IGN : requestSuspend)
        _ = signal(SIGCONT, noteContinued)
        _ = signal(SIGWINCH, noteResized)
        for signo in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] + otherFatalSignals {
            _ = signal(signo, restoreAndReraise)
        }
        // A dead reader of a pipe must not kill us mid-frame; writes fail with EPIPE instead.
        _ = signal(SIGPIPE, SIG_IGN)
        // A launcher may have started us with signals blocked; these must get through.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signo in [SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGTSTP, SIGCONT, SIGWINCH] + otherFatalSignals {
            sigaddset(&handled, signo)
        }
        _ = sigprocmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Back to the default dispositions (after a normal shutdown). In kiosk mode the interrupt
    /// keys stay ignored until the process ends.
    static func uninstallHandlers(kiosk: Bool = false) {
        for signo in [SIGTERM, SIGHUP, SIGCONT, SIGWINCH, SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]
            + otherFatalSignals { _ = signal(signo, SIG_DFL) }
        for signo in [SIGQUIT, SIGINT, SIGTSTP] { _ = signal(signo, kiosk ? SIG_IGN : SIG_DFL) }
    }
}

/// Signal set-up that must happen before anything else the program does.
package enum EarlySignals {
    /// Kiosk mode, from the first instruction of `main`: the keys that end or stop a program
    /// (Ctrl-C, Ctrl-\\, Ctrl-Z) do nothing even before the terminal is in raw mode, while the
    /// command line is parsed and the data loads. They stay ignored until the process ends.
    package static func ignoreInterruptKeys() {
        for signo in [SIGINT, SIGQUIT, SIGTSTP] { _ = signal(signo, SIG_IGN) }
    }
}

extension TerminalRestore {
    /// The terminal went away: end as SIGHUP would, restoring what can still be restored.
    static func hangUp() -> Never {
        restoreNow()
        _exit(128 + SIGHUP)
    }
}

/// SIGTERM, SIGHUP, SIGINT, SIGQUIT: restore, then exit with the shell's 128+signal convention.
private func restoreAndExit(_ signo: Int32) {
    TerminalRestore.restoreNow()
    _exit(128 + signo)
}

/// A trap (Swift precondition, bad memory access): restore, then die of the same signal so the
/// exit status and any core dump stay truthful.
private func restoreAndReraise(_ signo: Int32) {
    TerminalRestore.restoreNow()
    _ = signal(signo, SIG_DFL)
    _ = raise(signo)
}

private func requestSuspend(_ signo: Int32) { TerminalRestore.suspendRequested.set() }
private func noteContinued(_ signo: Int32) { TerminalRestore.continued.set() }
private func noteResized(_ signo: Int32) { TerminalRestore.resized.set() }
