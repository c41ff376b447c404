import Foundation
import Testing

/// `tahaluf export --format csv` read back by other programs: Python's csv module compares every
/// field with the JSON data files (scripts/csv_roundtrip.py), and LibreOffice Calc opens the
/// tables and saves them as .xlsx, which openpyxl reads back cell by cell (scripts/xlsx_check.py).
@Suite struct CSVExportTests {
    static let resources = Paths.repositoryRoot.appendingPathComponent("Resources").path
    static let script = Paths.repositoryRoot.appendingPathComponent("scripts/csv_roundtrip.py").path

    static func temporary(_ name: String) -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-csv-\(name)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func python3() throws -> String {
        try #require(Paths.executable(named: "python3"), "python3 is needed to read the CSV back")
    }

    @Test func tablesReadBackWithPythonsCSVModuleEqualTheJSON() throws {
        let directory = Self.temporary("tables")
        let export = try CommandRun.tahaluf(["export", "--format", "csv", "--output", directory])
        #expect(export.status == 0, "\(export.stderr)")
        let check = try Subprocess.run(try Self.python3(), [Self.script, directory, Self.resources])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains(" 0 differences"))
    }

    @Test func standardOutputIsOneLongTableEndedByOneCRLF() throws {
        let export = try CommandRun.tahaluf(["export", "--format", "csv"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("table,id,kind,"))
        #expect(export.stdout.utf8.suffix(2).elementsEqual("\r\n".utf8))
        #expect(!export.stdout.utf8.suffix(3).elementsEqual("\r\n\n".utf8))
        let file = Self.temporary("long") + "/all.csv"
        try Data(export.stdout.utf8).write(to: URL(fileURLWithPath: file))
        let check = try Subprocess.run(try Self.python3(), [Self.script, "--long", file, Self.resources])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// The comparison must be able to fail: one changed cell is reported.
    @Test func aChangedCellIsReported() throws {
        let directory = Self.temporary("changed")
        _ = try CommandRun.tahaluf(["export", "--format", "csv", "--output", directory])
        let path = directory + "/observations.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: ",35000,exact,", with: ",36000,exact,")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let check = try Subprocess.run(try Self.python3(), [Self.script, directory, Self.resources])
        #expect(check.status == 1)
        #expect(check.stdout.contains("figures air-strikes.observations"))
    }

    @Test func byteOrderMarkOnlyWhenAskedAndOnlyForCSV() throws {
        let directory = Self.temporary("bom")
        #expect(try CommandRun.tahaluf(["export", "--format", "csv", "--bom", "--output", directory]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: directory + "/events.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let plain = try CommandRun.tahaluf(["export", "--format", "csv"])
        #expect(!plain.stdout.hasPrefix("\u{FEFF}"))
        let json = try CommandRun.tahaluf(["export", "--format", "json", "--bom"])
        #expect(json.status == 64 && json.stderr.contains("--format csv only"))
    }

    /// `make python-deps` puts openpyxl in `.build/pyenv`; libreoffice-calc-nogui is a system package.
    static let spreadsheetPython = Paths.repositoryRoot.appendingPathComponent(".build/pyenv/bin/python3").path
    static var canOpenInLibreOffice: Bool {
        Paths.executable(named: "soffice") != nil && FileManager.default.isExecutableFile(atPath: spreadsheetPython)
    }

    @Test(.enabled(if: canOpenInLibreOffice, "needs soffice and openpyxl: make python-deps"))
    func libreOfficeOpensTheTablesWithArabicIntact() throws {
        let directory = Self.temporary("calc")
        #expect(try CommandRun.tahaluf(["export", "--format", "csv", "--bom", "--output", directory]).status == 0)
        let script = Paths.repositoryRoot.appendingPathComponent("scripts/xlsx_check.py").path
        let tables = ["events", "observations", "citations"].map { directory + "/" + $0 + ".csv" }
        let check = try Subprocess.run(Self.spreadsheetPython, [script, directory + "/xlsx"] + tables)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains(" 0 differences"))
        // The Arabic cells really went through the spreadsheet: hundreds of them, compared exactly.
        let arabic = check.stdout.split(separator: "(").last?.split(separator: " ").first.flatMap { Int($0) } ?? 0
        #expect(arabic > 300, "\(check.stdout)")
    }
}
