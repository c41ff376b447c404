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

    /// `dump members --sort joined`: undated founders first, then every dated member by date, each
    /// line with its region and join date.
    @Test func dumpMembersSortedByJoinDate() throws {
        let run = try CommandRun.tahaluf(["dump", "members", "--sort", "joined", "--logical", "--lang", "en"] + TestData.bundled)
        #expect(run.status == 0, "\(run.stderr)")
        let items = run.stdout.split(separator: "\n").filter { !$0.hasPrefix("# ") }.map(String.init)
        #expect(items.count == 87)
        #expect(items.allSatisfy { $0.contains(" · region: ") && $0.contains(" · joined: ") })
        let years = items.map { item -> Int in
            guard let range = item.range(of: " · joined: "), let year = item[range.upperBound...]
                .split(separator: " ").lazy.compactMap({ Int($0.prefix(4)) }).first(where: { $0 > 1900 }),
                  !item[range.upperBound...].hasPrefix("undated") else { return 0 }
            return year
        }
        #expect(years == years.sorted())
        #expect(years.first == 0 && years.last! >= 2020)
        let africa = try CommandRun.tahaluf(["dump", "members", "--sort", "region", "--logical", "--lang", "en"] + TestData.bundled)
        #expect(africa.stdout.contains("BFA · Burkina Faso · region: Sub-Saharan Africa · joined: 2 December 2021"))
        let misuse = try CommandRun.tahaluf(["dump", "timeline", "--sort", "joined"] + TestData.bundled)
        #expect(misuse.status != 0 && misuse.stderr.contains("--sort"))
    }

    @Test(arguments: ["json", "csv"])
    func exportWritesTheData(format: String) throws {
        let run = try CommandRun.tahaluf(["export", "--format", format] + TestData.bundled)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.isEmpty)
    }
}
