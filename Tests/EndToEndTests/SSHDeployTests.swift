import Foundation
import Testing

/// The OpenSSH `ForceCommand` recipe of Docs/DEPLOY.md, run for real: a private `sshd` on a free
/// loopback port, its own host key, one authorised client key and the recipe's `Match` block read
/// from the document (`ForceCommand <tahaluf> --no-mouse`, `DisableForwarding yes`…); a client in tmux (`ssh -tt ... root@127.0.0.1 <another command>`) as a researcher
/// would connect.
///
/// Needs root (sshd must switch to the logged-in user), `/usr/sbin/sshd`, `ssh`, `ssh-keygen` and
/// tmux (`make test` installs them); skipped with the reason otherwise, or when sshd cannot
/// listen (a container without the needed privileges).
@Suite(.serialized, .enabled(if: LoopbackSSHServer.unavailableReason == nil, "\(LoopbackSSHServer.unavailableReason ?? "")"))
struct SSHDeployTests {
    /// The client asks for another command; the server runs tahaluf anyway, and q ends the session.
    @Test func forceCommandRunsTahalufWhateverTheClientAsks() throws {
        guard let server = try LoopbackSSHServer.start() else { return }
        let tmux = try TmuxSession(width: 100, height: 30)
        let hijack = server.directory.appendingPathComponent("hijacked")
        tmux.type(server.clientCommand(remote: "touch \(hijack.path)")
                  + "; printf 'SSH-%s-%s\\n' ENDED $?")
        try tmux.waitUntil("tahaluf's Arabic title over SSH") { tmux.screen().contains(LoopbackSSHServer.arabicTitle) }
        #expect(tmux.screen().contains("2014"), "the timeline is not on screen")
        tmux.send("q")
        try tmux.waitUntil("the SSH session to end") { tmux.screen().contains("SSH-ENDED-") }
        #expect(tmux.screen().contains("SSH-ENDED-0"), "ssh exit status: \(tmux.screen())")
        #expect(!FileManager.default.fileExists(atPath: hijack.path), "the client's own command ran")
        #expect(server.tahalufProcesses().isEmpty)
    }

    /// `ssh -N -L` asks for no session, so `ForceCommand` never runs: the recipe's
    /// `DisableForwarding yes` must refuse the tunnel itself, to a TCP port and to a Unix socket
    /// (which `AllowTcpForwarding no` alone lets through).
    @Test(arguments: [false, true])
    func portForwardingWithoutASessionIsRefused(unixSocket: Bool) throws {
        guard let server = try LoopbackSSHServer.start() else { return }
        #expect(try server.forwardingResult(unixSocket: unixSocket) == "REFUSED")
    }

    /// A dropped link: the client dies (SIGKILL, as when a laptop lid closes and the TCP link goes
    /// away); sshd hangs up the pty, and the server-side tahaluf must exit, not linger as an orphan.
    @Test func theServerSideProgramExitsWhenTheClientDies() throws {
        guard let server = try LoopbackSSHServer.start() else { return }
        let tmux = try TmuxSession(width: 100, height: 30)
        tmux.type(server.clientCommand(remote: "anything"))
        try tmux.waitUntil("tahaluf's Arabic title over SSH") { tmux.screen().contains(LoopbackSSHServer.arabicTitle) }
        var remote: [Int32] = []
        try tmux.waitUntil("the server-side tahaluf process") { remote = server.tahalufProcesses(); return !remote.isEmpty }
        let clients = ProcessTree.descendants(of: Int32(tmux.value("pane_pid")) ?? -1).filter { ProcessTree.command(of: $0) == "ssh" }
        try #require(clients.count == 1, "ssh client processes: \(clients)")
        kill(clients[0], SIGKILL)
        try tmux.waitUntil("the server-side tahaluf to exit", timeout: 10) {
            remote.allSatisfy { !ProcessTree.isAlive($0) } && server.tahalufProcesses().isEmpty
        }
    }
}

/// A private sshd on 127.0.0.1, stopped when the value is released.
final class LoopbackSSHServer {
    static let sshd = "/usr/sbin/sshd"
    /// "تحالف" as the screen shows it: shaped (presentation forms) and in visual order.
    static let arabicTitle = "\u{FED2}\u{FEDF}\u{FE8E}\u{FEA4}\u{FE97}"

