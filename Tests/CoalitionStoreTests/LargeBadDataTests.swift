import Foundation
import Testing
import CoalitionStore
import TahalufTestSupport

/// Bad data deep inside a large generated directory (20,000 events, one per line, as
/// `tahaluf-bench write-data` writes them), loaded through `Store.load(directory:)`: the error
/// names the file, line and column (and the record, where the data names one), as a user reads
/// it in `DataLoadError.description`, and nothing is half-loaded. Only the public API, so a
/// rewrite of the loader keeps these meaningful.
@Suite struct LargeBadDataTests {
    static let eventCount = 20_000
    /// The 15,000th event (1-based): line 15,001 of `events.json`, after the opening `[`.
    static let record = 15_000
    static var recordLine: Int { record + 1 }

    /// Written once per test process (13 MiB, left in the temporary directory like other
    /// fixtures); each test changes a copy and removes it.
    static let original: String = {
        let path = NSTemporaryDirectory() + "tahaluf-large-bad-data-" + UUID().uuidString
        try! SyntheticDataWriter.write(events: eventCount, members: 500, seed: 15, to: path)
        return path
    }()

    /// A copy of the generated directory whose `events.json` line `line` (1-based) is changed.
    static func directory(changingLine line: Int, name: String = #function, _ change: (String) -> String) throws -> String {
        let path = NSTemporaryDirectory() + "tahaluf-large-bad-data-" + name.filter(\.isLetter) + "-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: original, toPath: path)
        var lines = try String(contentsOfFile: path + "/events.json", encoding: .utf8).components(separatedBy: "\n")
        let changed = change(lines[line - 1])
        #expect(changed != lines[line - 1], "the change must apply")
        lines[line - 1] = changed
        try lines.joined(separator: "\n").write(toFile: path + "/events.json", atomically: true, encoding: .utf8)
        return path
    }

    static func eventLine(in directory: String, _ line: Int) throws -> String {
        try String(contentsOfFile: directory + "/events.json", encoding: .utf8).components(separatedBy: "\n")[line - 1]
    }

    /// The 1-based column (in Unicode scalars, as problems count) where `needle` starts in `line`.
    static func column(of needle: String, in line: String) -> Int? {
        guard let range = line.range(of: needle) else { return nil }
        return line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }

