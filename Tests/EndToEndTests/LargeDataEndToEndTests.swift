import Foundation
import Testing

/// A researcher's own large data directory (20,000 generated events, written by
/// `tahaluf-bench write-data`), seen from the command line: `check` reads it whole, and a record
/// broken deep inside is named by file, line, column and id, by `check` and by the browser, which
/// exits before touching the terminal.
@Suite(.serialized) struct LargeDataEndToEndTests {
    static let eventCount = 20_000

    static func writeData() throws -> URL {
        guard let bench = Paths.tahalufBench else {
            throw TestFailure("tahaluf-bench is not built: run `swift build --build-tests` (make test does)")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tahaluf-large-" + UUID().uuidString)
        let run = try Subprocess.run(bench, ["write-data", "--events", "\(eventCount)", "--members", "400", "--seed", "3",
                                             "--out", directory.path])
        guard run.status == 0 else { throw TestFailure("write-data failed: \(run.stderr)") }
        return directory
    }

    @Test func checkReadsEveryEvent() throws {
        let directory = try Self.writeData()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(run.status == 0, "\(run.stderr.prefix(400))")
        #expect(run.stdout.contains("valid: 20000 events, 400 members"))
    }

    @Test func aBrokenRecordDeepInsideIsNamedAndTheTerminalIsLeftAlone() throws {
        let directory = try Self.writeData()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("events.json")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let lineNumber = 17_001   // the 17,000th event
        lines[lineNumber - 1] = lines[lineNumber - 1].replacing(/"date": "[0-9-]+"/, with: "\"date\": \"2021-04-31\"",
                                                                maxReplacements: 1)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let line = lines[lineNumber - 1]
        let id = try #require(line.firstMatch(of: /"id": "([^"]+)"/)?.1)
        let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex,
                                                  to: try #require(line.range(of: "\"2021-04-31\"")).lowerBound) + 1
        let expected = "events.json:\(lineNumber):\(column): record \"\(id)\", field \"date\": impossible date \"2021-04-31\""

        let check = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(check.status == 1)
        #expect(check.stderr.contains(expected), "want \(expected) in:\n\(check.stderr.prefix(800))")

        let browse = try PtyRecording.run(["--data", directory.path], keys: ["q"], settle: 0.4)
        #expect(browse.status == 2)
        #expect(browse.stderr.contains(expected), "want \(expected) in:\n\(browse.stderr.prefix(800))")
        #expect(!browse.output.contains(0x1B), "escape sequences on the terminal: \(browse.text.debugDescription.prefix(200))")
    }
}
