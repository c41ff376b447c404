import Foundation
import Testing

/// A data file that is not a regular file (a named pipe that nobody writes, a link to a device)
/// is refused at once with a message naming it, by every command that reads data: nothing hangs in
/// `open`, and no keyboard or endless device is read as data.
@Suite struct SpecialFileTests {
    enum Special: String, CaseIterable, CustomTestStringConvertible {
        case fifo, device
        var testDescription: String { rawValue }
        var message: String { self == .fifo ? "named pipe" : "device" }
    }

    /// A copy of the bundled data whose events.json is replaced by the special file.
    static func dataDirectory(_ special: Special) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-special-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let resources = Paths.repositoryRoot.appendingPathComponent("Resources")
        for name in ["sources", "members", "groups", "figures"] {
            try FileManager.default.copyItem(at: resources.appendingPathComponent("\(name).json"),
                                             to: directory.appendingPathComponent("\(name).json"))
        }
        let events = directory.appendingPathComponent("events.json").path
        switch special {
        case .fifo: #expect(mkfifo(events, 0o600) == 0)
        case .device: try FileManager.default.createSymbolicLink(atPath: events, withDestinationPath: "/dev/zero")
        }
        return directory
    }

    /// `timeout` bounds the run: before the fix, `open` on a FIFO never returned.
    static func run(_ arguments: [String]) throws -> Subprocess.Result {
        guard let binary = Paths.tahaluf else { throw TestFailure(Paths.missingBinaryMessage) }
        return try Subprocess.run("/usr/bin/timeout", ["20", binary] + arguments)
    }

    @Test(arguments: Special.allCases, [["check"], ["dump", "timeline"], []])
    func aSpecialFileIsRefusedWithItsName(special: Special, command: [String]) throws {
        let directory = try Self.dataDirectory(special)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try Self.run(command + ["--data", directory.path])
        #expect(run.status != 124, "must not hang")
        #expect(run.status != 0)
        #expect(run.stderr.contains("events.json"), "\(run.stderr)")
        #expect(run.stderr.contains(special.message), "\(run.stderr)")
    }
}
