import Foundation
import Testing

/// Broken data directories, each a copy of the bundled data with one file spoiled: the way an
/// editor of the data set (or a failed copy) would break it. For each:
/// - `tahaluf check --data DIR` exits 1 and names the file and, where there is one, the line;
/// - `tahaluf --data DIR` on a real pty exits 2 with the message on standard error, and writes
///   nothing to the terminal (no alternate screen, no `CSI 8 l`, no mode left switched on).
@Suite(.serialized) struct BadDataTests {
    @Test(arguments: BadData.cases)
    func checkNamesTheFileAndLine(_ spoil: BadData.Spoil) throws {
        let directory = try BadData.directory(spoil)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty, "check printed a summary for invalid data: \(run.stdout)")
        #expect(run.stderr.contains(spoil.expected), "want \(spoil.expected) in:\n\(run.stderr.prefix(800))")
        #expect(run.stderr.localizedCaseInsensitiveContains(spoil.keyword), "want '\(spoil.keyword)' in:\n\(run.stderr.prefix(800))")
    }

    /// The browser loads the data before it sets up the terminal, so a bad file leaves the
    /// terminal exactly as it was.
    @Test(arguments: BadData.cases)
    func theBrowserExitsCleanlyWithTheMessageOnStandardError(_ spoil: BadData.Spoil) throws {
        let directory = try BadData.directory(spoil)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try PtyRecording.run(["--data", directory.path], keys: ["q"], settle: 0.4)
        #expect(run.status == 2)
        #expect(run.stderr.contains(spoil.expected), "want \(spoil.expected) in:\n\(run.stderr.prefix(800))")
        for (sequence, meaning) in [("\u{1B}[?1049h", "alternate screen"), ("\u{1B}[8l", "CSI 8 l"),
                                    ("\u{1B}[?1h", "application cursor keys"), ("\u{1B}[?1000h", "mouse reports"),
                                    ("\u{1B}[?25l", "hidden cursor")] {
            #expect(!run.text.contains(sequence), "\(meaning) switched on for bad data")
        }
        #expect(!run.output.contains(0x1B), "escape sequences on the terminal: \(run.text.debugDescription.prefix(200))")
    }

    /// A data directory found through `$TAHALUF_DATA` (how `make install` and kiosks point at
    /// their data) is reported exactly as one named with `--data`.
    @Test(arguments: BadData.cases)
    func dataFromTheEnvironmentIsReportedTheSameWay(_ spoil: BadData.Spoil) throws {
        let directory = try BadData.directory(spoil)
        defer { try? FileManager.default.removeItem(at: directory) }
        let checkAhead = try CommandRun.tahaluf(["check"], environment: ["TAHALUF_DATA": directory.path])
        let checkNamed = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(checkAhead.status == 1)
        #expect(checkAhead.stderr == checkNamed.stderr)
        let browseAhead = try PtyRecording.run([], keys: ["q"], settle: 0.4, environment: ["TAHALUF_DATA": directory.path])
        #expect(browseAhead.status == 2)
        #expect(browseAhead.stderr.contains(spoil.expected), "want \(spoil.expected) in:\n\(browseAhead.stderr.prefix(800))")
        #expect(!browseAhead.output.contains(0x1B), "escape sequences on the terminal for bad data")
    }

    /// A single broken file also breaks every reference into it; the broken file must still be
    /// the first thing reported, or on a terminal it scrolls away under hundreds of follow-on
    /// "unknown id" problems (a missing figures.json gives 57, an oversized sources.json 397).
    @Test(arguments: BadData.cases)
    func theBrokenFileIsReportedFirst(_ spoil: BadData.Spoil) throws {
        let directory = try BadData.directory(spoil)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun.tahaluf(["check", "--data", directory.path])
        let problems = run.stderr.split(separator: "\n").dropFirst()   // after "DIR: N problems"
        #expect(problems.first?.hasPrefix(spoil.file) == true,
                "first problem: \(problems.first ?? "none"); \(problems.count) problems in all")
    }

    /// What the loader quotes from a binary file must not reach the terminal raw (a DEL, an ESC).
    @Test func aBinaryFileIsReportedWithoutItsBytes() throws {
        let directory = try BadData.directory(BadData.cases.first { $0.label == "binary" }!)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(TerminalSafety.problems(in: run.stderr).isEmpty, "\(TerminalSafety.problems(in: run.stderr))")
    }
}

