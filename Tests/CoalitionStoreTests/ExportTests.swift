import Foundation
import Testing
@testable import CoalitionStore
import TahalufTestSupport

@Suite struct ExportTests {
    @Test func jsonExportLoadsBackToTheSameDataset() throws {
        let directory = Fixture.temporaryDirectory()
        let json = try Exporter.json(Fixture.store)
        try json.write(toFile: directory + "/export.json", atomically: true, encoding: .utf8)
        let again = try Store.load(exportFile: directory + "/export.json")
        #expect(again.dataset == Fixture.dataset)
        #expect(try Exporter.json(again) == json)
    }

    @Test func jsonExportHasEveryKindInAStableOrderWithEveryKey() throws {
        let json = try Exporter.json(Fixture.store)
        let kinds = ["\"sources\"", "\"events\"", "\"members\"", "\"groups\"", "\"figures\""]
        let positions = kinds.compactMap { json.range(of: $0)?.lowerBound }
        #expect(positions.count == 5 && positions == positions.sorted())
        #expect(json.contains("\"inferred\": null"))              // absent optionals are written as null
        #expect(json.contains("\"value\": 100000000"))
        #expect(json.contains("\"url\": \"https://www.state.gov/example\""))
    }

    @Test func syntheticExportRoundTrips() throws {
        let dataset = SyntheticData.make(events: 500, members: 80, seed: 3)
        let directory = Fixture.temporaryDirectory()
        try Exporter.json(Store(dataset: dataset)).write(toFile: directory + "/all.json", atomically: true, encoding: .utf8)
        #expect(try Store.load(exportFile: directory + "/all.json").dataset == dataset)
    }

    @Test func exportProblemsNameTheExportFile() throws {
        let directory = Fixture.temporaryDirectory()
        let json = try Exporter.json(Fixture.store).replacingOccurrences(of: "\"members\": [", with: "\"memberz\": [")
        try json.write(toFile: directory + "/export.json", atomically: true, encoding: .utf8)
        do {
            _ = try Store.load(exportFile: directory + "/export.json")
            Issue.record("must not load")
        } catch let error as DataLoadError {
            #expect(error.problems.contains { $0.file == "export.json" && $0.field == "memberz" && $0.line != nil })
            #expect(error.problems.contains { $0.field == "members" && $0.message == "missing required field" })
        }
    }

    @Test func csvQuotesFieldsAsRFC4180Says() {
        #expect(CSVTable.quoted("plain") == "plain")
        #expect(CSVTable.quoted("a,b") == "\"a,b\"")
        #expect(CSVTable.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.quoted("two\nlines") == "\"two\nlines\"")
        #expect(CSVTable.quoted("مراكش، المغرب") == "مراكش، المغرب")   // the Arabic comma is not a separator
    }

    @Test func csvHasOneTablePerKindOfRowAndOneLongTableForAStream() throws {
        let tables = Exporter.csvTables(Fixture.store)
        #expect(tables.map(\.name) == ["sources", "events", "members", "roles", "groups", "resolutions", "figures",
                                        "observations", "citations", "notes"])
        let d = Fixture.dataset
        func rows(_ name: String) -> [[String]] { tables.first { $0.name == name }?.rows ?? [] }
        #expect(rows("events").count == d.events.count)
        #expect(rows("observations").count == d.figures.reduce(0) { $0 + $1.observations.count })
        #expect(rows("citations").count == d.events.reduce(0) { $0 + $1.sources.count }
                + d.members.reduce(0) { $0 + $1.sources.count + $1.roles.reduce(0) { $0 + $1.sources.count } }
                + d.groups.reduce(0) { $0 + $1.sources.count })
        let marrakesh = try #require(rows("events").first { $0.first == "ministerial-2022-marrakesh" })
        #expect(marrakesh.contains("الاجتماع الوزاري في مراكش") && marrakesh.contains("MAR"))

        let all = Exporter.csv(Fixture.store)
        #expect(all.hasPrefix("table,id,kind,file,"))
        #expect(all.hasSuffix("\r\n") && !all.hasSuffix("\r\n\n"))
        let lines = all.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count == 1 + tables.reduce(0) { $0 + $1.rows.count })
        let donor = try #require(lines.first { $0.hasPrefix("roles,") && $0.contains(",SAU,1,") })
        #expect(donor.contains(",\"Gave $100 million, \"\"for stabilisation\"\"\","))
        #expect(donor.contains(",100000000,usd"))
        #expect(Exporter.csv(Fixture.store, byteOrderMark: true).hasPrefix("\u{FEFF}table,"))
    }
}
