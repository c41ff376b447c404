import Foundation
import Testing
@testable import CoalitionStore
import TahalufTestSupport

/// `aliases.json`: optional, read with the other files, and every problem positioned.
@Suite struct AliasLoadingTests {
    func write(_ text: String, name: String = #function) -> String {
        let directory = Fixture.directory(name: name)
        try! text.write(toFile: directory + "/aliases.json", atomically: true, encoding: .utf8)
        return directory
    }

    @Test func aDirectoryWithoutAliasesLoads() throws {
        let store = try Store.load(directory: Fixture.directory())
        #expect(store.dataset.aliases.isEmpty)
    }

    @Test func aliasesLoadAndSearchUsesThem() throws {
        let directory = write("""
            [
              {"spellings": ["Marrakesh", "Marrakech"], "note": "French spelling"}
            ]
            """)
        let store = try Store.load(directory: directory)
        #expect(store.dataset.aliases == [AliasGroup(spellings: ["Marrakesh", "Marrakech"], note: "French spelling")])
        #expect(store.search("Marrakech").first?.ref == RecordRef(.event, "ministerial-2022-marrakesh"))
    }

    @Test func theWriterWritesAliasesBack() throws {
        var dataset = Fixture.dataset
        dataset.aliases = [AliasGroup(spellings: ["Raqqa", "Raqqah"]), AliasGroup(spellings: ["IS", "ISIL"], note: "n")]
        let directory = Fixture.temporaryDirectory()
        try DatasetWriter.write(dataset, to: directory)
        #expect(try Store.load(directory: directory).dataset == dataset)
    }

    @Test func aGroupWithOneSpellingIsRefusedWithItsLine() throws {
        let directory = write("""
            [
              {"spellings": ["Raqqa", "Raqqah"]},
              {"spellings": ["Marrakesh"]}
            ]
            """)
        let problems = Fixture.problems(directory)
        let p = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(p.file == "aliases.json")
        #expect(p.line == 3)
        #expect(p.field == "spellings")
        #expect(p.record == "#1")
        #expect(p.message.contains("at least two spellings"))
    }

    @Test func aSpellingInTwoGroupsIsRefused() throws {
        let directory = write("""
            [
              {"spellings": ["Raqqa", "Raqqah"]},
              {"spellings": ["RAQQA", "Rakka"]}
            ]
            """)
        let p = try #require(Fixture.problems(directory).first)
        #expect(p.file == "aliases.json" && p.line == 3)
        #expect(p.message.contains("already in alias group #0"))
    }

    @Test func unknownKeysWrongTypesAndBadJSONAreReported() throws {
        let unknown = Fixture.problems(write("[{\"spellings\": [\"a\", \"b\"], \"colour\": 1}]"))
        #expect(unknown.contains { $0.file == "aliases.json" && $0.field == "colour" })
        let wrongType = Fixture.problems(write("{\"spellings\": []}", name: "wrongType"))
        #expect(wrongType.first?.message.contains("expected a list of alias groups") == true)
        let malformed = Fixture.problems(write("[{\"spellings\": [\"a\" \"b\"]}]", name: "malformed"))
        #expect(malformed.first?.file == "aliases.json")
        #expect(malformed.first?.message.contains("malformed JSON") == true)
        let empty = Fixture.problems(write("[{\"spellings\": [\"a\", \"،\"]}]", name: "empty"))
        #expect(empty.first?.message.contains("no letters or digits") == true)
    }

    @Test func theBundledAliasesLoad() throws {
        let store = try Store.load(directory: BundledDataTests.directory)
        #expect(store.dataset.aliases.count >= 5)
        #expect(store.dataset.aliases.contains { $0.spellings.contains("Marrakech") })
    }
}