enum BadData {
    /// One way to spoil a copy of the bundled data, and what the report must contain.
    struct Spoil: CustomTestStringConvertible, Sendable {
        var label: String
        /// The spoiled file.
        var file: String
        /// `file:line:` (or `file:` when the problem has no line), in the report.
        var expected: String
        /// A word of the explanation.
        var keyword: String
        var apply: @Sendable (URL) throws -> Void
        var testDescription: String { label }
    }

    static let cases: [Spoil] = [
        // The comma after the first event removed: the parser stops at the next record's brace.
        Spoil(label: "malformed JSON", file: "events.json", expected: "events.json:\(firstRecordEnd + 1):",
              keyword: "malformed JSON") { directory in
            var lines = try text(directory, "events.json").components(separatedBy: "\n")
            lines[firstRecordEnd - 1] = "  }"
            try write(lines.joined(separator: "\n"), directory, "events.json")
        },
        // Cut in the middle of line 40: a copy that stopped early.
        Spoil(label: "truncated", file: "events.json", expected: "events.json:40:", keyword: "ends early") { directory in
            let lines = try text(directory, "events.json").components(separatedBy: "\n")
            try write(lines.prefix(39).joined(separator: "\n") + "\n" + lines[39].prefix(8), directory, "events.json")
        },
        Spoil(label: "empty", file: "events.json", expected: "events.json:1:", keyword: "empty") { directory in
            try write("", directory, "events.json")
        },
        Spoil(label: "not an array", file: "members.json", expected: "members.json:1:1:", keyword: "list") { directory in
            try write("{\"members\": []}\n", directory, "members.json")
        },
        // A misspelt field inserted on line 3 of the first group.
        Spoil(label: "unknown field", file: "groups.json", expected: "groups.json:3:", keyword: "field \"colour\": unknown field") { directory in
            var lines = try text(directory, "groups.json").components(separatedBy: "\n")
            lines[2] = "    \"colour\": \"red\"," + lines[2].drop { $0 == " " }
            try write(lines.joined(separator: "\n"), directory, "groups.json")
        },
        Spoil(label: "missing file", file: "figures.json", expected: "figures.json: ", keyword: "not found") { directory in
            try FileManager.default.removeItem(at: directory.appendingPathComponent("figures.json"))
        },
        // 257 MiB of nothing (a sparse file: instant to make, no disk used), over the 256 MiB limit
        // for files read whole.
        Spoil(label: "huge", file: "sources.json", expected: "sources.json: ", keyword: "limit") { directory in
            let handle = try FileHandle(forWritingTo: directory.appendingPathComponent("sources.json"))
            try handle.truncate(atOffset: 257 << 20)
            try handle.close()
        },
        // The first 4 KiB of an executable.
        Spoil(label: "binary", file: "groups.json", expected: "groups.json:1:", keyword: "malformed JSON") { directory in
            let binary = try Data(contentsOf: URL(fileURLWithPath: Paths.tahaluf ?? "/bin/sh")).prefix(4096)
            try binary.write(to: directory.appendingPathComponent("groups.json"))
        },
        Spoil(label: "invalid UTF-8", file: "sources.json", expected: "sources.json:1:", keyword: "UTF-8") { directory in
            try Data([0x5B, 0x22, 0xFF, 0xFE, 0x22, 0x5D]).write(to: directory.appendingPathComponent("sources.json"))
        },
        Spoil(label: "a directory", file: "groups.json", expected: "groups.json: ", keyword: "directory") { directory in
            let path = directory.appendingPathComponent("groups.json")
            try FileManager.default.removeItem(at: path)
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: false)
        },
    ]

    /// The line of `  },` that closes the first record of the bundled events.json.
    static let firstRecordEnd: Int = {
        let lines = (try? String(contentsOf: Paths.repositoryRoot.appendingPathComponent("Resources/events.json"), encoding: .utf8))?
            .components(separatedBy: "\n") ?? []
        return (lines.firstIndex(of: "  },") ?? 0) + 1
    }()

    static func directory(_ spoil: Spoil) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-bad-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.copyItem(at: Paths.repositoryRoot.appendingPathComponent("Resources"), to: directory)
        try spoil.apply(directory)
        return directory
    }

    static func text(_ directory: URL, _ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    static func write(_ text: String, _ directory: URL, _ name: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }
}