    static var unavailableReason: String? {
        if getuid() != 0 { return "not root: sshd cannot log a user in" }
        if !FileManager.default.isExecutableFile(atPath: sshd) { return "no \(sshd) (apt-get install openssh-server)" }
        for tool in ["ssh", "ssh-keygen", "tmux", "python3"] where Paths.executable(named: tool) == nil {
            return "no \(tool) on PATH"
        }
        if Paths.tahaluf == nil { return Paths.missingBinaryMessage }
        return nil
    }

    let directory: URL
    let port: Int
    /// The daemon's process id (from its PidFile).
    private let pid: pid_t

    private init(directory: URL, port: Int, pid: pid_t) {
        self.directory = directory; self.port = port; self.pid = pid
    }

    deinit {
        for pid in tahalufProcesses() { kill(pid, SIGKILL) }
        kill(pid, SIGTERM)
        try? FileManager.default.removeItem(at: directory)
    }

    /// The server, listening; nil (with the reason printed) when sshd will not start here.
    static func start() throws -> LoopbackSSHServer? {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-sshd-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // sshd's privilege-separation directory; Debian creates it only when the service starts.
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for key in ["host_key", "client_key"] {
            try run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", directory.appendingPathComponent(key).path])
        }
        try FileManager.default.copyItem(at: directory.appendingPathComponent("client_key.pub"),
                                         to: directory.appendingPathComponent("authorized_keys"))
        let port = try freePort()
        let binary = URL(fileURLWithPath: Paths.tahaluf!).standardizedFileURL.path
        let config = """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(directory.path)/host_key
            PidFile \(directory.path)/sshd.pid
            AuthorizedKeysFile \(directory.path)/authorized_keys
            PermitRootLogin prohibit-password
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PrintMotd no
            PrintLastLog no
            SetEnv LANG=C.UTF-8
            \(try deployRecipeMatchBlock(binary: binary))

            """
        try config.write(to: directory.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)

        // sshd forks into the background once it listens, and writes its PidFile.
        let started = try Subprocess.run(sshd, ["-f", directory.appendingPathComponent("sshd_config").path,
                                                "-E", directory.appendingPathComponent("sshd.log").path])
        func daemon() -> pid_t? {
            (try? String(contentsOf: directory.appendingPathComponent("sshd.pid"), encoding: .utf8))
                .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        let deadline = Date().addingTimeInterval(5)
        while started.status == 0, daemon() == nil || !isListening(port), Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        guard started.status == 0, let pid = daemon(), isListening(port) else {
            let log = (try? String(contentsOf: directory.appendingPathComponent("sshd.log"), encoding: .utf8)) ?? ""
            print("SSHDeployTests skipped: sshd did not start on port \(port): \(started.stderr) \(log)")
            try? FileManager.default.removeItem(at: directory)
            return nil
        }
        return LoopbackSSHServer(directory: directory, port: port, pid: pid)
    }

    /// The `Match User coalition` block of Docs/DEPLOY.md, for the logged-in test user (root) and
    /// the built binary: the test runs the recipe itself, so the two cannot drift apart.
    static func deployRecipeMatchBlock(binary: String) throws -> String {
        let doc = try String(contentsOf: Paths.repositoryRoot.appendingPathComponent("Docs/DEPLOY.md"), encoding: .utf8)
        guard let marker = doc.range(of: "<!-- sshd-match:"),
              let open = doc.range(of: "```\n", range: marker.upperBound..<doc.endIndex),
              let close = doc.range(of: "```", range: open.upperBound..<doc.endIndex) else {
            throw TestFailure("Docs/DEPLOY.md: no sshd-match block")
        }
        let block = String(doc[open.upperBound..<close.lowerBound])
        guard block.hasPrefix("Match User coalition\n"), block.contains("ForceCommand /usr/local/bin/tahaluf ") else {
            throw TestFailure("Docs/DEPLOY.md: the sshd-match block changed shape:\n\(block)")
        }
        return block.replacingOccurrences(of: "Match User coalition", with: "Match User root")
            .replacingOccurrences(of: "ForceCommand /usr/local/bin/tahaluf ", with: "ForceCommand \(binary) ")
    }

    /// What `ssh -N -L LOCAL:TARGET` (no session, so `ForceCommand` never runs) gets through to
    /// TARGET, a TCP port or a Unix socket on the server that answers "SECRET": "FORWARDED" or
    /// "REFUSED"; "NO-SSH" when the client ended before its forward listened.
    func forwardingResult(unixSocket: Bool) throws -> String {
        let script = """
            import json, os, socket, subprocess, sys, threading, time
            ssh, unix, work = json.loads(sys.argv[1]), sys.argv[2] == "1", sys.argv[3]
            if unix:
                target = os.path.join(work, "target.sock")
                server = socket.socket(socket.AF_UNIX); server.bind(target)
            else:
                server = socket.socket(); server.bind(("127.0.0.1", 0))
                target = "127.0.0.1:%d" % server.getsockname()[1]
            server.listen(1)
            def serve():
                client, _ = server.accept(); client.sendall(b"SECRET\\n"); client.close()
            threading.Thread(target=serve, daemon=True).start()
            probe = socket.socket(); probe.bind(("127.0.0.1", 0)); local = probe.getsockname()[1]; probe.close()
            client = subprocess.Popen(ssh + ["-N", "-L", "%d:%s" % (local, target)], stderr=subprocess.DEVNULL)
            result, deadline = "NO-SSH", time.time() + 20
            while time.time() < deadline and client.poll() is None:
                try:
                    connection = socket.create_connection(("127.0.0.1", local), 1)
                except OSError:
                    time.sleep(0.1); continue
                connection.settimeout(10)
                try:
                    answer = connection.recv(100)
                except OSError:
                    answer = b""
                result = "FORWARDED" if b"SECRET" in answer else "REFUSED"
                break
            client.terminate(); client.wait()
            print(result)
            """
        let ssh = ["ssh", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                   "-o", "BatchMode=yes", "-i", "\(directory.path)/client_key", "-p", "\(port)", "root@127.0.0.1"]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: ssh), as: UTF8.self)
        let run = try Subprocess.run(Paths.executable(named: "python3") ?? "python3",
                                     ["-c", script, json, unixSocket ? "1" : "0", directory.path])
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The command line a researcher types, asking for `remote` instead of a terminal session.
    func clientCommand(remote: String) -> String {
        "ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes "
            + "-i \(directory.path)/client_key -p \(port) root@127.0.0.1 \(remote)"
    }

