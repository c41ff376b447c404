import Foundation

/// A private tmux server (its own socket, no user config) with one interactive bash, in which a
/// test types a tahaluf command line as a person would, then sends keys, resizes and reads the
/// screen.
///
/// Each run records what the terminal looked like around tahaluf: `stty -g` before and after, the
/// exit status, and the raw bytes tahaluf wrote (tmux `pipe-pane`), so a test can prove the
/// terminal came back in normal mode.
///
/// ```swift
/// let tmux = try TmuxSession()
/// try tmux.startTahaluf(["--lang", "en"])
/// try tmux.waitForFirstFrame()
/// tmux.send("q")
/// let status = try tmux.waitForExit()
/// #expect(tmux.restorationProblems().isEmpty)
/// ```
final class TmuxSession {
    let socket: String
    let directory: URL
    /// Printed by the shell after tahaluf exits (typed split in two, so the command line itself
    /// never shows it).
    private static let exitMarker = "TAHALUF-E2E-SHELL-BACK"

    init(width: Int = 120, height: Int = 40) throws {
        socket = "tahaluf-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let config = directory.appendingPathComponent("tmux.conf")
        try "set -g default-terminal tmux-256color\nset -g history-limit 0\nset -g set-clipboard on\n".write(to: config, atomically: true, encoding: .utf8)
        try tmux(["-f", config.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                  "-c", Paths.repositoryRoot.path,
                  "env", "-i", "PATH=\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")",
                  "HOME=\(NSHomeDirectory())", "LANG=C.UTF-8", "TERM=tmux-256color", "PS1=$ ",
                  "bash", "--norc", "--noprofile", "-i"])
        try waitUntil("the shell prompt") { self.screen().contains("$") }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: Running tahaluf

    /// Types `env VARS tahaluf ARGS` at the prompt, wrapped in the before/after recording.
    /// `launcher` goes before the binary (`["setsid", "-w"]`).
    func startTahaluf(_ arguments: [String], environment: [String: String] = [:], launcher: [String] = []) throws {
        guard let binary = Paths.tahaluf else { throw TestFailure(Paths.missingBinaryMessage) }
        try tmux(["pipe-pane", "-o", "cat >> \(file("raw").path)"])
        let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(quoted($0.value))" }.joined(separator: " ")
        let command = (launcher + [binary] + arguments).map(quoted).joined(separator: " ")
        let line = "clear; stty -g > \(file("before").path); env \(env) \(command); echo $? > \(file("status").path); "
            + "stty -g > \(file("after").path); printf '%s-%s\\n' TAHALUF-E2E SHELL-BACK"
        try tmux(["send-keys", "-l", line])
        try tmux(["send-keys", "Enter"])
    }

    /// Waits until tahaluf has drawn: the alternate screen is on and something is on it.
    func waitForFirstFrame(timeout: Double = 30) throws {
        try waitUntil("tahaluf's first frame", timeout: timeout) {
            self.value("alternate_on") == "1" && self.screen().contains { !$0.isWhitespace }
        }
    }

