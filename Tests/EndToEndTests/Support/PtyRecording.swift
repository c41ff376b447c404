import Foundation

/// Runs the built `tahaluf` on a pseudo-terminal of its own (Python's `pty` module) and records
/// every byte it writes, so a test can look for what must never reach a terminal: an escape
/// sequence taken from the data, the alternate-screen switch after a failed start. tmux's
/// capture shows only the resulting screen; this shows the raw stream.
///
/// ```swift
/// let run = try PtyRecording.run(["--data", dir.path], keys: ["j", "\r", "q"])
/// run.status          // 0
/// run.output          // the raw bytes written to the terminal
/// run.stderr          // standard error, kept apart from the terminal (separateStderr: true)
/// ```
struct PtyRecording {
    /// The exit status, or 128 + N when killed by signal N; -1 when it had to be killed after `timeout`.
    var status: Int32
    var output: [UInt8]
    var stderr: String

    var text: String { String(decoding: output, as: UTF8.self) }

    /// Starts `tahaluf ARGS` at `width`x`height` with `TERM=xterm-256color LANG=C.UTF-8`, waits
    /// `settle` seconds, types each key (bytes, e.g. "\u{1B}[B" for Down) with `settle` seconds
    /// after each, then waits up to `timeout` seconds for the exit. `wrapper` goes before the
    /// program on its command line (`["strace", "-o", path]`).
    static func run(_ arguments: [String], keys: [String] = [], width: Int = 100, height: Int = 30,
                    settle: Double = 0.6, timeout: Double = 10, separateStderr: Bool = true,
                    environment: [String: String] = [:], wrapper: [String] = []) throws -> PtyRecording {
        guard let binary = Paths.tahaluf else { throw TestFailure(Paths.missingBinaryMessage) }
        guard let python = Paths.executable(named: "python3") else { throw TestFailure("python3 is needed for pty tests") }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-pty-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputFile = directory.appendingPathComponent("output"), errorFile = directory.appendingPathComponent("stderr")
        let hexKeys = keys.map { Array($0.utf8).map { String(format: "%02x", $0) }.joined() }.joined(separator: ",")

        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSHomeDirectory(),
                   "TERM": "xterm-256color", "LANG": "C.UTF-8"]
        for (key, value) in environment { env[key] = value }
        let result = try Subprocess.run("/usr/bin/env", ["-C", Paths.repositoryRoot.path, python, "-c", script, outputFile.path,
                                                         separateStderr ? errorFile.path : "-", "\(width)", "\(height)",
                                                         "\(settle)", "\(timeout)", hexKeys] + wrapper + [binary] + arguments,
                                        environment: env)
        guard result.status == 0, let status = Int32(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TestFailure("the pty runner failed: \(result.stdout) \(result.stderr)")
        }
        return PtyRecording(status: status, output: [UInt8]((try? Data(contentsOf: outputFile)) ?? Data()),
                            stderr: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }

    /// argv: output-file stderr-file|- cols rows settle timeout hex-keys command...
    /// Prints the exit status (128+N for signal N, -1 after a timeout).
    private static let script = #"""
import fcntl, os, pty, select, signal, struct, sys, termios, time
out_path, err_path, cols, rows, settle, timeout, keys = sys.argv[1:8]
command = sys.argv[8:]
pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", int(rows), int(cols), 0, 0))
    if err_path != "-":
        e = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(e, 2)
    os.execvp(command[0], command)
output = bytearray()
def pump(seconds):
    end = time.time() + seconds
    while True:
        left = end - time.time()
        if left <= 0: return True
        r, _, _ = select.select([fd], [], [], left)
        if r:
            try: chunk = os.read(fd, 65536)
            except OSError: return False
            if not chunk: return False
            output.extend(chunk)
alive = pump(float(settle))
for key in [k for k in keys.split(",") if k]:
    if not alive: break
    try: os.write(fd, bytes.fromhex(key))
    except OSError: break
    alive = pump(float(settle))
status = None
end = time.time() + float(timeout)
while status is None and time.time() < end:
    done, raw = os.waitpid(pid, os.WNOHANG)
    if done:
        status = os.waitstatus_to_exitcode(raw)
        status = 128 - status if status < 0 else status
    else:
        pump(0.05)
if status is None:
    os.kill(pid, signal.SIGKILL); os.waitpid(pid, 0); status = -1
try:
    while pump(0.05) and select.select([fd], [], [], 0)[0]: pass
except OSError: pass
open(out_path, "wb").write(bytes(output))
print(status)
"""#
}