    /// The id of the event on `line`, as problems quote it (`"ev-14999-air-strike"`).
    static func recordLabel(_ line: String) -> String {
        let id = line.firstMatch(of: /"id": "([^"]+)"/)!.1
        return "\"\(id)\""
    }

    static func loadError(_ directory: String) -> DataLoadError? {
        do {
            let store = try Store.load(directory: directory)
            Issue.record("loaded \(store.eventsByDate.count) events from a directory with bad data")
            return nil
        } catch let error as DataLoadError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func theGeneratedDirectoryLoadsWhole() throws {
        let store = try Store.load(directory: Self.original)
        #expect(store.eventsByDate.count == Self.eventCount)
    }

    @Test func anImpossibleDateInRecord15000IsPlacedExactly() throws {
        let directory = try Self.directory(changingLine: Self.recordLine) {
            $0.replacing(/"date": "[0-9-]+"/, with: "\"date\": \"2019-02-30\"", maxReplacements: 1)
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let line = try Self.eventLine(in: directory, Self.recordLine)
        let error = try #require(Self.loadError(directory))
        let column = try #require(Self.column(of: "\"2019-02-30\"", in: line))
        let expected = "events.json:\(Self.recordLine):\(column): record \(Self.recordLabel(line)), field \"date\": impossible date \"2019-02-30\""
        #expect(error.problems.map(\.description) == [expected])
        #expect(error.description.contains(expected))
    }

    @Test func aDanglingMemberCodeNamesTheMissingMember() throws {
        let directory = try Self.directory(changingLine: 12_346) {
            $0.replacing(/"members": \["[A-Z]+"/, with: "\"members\": [\"ZZZZ\"", maxReplacements: 1)
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let line = try Self.eventLine(in: directory, 12_346)
        let problem = try #require(Self.loadError(directory)?.problems.first)
        #expect(problem.file == "events.json")
        #expect(problem.line == 12_346)
        #expect(problem.column == Self.column(of: "\"ZZZZ\"", in: line))
        #expect(problem.record == Self.recordLabel(line))
        #expect(problem.field == "members[0]")
        #expect(problem.message.contains("unknown member") && problem.message.contains("\"ZZZZ\""))
        #expect(problem.message.contains("members.json"))
    }

    @Test func aTruncatedFileSaysWhereItEnds() throws {
        let path = NSTemporaryDirectory() + "tahaluf-large-bad-data-truncated-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Self.original, toPath: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let full = try String(contentsOfFile: path + "/events.json", encoding: .utf8)
        let lines = full.components(separatedBy: "\n")
        // Cut in the middle of record 15,000, inside its summary.
        let kept = lines[..<(Self.recordLine - 1)].joined(separator: "\n") + "\n"
            + String(String.UnicodeScalarView(lines[Self.recordLine - 1].unicodeScalars.prefix(200)))
        try kept.write(toFile: path + "/events.json", atomically: true, encoding: .utf8)

        let problem = try #require(Self.loadError(path)?.problems.first)
        #expect(problem.file == "events.json")
        #expect(problem.line == Self.recordLine)
        #expect(problem.column == 201)
        #expect(problem.message.contains("ends"), "the message should say the file ends early: \(problem.message)")
    }

    @Test func deepNestingIsRefusedWhereItStarts() throws {
        let depth = 5_000
        let directory = try Self.directory(changingLine: Self.recordLine) {
            $0.replacing(/"members": \[[^\]]*\]/,
                         with: "\"members\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                         maxReplacements: 1)
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let line = try Self.eventLine(in: directory, Self.recordLine)
        let start = try #require(Self.column(of: "[[[", in: line))
        let problem = try #require(Self.loadError(directory)?.problems.first)
        #expect(problem.file == "events.json")
        #expect(problem.line == Self.recordLine)
        #expect((start..<start + depth).contains(problem.column ?? 0), "column \(problem.column ?? 0) is not in the nested run")
        #expect(problem.message.contains("nested") || problem.message.contains("deep"))
    }

    /// A 4 MiB title: no field of a real event is that long, and a limit (256 KiB a text)
    /// protects the machine; the text is skipped, not kept, and named like any bad value.
    @Test func anOverlongStringIsRefusedWithItsPlace() throws {
        let long = String(repeating: "x", count: 4 << 20)
        let directory = try Self.directory(changingLine: Self.recordLine) {
            $0.replacing(/"title": \{"ar": "[^"]*"/, with: "\"title\": {\"ar\": \"\(long)\"", maxReplacements: 1)
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let line = try Self.eventLine(in: directory, Self.recordLine)
        let problem = try #require(Self.loadError(directory)?.problems.first)
        #expect(problem.file == "events.json")
        #expect(problem.line == Self.recordLine)
        #expect(problem.column == Self.column(of: "\"xxxx", in: line))
        #expect(problem.record == Self.recordLabel(line))
        #expect(problem.message.hasPrefix("text longer than 256 KiB"))
    }

    /// Nothing half-loaded: the same directory, repaired, loads every event; broken, none.
    @Test func aRepairedDirectoryLoadsEveryEvent() throws {
        let directory = try Self.directory(changingLine: Self.recordLine) {
            $0.replacing(/"date": "[0-9-]+"/, with: "\"date\": \"2019-13-01\"", maxReplacements: 1)
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(Self.loadError(directory) != nil)
        try FileManager.default.removeItem(atPath: directory + "/events.json")
        try FileManager.default.copyItem(atPath: Self.original + "/events.json", toPath: directory + "/events.json")
        #expect(try Store.load(directory: directory).eventsByDate.count == Self.eventCount)
    }
}