    /// Waits for tahaluf to end and the shell to print its marker; returns the exit status.
    @discardableResult
    func waitForExit(timeout: Double = 30) throws -> Int32 {
        try waitUntil("tahaluf to exit", timeout: timeout) {
            self.screen().contains(Self.exitMarker) && FileManager.default.fileExists(atPath: self.file("after").path)
        }
        let text = try String(contentsOf: file("status"), encoding: .utf8)
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// What shows the terminal is not back to normal; empty when it is.
    func restorationProblems() -> [String] {
        var problems: [String] = []
        let before = (try? String(contentsOf: file("before"), encoding: .utf8)) ?? "missing"
        let after = (try? String(contentsOf: file("after"), encoding: .utf8)) ?? "missing"
        if before != after { problems.append("tty modes changed: stty -g before \(before) after \(after)") }
        if value("alternate_on") != "0" { problems.append("still on the alternate screen") }
        if value("cursor_flag") != "1" { problems.append("cursor hidden") }
        if value("mouse_any_flag") != "0" { problems.append("mouse reporting still on") }
        if value("keypad_cursor_flag") != "0" { problems.append("keypad (application cursor) mode still on") }
        if !screen().contains(Self.exitMarker) { problems.append("the shell's output is not on the screen") }
        let raw = rawOutput()
        if let explicit = raw.range(of: "\u{1B}[8l") {
            if raw.range(of: "\u{1B}[8h", range: explicit.upperBound..<raw.endIndex) == nil {
                problems.append("CSI 8 h (bidi implicit) not sent after CSI 8 l")
            }
        } else {
            problems.append("CSI 8 l (bidi explicit) never sent")
        }
        return problems
    }

    /// The process id of the running tahaluf (a descendant of the pane's shell).
    func tahalufPID() throws -> Int32 {
        let shell = Int32(value("pane_pid")) ?? -1
        var found: Int32?
        try waitUntil("the tahaluf process") {
            guard let table = try? Self.run("/usr/bin/env", ["ps", "-eo", "pid=,ppid=,comm="]) else { return false }
            var parent: [Int32: Int32] = [:], name: [Int32: String] = [:]
            for line in table.output.split(separator: "\n") {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count >= 3, let pid = Int32(fields[0]), let ppid = Int32(fields[1]) else { continue }
                parent[pid] = ppid
                name[pid] = String(fields[2])
            }
            found = name.keys.sorted().first { pid in
                guard name[pid] == "tahaluf" else { return false }
                var p = pid
                while let up = parent[p], up > 1 { if up == shell { return true }; p = up }
                return false
            }
            return found != nil
        }
        return found!
    }

    /// Ends the tmux server: the pane's terminal disappears under whatever runs in it.
    func closeTerminal() { _ = try? tmux(["kill-server"]) }

    // MARK: Terminal operations

    func send(_ keys: String...) { _ = try? tmux(["send-keys"] + keys) }

    /// Types text as it is (no key names): Arabic letters, for example.
    func sendLiteral(_ text: String) { _ = try? tmux(["send-keys", "-l", text]) }

    /// The newest tmux paste buffer: what an OSC 52 copy put there (set-clipboard is on).
    func pasteBuffer() -> String { (try? tmux(["show-buffer"])) ?? "" }

    /// Sends raw bytes (two hex digits each) as if the terminal had sent them: mouse reports.
    func sendBytes(_ hex: [String]) { _ = try? tmux(["send-keys", "-H"] + hex) }

    /// The visible screen, one line per row.
    func screen() -> String { (try? tmux(["capture-pane", "-p"])) ?? "" }

    /// The screen with its colours and attributes, as escape sequences (`capture-pane -e`).
    func styledScreen() -> String { (try? tmux(["capture-pane", "-p", "-e"])) ?? "" }

    /// A tmux format variable of the pane (`alternate_on`, `cursor_flag`, `pane_width`).
    func value(_ name: String) -> String {
        ((try? tmux(["display-message", "-p", "#{\(name)}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) { _ = try? tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"]) }

    /// Everything written to the pane since `startTahaluf` (escape sequences included).
    func rawOutput() -> String {
        (try? Data(contentsOf: file("raw"))).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Polls `condition` until it holds; throws with `what` after `timeout` seconds.
    func waitUntil(_ what: String, timeout: Double = 30, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() > deadline {
                throw TestFailure("timed out waiting for \(what); screen:\n\(screen())")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    // MARK: Plumbing

    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    private func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        // The server's socket lives in this session's own directory (not /tmp/tmux-UID), so it
        // goes with the directory in deinit instead of piling up there.
        let result = try Self.run("/usr/bin/env", ["tmux", "-S", directory.appendingPathComponent("socket").path] + arguments)
        guard result.status == 0 else {
            throw TestFailure("tmux \(arguments.joined(separator: " ")) failed: \(result.output)")
        }
        return result.output
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try Subprocess.run(executable, arguments)
        return (result.status, result.stdout + result.stderr)
    }
}
