import Foundation
import Testing

/// `tahaluf search`, run as a script would: the built binary, its output parsed.
@Suite struct SearchCommandTests {
    func json(_ arguments: [String]) throws -> [[String: String]] {
        let run = try CommandRun.tahaluf(["search"] + arguments + ["--format", "json"] + TestData.bundled)
        #expect(run.status == 0, "\(run.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        return try #require(parsed as? [[String: String]])
    }

    @Test func airPutsAirStrikeRecordsFirst() throws {
        let hits = try json(["air", "--lang", "en"])
        #expect(hits.count >= 5)
        let firstThree = hits.prefix(3)
        for hit in firstThree {
            #expect(hit["title"]?.lowercased().contains("air strikes") == true, "\(hit)")
            #expect(hit["match"]?.lowercased() == "air")
            #expect(hit["rank"] == "word")
        }
        #expect(hits.prefix(4).contains { $0["id"] == "air-strikes" && $0["kind"] == "figure" })
        #expect(!hits.prefix(5).contains { $0["id"] == "NER" }, "Niger's \"chair\" is no match for air")
    }

    @Test(arguments: [
        ("Marrakech", "ministerial-2022-marrakesh"), ("أبو ظبي", "ARE"), ("الباغوز", "baghuz-2019-03"),
        ("spokesperson", "seed-004"), ("الدستور", "seed-000"), ("004", "seed-004"), ("seed-004", "seed-004"),
    ])
    func theIssuesQueriesFindTheirRecords(query: String, id: String) throws {
        let hits = try json([query])
        #expect(hits.first?["id"] == id, "\(query): \(hits.prefix(3))")
        for hit in hits {
            #expect(hit["snippet"]?.isEmpty == false, "every hit has a snippet: \(hit)")
            #expect(hit["snippet"]?.contains(hit["match"] ?? "\u{0}") == true)
        }
    }

    @Test func textIsOneTabSeparatedHitPerLine() throws {
        let run = try CommandRun.tahaluf(["search", "Marrakech", "--limit", "2", "--lang", "en"] + TestData.bundled)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let columns = try #require(lines.first).split(separator: "\t", omittingEmptySubsequences: false)
        #expect(columns == ["ministerial-2022-marrakesh", "event", "Ministerial meeting in Marrakesh", "place", "Marrakesh"])
    }

    @Test func noMatchExitsOneLikeGrep() throws {
        let text = try CommandRun.tahaluf(["search", "zzqqxx"] + TestData.bundled)
        #expect(text.status == 1)
        #expect(text.stdout.isEmpty)
        #expect(text.stderr.contains("no match"))
        let json = try CommandRun.tahaluf(["search", "zzqqxx", "--format", "json"] + TestData.bundled)
        #expect(json.status == 1)
        #expect(json.stdout == "[]\n")
    }

    @Test func badArgumentsExit64() throws {
        #expect(try CommandRun.tahaluf(["search"]).status == 64)
        #expect(try CommandRun.tahaluf(["search", "air", "--limit", "0"]).status == 64)
        #expect(try CommandRun.tahaluf(["search", "،،"]).status == 64)
        #expect(try CommandRun.tahaluf(["search", "air", "--format", "xml"]).status == 64)
    }

    /// Data text is sanitised: a control character that reached a field could not reach stdout.
    @Test func outputHasNoControlCharacters() throws {
        let run = try CommandRun.tahaluf(["search", "a", "--limit", "500"] + TestData.bundled)
        #expect(run.status == 0)
        let controls = run.stdout.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty)
    }
}
