import Foundation
import Testing
@testable import CoalitionStore

/// How problems read on a terminal: hostile text quoted, the broken file not buried.
@Suite struct ProblemReportTests {
    @Test func controlsAndBidiOverridesAreQuotedNotPrinted() {
        let problem = DataProblem(file: "events.json", line: 3, column: 5, record: "\"a\u{1B}]0;PWNED\u{07}\"",
                                  field: "ti\u{202E}tle", message: "unknown field \"\u{9B}31m\u{7F}\"")
        let text = problem.description
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(text.contains("\\u{1B}]0;PWNED\\u{7}"))
        #expect(text.contains("ti\\u{202E}tle"))
        #expect(text.contains("\\u{9B}31m\\u{7F}"))
    }

    @Test func ordinaryArabicIsLeftAlone() {
        let problem = DataProblem(file: "events.json", record: "\"مراكش\"", message: "مَرَّاكُش")
        #expect(problem.description == "events.json: record \"مراكش\", " + "مَرَّاكُش")
    }

    @Test func anUnknownFieldNamedWithEscapesIsQuoted() {
        let directory = Fixture.directory(changing: "events.json") {
            $0.replacingOccurrences(of: "\"summary\"", with: "\"\\u001b]52;c;cHduZWQ=\\u0007\": 1, \"summary\"")
        }
        let report = DataLoadError(directory: directory, problems: Fixture.problems(directory)).description
        #expect(report.contains("\\u{1B}]52;c;cHduZWQ="))
        #expect(!report.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    /// A missing figures.json is one problem, not one per link into it.
    @Test func aMissingFileIsTheOnlyProblemReported() throws {
        let directory = Fixture.directory()
        try FileManager.default.removeItem(atPath: directory + "/figures.json")
        let problems = Fixture.problems(directory)
        #expect(problems.count == 1)
        #expect(problems.first?.file == "figures.json")
    }

    @Test func aFileThatIsNotAListHidesNoOtherFile() {
        let directory = Fixture.directory(changing: "members.json") { _ in "{\"members\": []}" }
        let problems = Fixture.problems(directory)
        #expect(problems.map(\.file) == ["members.json"])
    }
}
