import Foundation
import Testing
@testable import CoalitionStore

/// Each kind of bad data, written to a temporary directory: the load fails (nothing half-loaded)
/// and the problem names file, line, record and field.
@Suite struct LoaderErrorTests {
    /// The single problem matching `file`/`field`, after checking there is one.
    func problem(_ problems: [DataProblem], file: String, field: String?, sourceLocation: SourceLocation = #_sourceLocation) -> DataProblem? {
        let matching = problems.filter { $0.file == file && $0.field == field }
        #expect(matching.count == 1, "want one problem in \(file) for field \(field ?? "-"); got \(problems)",
                sourceLocation: sourceLocation)
        return matching.first
    }

    /// Replaces the first occurrence of `old` in `file` of the fixture, loads, and returns the problems.
    func load(_ file: String, replacing old: String, with new: String, name: String = #function) -> (String, [DataProblem]) {
        let directory = Fixture.directory(changing: file, name: name) { text in
            guard let range = text.range(of: old) else { return text }
            return text.replacingCharacters(in: range, with: new)
        }
        return (directory, Fixture.problems(directory))
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let (directory, problems) = load("events.json", replacing: "\"date\": \"2022-05-11\",", with: "\"date\": \"2022-05-11\"")
        #expect(problems.count == 1)
        let p = try #require(problems.first)
        #expect(p.file == "events.json")
        #expect(p.line == Fixture.line(of: "\"inferred\"", in: "events.json", of: directory))
        #expect(p.column == 5)
        #expect(p.message.contains("malformed JSON"))
        #expect(p.message.contains("expected ',' or '}'"))
        #expect(p.description.hasPrefix("events.json:\(p.line!):5: malformed JSON"))
    }

    @Test func truncatedFileIsCalledTruncated() throws {
        let directory = Fixture.directory(changing: "groups.json") { String($0.prefix($0.count / 2)) }
        let problems = Fixture.problems(directory)
        let p = try #require(problems.first { $0.file == "groups.json" })
        #expect(p.message.contains("truncated"))
        #expect(p.line != nil)
    }

    @Test func fileThatIsNotAListIsRefused() throws {
        let directory = Fixture.directory(changing: "sources.json") { _ in "{\"id\": \"seed-002\"}\n" }
        let problems = Fixture.problems(directory)
        let p = try #require(problems.first { $0.file == "sources.json" })
        #expect(p.line == 1 && p.column == 1)
        #expect(p.message == "expected a list of records ([...]), found an object")
    }

    @Test func unknownFieldSuggestsTheKnownOne() throws {
        let (directory, problems) = load("events.json", replacing: "\"summary\":", with: "\"summery\":")
        let p = try #require(problem(problems, file: "events.json", field: "summery"))
        #expect(p.record == "\"ministerial-2022-marrakesh\"")
        #expect(p.line == Fixture.line(of: "\"summery\"", in: "events.json", of: directory))
        #expect(p.column == 5)
        #expect(p.message == "unknown field (did you mean \"summary\"?)")
        let missing = try #require(problem(problems, file: "events.json", field: "summary"))
        #expect(missing.message == "missing required field")
    }

    @Test func unknownFieldInsideANestedObject() throws {
        let (_, problems) = load("members.json", replacing: "\"tile\": {\"x\": 10, \"y\": 8}", with: "\"tile\": {\"x\": 10, \"y\": 8, \"z\": 1}")
        let p = try #require(problem(problems, file: "members.json", field: "tile.z"))
        #expect(p.record == "\"MAR\"")
        #expect(p.message.hasPrefix("unknown field"))
    }

    @Test func missingRequiredFieldPointsAtTheRecord() throws {
        let (directory, problems) = load("events.json", replacing: "    \"date\": \"2022-05-11\",\n", with: "")
        let p = try #require(problem(problems, file: "events.json", field: "date"))
        #expect(p.record == "\"ministerial-2022-marrakesh\"")
        #expect(p.line == Fixture.line(of: "{", in: "events.json", of: directory))
        #expect(p.message == "missing required field")
        #expect(p.description == "events.json:\(p.line!):3: record \"ministerial-2022-marrakesh\", field \"date\": missing required field")
    }

    @Test func wrongTypeNamesBothTypes() throws {
        let (directory, problems) = load("events.json", replacing: "\"members\": [\"MAR\"],", with: "\"members\": \"MAR\",")
        let p = try #require(problem(problems, file: "events.json", field: "members"))
        #expect(p.line == Fixture.line(of: "\"members\": \"MAR\"", in: "events.json", of: directory))
        #expect(p.column == 16)
        #expect(p.message == "expected a list, found text")
    }

    @Test func duplicateEventIdNamesTheFirst() throws {
        let (directory, problems) = load("events.json", replacing: "\"id\": \"ffis-2015\"", with: "\"id\": \"africa-focus-2021\"")
        let p = try #require(problem(problems, file: "events.json", field: "id"))
        #expect(p.record == "\"africa-focus-2021\"")
        #expect(p.line == Fixture.line(of: "\"africa-focus-2021\"", in: "events.json", of: directory, occurrence: 2))
        let first = try #require(Fixture.line(of: "\"africa-focus-2021\"", in: "events.json", of: directory))
        #expect(p.message == "duplicate event id \"africa-focus-2021\" (first used at line \(first))")
    }

    @Test func duplicateMemberCode() throws {
        let (_, problems) = load("members.json", replacing: "\"code\": \"NGA\"", with: "\"code\": \"NER\"")
        let p = try #require(problem(problems, file: "members.json", field: "code"))
        #expect(p.record == "\"NER\"")
        #expect(p.message.hasPrefix("duplicate member code \"NER\""))
    }

    static let danglingLinks: [(file: String, old: String, new: String, field: String, message: String)] = [
        ("events.json", "\"members\": [\"MAR\"]", "\"members\": [\"MRC\"]", "members[0]", "unknown member code \"MRC\""),
        ("events.json", "\"groups\": [\"africa-focus\"]", "\"groups\": [\"afrika\"]", "groups[0]", "unknown group id \"afrika\""),
        ("events.json", "\"members\": [\"MAR\"]", "\"members\": [\"MAR\"], \"locations\": [\"MOR\"]", "locations[0]",
         "unknown member code \"MOR\""),
        ("events.json", "\"figures\": [\"air-strikes\"]", "\"figures\": [\"air-strike\"]", "figures[0]", "unknown figure id \"air-strike\""),
        ("events.json", "\"source\": \"seed-002\"", "\"source\": \"seed-200\"", "sources[0].source", "unknown source id \"seed-200\""),
        ("groups.json", "\"coChairs\": [\"SAU\", \"USA\"", "\"coChairs\": [\"SAU\", \"USB\"", "coChairs[1]", "unknown member code \"USB\""),
        ("groups.json", "\"members\": [\"USA\", \"SAU\"", "\"members\": [\"USA\", \"KSA\"", "members[1]", "unknown member code \"KSA\""),
        ("groups.json", "\"figures\": []", "\"figures\": [\"nope\"]", "figures[0]", "unknown figure id \"nope\""),
        ("figures.json", "\"members\": [\"USA\"]", "\"members\": [\"UAS\"]", "members[0]", "unknown member code \"UAS\""),
        ("figures.json", "\"source\": {\"source\": \"seed-004\"", "\"source\": {\"source\": \"seed-9\"",
         "observations[0].source.source", "unknown source id \"seed-9\""),
        ("members.json", "\"source\": \"seed-002\"", "\"source\": \"seed-x\"", "sources[0].source", "unknown source id \"seed-x\""),
    ]

    @Test(arguments: 0..<danglingLinks.count)
    func danglingLinkIsNamed(_ index: Int) throws {
        let c = Self.danglingLinks[index]
        let (directory, problems) = load(c.file, replacing: c.old, with: c.new, name: "dangling\(index)")
        let p = try #require(problem(problems, file: c.file, field: c.field))
        #expect(p.message.hasPrefix(c.message))
        let badValue = c.message.split(separator: "\"")[1]
        #expect(p.line == Fixture.line(of: "\"\(badValue)\"", in: c.file, of: directory))
        #expect(p.record != nil)
    }

    @Test func impossibleDate() throws {
        let (directory, problems) = load("events.json", replacing: "\"2022-05-11\"", with: "\"2022-02-30\"")
        let p = try #require(problem(problems, file: "events.json", field: "date"))
        #expect(p.description == "events.json:\(Fixture.line(of: "2022-02-30", in: "events.json", of: directory)!):13: "
                + "record \"ministerial-2022-marrakesh\", field \"date\": impossible date \"2022-02-30\"")
    }

    @Test func malformedDate() throws {
        let (_, problems) = load("figures.json", replacing: "\"asOf\": \"2019-02\"", with: "\"asOf\": \"Feb 2019\"")
        let p = try #require(problem(problems, file: "figures.json", field: "observations[0].asOf"))
        #expect(p.record == "\"air-strikes\"")
        #expect(p.message.hasPrefix("malformed date \"Feb 2019\""))
    }

    @Test func badMemberCodes() throws {
        let (_, problems) = load("members.json", replacing: "\"code\": \"EUU\"", with: "\"code\": \"eu\"")
        let p = try #require(problem(problems, file: "members.json", field: "code"))
        #expect(p.record == "#7")
        #expect(p.message.hasPrefix("bad member code \"eu\""))

        let (_, stateProblems) = load("members.json", replacing: "\"code\": \"ITA\"", with: "\"code\": \"ITAL\"", name: "state")
        let q = try #require(problem(stateProblems, file: "members.json", field: "code"))
        #expect(q.message.contains("3 upper-case letters"))
    }

    @Test func badEnumValueListsTheChoices() throws {
        let (_, problems) = load("events.json", replacing: "\"ministerial\"", with: "\"ministerail\"")
        let p = try #require(problem(problems, file: "events.json", field: "category"))
        #expect(p.message.hasPrefix("unknown category \"ministerail\" (one of \"founding\", \"ministerial\""))
    }

    @Test func duplicateTile() throws {
        let (directory, problems) = load("members.json", replacing: "{\"x\": 12, \"y\": 11}", with: "{\"x\": 12, \"y\": 10}")
        let p = try #require(problem(problems, file: "members.json", field: "tile"))
        #expect(p.record == "\"NGA\"")
        let first = try #require(Fixture.line(of: "{\"x\": 12, \"y\": 10}", in: "members.json", of: directory))
        #expect(p.message == "tile (12, 10) is already taken by \"NER\" (at line \(first))")
    }

    @Test func emptyLocalizedText() throws {
        let (_, problems) = load("members.json", replacing: "\"en\": \"Morocco\"", with: "\"en\": \"  \"")
        let p = try #require(problem(problems, file: "members.json", field: "name.en"))
        #expect(p.record == "\"MAR\"")
        #expect(p.message == "empty English text")
    }

    @Test func controlCharactersInTextAreRefused() throws {
        let (_, problems) = load("events.json", replacing: "Ministerial meeting in Marrakesh", with: "\\u001b[2JMarrakesh")
        let p = try #require(problem(problems, file: "events.json", field: "title.en"))
        #expect(p.message == "text contains the control character U+001B")
    }

    /// Texts over 256 KiB are refused at their place, in memory and in pieces, and not kept; a
    /// text just under the limit loads.
    @Test(arguments: [false, true])
    func anOverlongTextIsNamedWithItsRecordAndField(escaped: Bool) throws {
        let long = String(repeating: escaped ? "\\n" : "x", count: (256 << 10) / (escaped ? 2 : 1) + 1)
        let (_, problems) = load("events.json", replacing: "Ministerial meeting in Marrakesh", with: long)
        let p = try #require(problem(problems, file: "events.json", field: "title.en"))
        #expect(p.record == "\"ministerial-2022-marrakesh\"")
        #expect(p.message.hasPrefix("text longer than 256 KiB"))
        let fits = Fixture.directory(changing: "events.json") {
            $0.replacingOccurrences(of: "Ministerial meeting in Marrakesh", with: String(repeating: "x", count: 200 << 10))
        }
        #expect(try Store.load(directory: fits).event("ministerial-2022-marrakesh")?.title.en.count == 200 << 10)
    }

    @Test func recordThatIsNotAnObject() throws {
        let directory = Fixture.directory(changing: "figures.json") { $0.replacingOccurrences(of: "[\n  {", with: "[\n  42,\n  {") }
        let problems = Fixture.problems(directory)
        let p = try #require(problems.first { $0.file == "figures.json" })
        #expect(p.record == "#0" && p.line == 2)
        #expect(p.message == "expected a record (an object), found a number")
    }

    @Test func missingFile() throws {
        let directory = Fixture.directory()
        try FileManager.default.removeItem(atPath: directory + "/figures.json")
        let problems = Fixture.problems(directory)
        let p = try #require(problems.first { $0.file == "figures.json" })
        #expect(p.line == nil)
        #expect(p.message.hasPrefix("file not found"))
        // Links into the missing file are not checked: its own problem is the one to read.
        #expect(!problems.contains { $0.message.hasPrefix("unknown figure id") })
    }

    @Test func missingDirectoryIsOneProblem() throws {
        let directory = Fixture.temporaryDirectory() + "/nope"
        let problems = Fixture.problems(directory)
        #expect(problems.map(\.description) == ["\(directory): no such directory"])
        let file = Fixture.directory() + "/events.json"
        #expect(Fixture.problems(file).map(\.message) == ["not a directory"])
    }

    @Test func hugeFileIsRefusedBeforeReading() throws {
        let directory = Fixture.directory()
        let path = directory + "/members.json"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 257 << 20)   // sparse: no 257 MiB written
        try handle.close()
        let problems = Fixture.problems(directory)
        let p = try #require(problems.first { $0.file == "members.json" })
        #expect(p.message == "file is 257.0 MiB, over the 256 MiB limit for files read whole (all but events.json, which may be of any size)")
    }

    @Test func everyProblemInEveryFileIsCollected() throws {
        let directory = Fixture.directory(changing: "events.json") {
            $0.replacingOccurrences(of: "\"2022-05-11\"", with: "\"2022-13-01\"")
              .replacingOccurrences(of: "\"leadership\"", with: "\"leader\"")
        }
        let members = URL(fileURLWithPath: directory + "/members.json")
        let text = try String(contentsOf: members, encoding: .utf8).replacingOccurrences(of: "\"USA\"", with: "\"usa\"")
        try text.write(to: members, atomically: true, encoding: .utf8)
        do {
            _ = try Store.load(directory: directory)
            Issue.record("a directory with problems must not load")
        } catch let error as DataLoadError {
            let files = Set(error.problems.map(\.file))
            #expect(files == ["events.json", "members.json", "groups.json", "figures.json"])
            #expect(error.problems.contains { $0.message == "impossible date \"2022-13-01\"" })
            #expect(error.problems.contains { $0.message.hasPrefix("unknown category \"leader\"") })
            #expect(error.problems.contains { $0.message.hasPrefix("bad member code \"usa\"") })
            // Problems come file by file, in line order.
            let lines = error.problems.filter { $0.file == "events.json" }.compactMap(\.line)
            #expect(lines == lines.sorted())
            #expect(error.description.hasPrefix(directory + ": \(error.problems.count) problems\n"))
        }
    }

    @Test func aFloodOfProblemsIsCountedNotListed() throws {
        let directory = Fixture.directory(changing: "events.json") { _ in
            "[" + Array(repeating: "42", count: 1200).joined(separator: ",") + "]"
        }
        let problems = Fixture.problems(directory)
        #expect(problems.count == DatasetLoader.maximumProblems + 1)
        #expect(problems[999].column == 1 + 999 * 3 + 1)                  // one line: columns still right
        #expect(problems.last?.message == "\(1200 - DatasetLoader.maximumProblems) more problems not listed")
    }
}
