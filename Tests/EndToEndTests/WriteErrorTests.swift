import Foundation
import Testing

/// A command whose output cannot be written (a full disk, `/dev/full`, a closed standard output)
/// says so on standard error and exits 74 (EX_IOERR): a script never takes a cut file for a whole
/// one.
@Suite struct WriteErrorTests {
    enum Target: String, CaseIterable, CustomTestStringConvertible {
        case devFull, closed
        var testDescription: String { rawValue }
        /// The shell redirection that makes the target standard output.
        var redirection: String { self == .devFull ? ">/dev/full" : ">&-" }
    }

    static let commands: [[String]] = [
        ["dump", "all"], ["export", "--format", "json"], ["export", "--format", "csv"],
        ["export", "--format", "bibtex"], ["check"], ["cite", "SAU"],
    ]

    static func run(_ arguments: [String], _ target: Target) throws -> Subprocess.Result {
        guard let binary = Paths.tahaluf else { throw TestFailure(Paths.missingBinaryMessage) }
        // "$0" is the binary, "$@" the arguments: nothing is quoted by hand.
        return try Subprocess.run("/bin/sh", ["-c", "exec \"$0\" \"$@\" \(target.redirection)", binary]
                                  + arguments + ["--data", Paths.repositoryRoot.appendingPathComponent("Resources").path])
    }

    @Test(arguments: commands, Target.allCases)
    func anUnwritableOutputExits74WithAMessage(command: [String], target: Target) throws {
        let run = try Self.run(command, target)
        #expect(run.status == 74, "\(command) \(target.redirection): \(run.stderr)")
        #expect(run.stderr.contains("cannot write to standard output"), "\(run.stderr)")
        #expect(run.stderr.contains(target == .devFull ? "No space left" : "Bad file descriptor"), "\(run.stderr)")
    }

    /// The control case: the same commands into a file succeed, so 74 above comes from the target.
    @Test(arguments: commands)
    func aWritableOutputExits0(command: [String]) throws {
        let run = try CommandRun.tahaluf(command + TestData.bundled)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.isEmpty)
    }
}