    /// tahaluf processes started by this sshd (its sessions), by walking /proc down from it.
    func tahalufProcesses() -> [Int32] {
        ProcessTree.descendants(of: pid).filter {
            ProcessTree.command(of: $0) == "tahaluf" && ProcessTree.isAlive($0)
        }
    }

    private static func freePort() throws -> Int {
        let output = try run("python3", ["-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
        guard let port = Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw TestFailure("no free port: \(output)") }
        return port
    }

    private static func isListening(_ port: Int) -> Bool {
        (try? run("python3", ["-c", "import socket; socket.create_connection(('127.0.0.1', \(port)), 1).close()"])) != nil
    }

    @discardableResult
    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try Subprocess.run(Paths.executable(named: tool) ?? tool, arguments)
        guard result.status == 0 else { throw TestFailure("\(tool) failed: \(result.stdout)\(result.stderr)") }
        return result.stdout
    }
}

/// The process tree from /proc (Linux).
enum ProcessTree {
    /// Every process below `root`, children before grandchildren.
    static func descendants(of root: Int32) -> [Int32] {
        var parents: [Int32: [Int32]] = [:]
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for pid in entries.compactMap({ Int32($0) }) {
            if let parent = stat(pid)?.parent { parents[parent, default: []].append(pid) }
        }
        var found: [Int32] = [], queue = [root]
        while let next = queue.popLast() {
            let children = parents[next] ?? []
            found += children
            queue += children
        }
        return found
    }

    static func command(of pid: Int32) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Running (not gone, not a zombie waiting to be reaped).
    static func isAlive(_ pid: Int32) -> Bool {
        guard let state = stat(pid)?.state else { return false }
        return state != "Z" && state != "X"
    }

    /// State and parent from /proc/PID/stat ("pid (comm) S ppid ..."; comm may hold spaces).
    private static func stat(_ pid: Int32) -> (state: Character, parent: Int32)? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 2, let state = fields[0].first, let parent = Int32(fields[1]) else { return nil }
        return (state, parent)
    }
}

extension TmuxSession {
    /// Types a command line at the shell prompt and presses Enter.
    func type(_ line: String) {
        send("-l", line)
        send("Enter")
    }
}
