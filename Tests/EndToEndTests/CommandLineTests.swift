import Foundation
import Testing

/// The non-interactive commands and the exit codes, without a terminal.
@Suite struct CommandLineTests {
    @Test func checkNamesFileAndLineOfBadData() throws {
        let bad = try TestData.truncatedEvents()
        defer { try? FileManager.default.removeItem(at: bad) }
        let run = try CommandRun.tahaluf(["check", "--data", bad.path])
        #expect(run.status == 1)
        #expect(run.stderr.range(of: #"events\.json:\d+"#, options: .regularExpression) != nil,
                "names file and line: \(run.stderr)")
    }

    @Test func checkAcceptsTheBundledData() throws {
        let run = try CommandRun.tahaluf(["check"] + TestData.bundled)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("valid"))
        #expect(run.stdout.split(separator: "\n").count == 1, "a one-line summary")
    }

    /// Bad data at start: a message naming the file, exit 2, before any terminal set-up.
    @Test func browseWithBadDataExitsTwo() throws {
        let bad = try TestData.truncatedEvents()
        defer { try? FileManager.default.removeItem(at: bad) }
        let run = try CommandRun.tahaluf(["--data", bad.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("events.json"))
        #expect(!run.stdout.contains("\u{1B}"), "no escape sequences: curses never started")
    }

    @Test func browseWithoutATerminalSuggestsDump() throws {
        let run = try CommandRun.tahaluf(TestData.bundled)
        #expect(run.status == 2)
        #expect(run.stderr.contains("tahaluf dump"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CommandRun.tahaluf(["--no-such-option"]).status == 64)
        #expect(try CommandRun.tahaluf(["--lang", "fr"]).status == 64)
        #expect(try CommandRun.tahaluf(["--idle", "0", "--kiosk"]).status == 64)
    }

    @Test func versionAndHelp() throws {
        let version = try CommandRun.tahaluf(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("tahaluf "))
        let help = try CommandRun.tahaluf(["--help"])
        #expect(help.status == 0)
        for word in ["check", "export", "dump", "EXIT STATUS"] { #expect(help.stdout.contains(word)) }
        let browse = try CommandRun.tahaluf(["browse", "--help"])
        for option in ["--lang", "--theme", "--ascii", "--no-mouse", "--digits", "--arabic-shaping", "--bidi",
                       "--months", "--kiosk", "--idle", "--exit-key", "--data"] {
            #expect(browse.stdout.contains(option), "browse --help lists \(option)")
        }
    }

    @Test func dumpWorksWithoutATerminal() throws {
        let run = try CommandRun.tahaluf(["dump", "timeline", "--width", "60", "--logical"] + TestData.bundled,
                                         environment: ["TERM": "dumb"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(arguments: ["json", "csv"])
    func exportWritesTheData(format: String) throws {
        let run = try CommandRun.tahaluf(["export", "--format", format] + TestData.bundled)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.isEmpty)
    }
}
