import Foundation

/// One run of `tahaluf` without a terminal (stdin from /dev/null, output collected).
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs the built tahaluf with `arguments`; `environment` adds to (or, with nil, removes from)
    /// the test's own environment.
    static func tahaluf(_ arguments: [String], environment: [String: String?] = [:]) throws -> CommandRun {
        guard let binary = Paths.tahaluf else { throw TestFailure(Paths.missingBinaryMessage) }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        // From the package root, as a person runs it after `make`.
        let result = try Subprocess.run("/usr/bin/env", ["-C", Paths.repositoryRoot.path, binary] + arguments, environment: env)
        return CommandRun(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
