import Testing
@testable import CoalitionStore

/// The searches the issues name, on the real data: ranking, Arabic clitics and compounds,
/// aliases from `aliases.json`, sources, and a snippet on every hit.
@Suite struct SearchRankingTests {
    let store: Store

    init() throws { store = try Store.load(directory: BundledDataTests.directory) }

    func subjects(_ query: String) -> [RecordRef] { store.search(query).map(\.ref) }

    @Test func airPutsAirStrikeRecordsBeforeWordsThatContainIt() throws {
        let hits = store.search("air")
        let firstInside = try #require(hits.firstIndex { $0.rank == .inside })
        // Everything before the first inside-word match ("chair", "affairs") is about air strikes.
        #expect(firstInside >= 3)
        for hit in hits[..<firstInside] {
            #expect(hit.snippet.match.lowercased() == "air", "\(hit.ref)")
        }
        #expect(hits.prefix(firstInside).contains { $0.ref == RecordRef(.figure, "air-strikes") })
        // Niger's "chair" comes, if at all, after every whole-word match.
        if let niger = hits.firstIndex(where: { $0.ref == RecordRef(.member, "NER") }) {
            #expect(niger >= firstInside)
            #expect(hits[niger].rank == .inside)
        }
    }

    /// The order is the documented one: match class first, then the field's weight (title, name
    /// or code; label; running text).
    @Test(arguments: ["air", "coalition", "التحالف", "مراكش", "004", "iraq", "الس"])
    func hitsAreOrderedByMatchClassThenField(query: String) throws {
        let hits = store.search(query)
        #expect(!hits.isEmpty)
        let keys = hits.map { ($0.rank.rawValue, Int($0.field.tier)) }
        for (a, b) in zip(keys, keys.dropFirst()) {
            #expect(a.0 < b.0 || (a.0 == b.0 && a.1 <= b.1), "\(query): \(a) before \(b)")
        }
    }

    @Test func aTitleOutranksANoteWithTheSameMatch() throws {
        let hits = store.search("coalition")
        let title = try #require(hits.firstIndex { $0.field == .title && $0.rank == .word })
        let note = try #require(hits.firstIndex { [.note, .summary, .role].contains($0.field) && $0.rank == .word })
        #expect(title < note)
    }

    @Test(arguments: ["Marrakech", "Marrakesh", "marrakch", "مراكش"])
    func marrakeshInEverySpelling(query: String) {
        #expect(store.search(query).first?.ref == RecordRef(.event, "ministerial-2022-marrakesh"))
    }

    @Test func abuDhabiWithAndWithoutTheSpace() {
        let joined = Set(subjects("أبوظبي")), split = Set(subjects("أبو ظبي"))
        #expect(joined.contains(RecordRef(.member, "ARE")))
        #expect(joined == split)
        #expect(Set(subjects("ابو ظبي")) == joined)
        // The second part alone finds the joined spelling as a whole word.
        #expect(store.search("ظبي").first.map { $0.rank <= .word } == true)
        // And the Latin spelling, through the aliases.
        #expect(Set(subjects("Abu Dhabi")).isSuperset(of: joined))
    }

    @Test func baghuzWithAndWithoutItsArticle() throws {
        let baghuz = RecordRef(.event, "baghuz-2019-03")
        for query in ["الباغوز", "باغوز", "Baghuz", "Baghouz", "بالباغوز"] {
            let first = try #require(store.search(query).first, "\(query)")
            #expect(first.ref == baghuz, "\(query)")
            #expect(first.rank <= .word, "\(query)")
        }
    }

    @Test func daeshAndItsOtherNames() {
        let daesh = Set(subjects("Daesh"))
        #expect(!daesh.isEmpty)
        #expect(Set(subjects("ISIL")) == Set(subjects("داعش")))
        #expect(Set(subjects("ISIL")).isSuperset(of: daesh))
    }

    @Test func sourcesAreFoundByOutletTitleAndSeedNumber() {
        #expect(store.search("spokesperson").first?.ref == RecordRef(.source, "seed-004"))
        #expect(store.search("الدستور").first?.ref == RecordRef(.source, "seed-000"))
        #expect(store.search("004").first?.ref == RecordRef(.source, "seed-004"))
        #expect(store.search("seed-004").first?.ref == RecordRef(.source, "seed-004"))
        #expect(store.search("seed-004").first?.rank == .exact)
        #expect(subjects("Akhbar Al Aan").first == RecordRef(.source, "seed-001"))
    }

    @Test func everyHitHasASnippetThatHoldsTheMatch() {
        for query in ["air", "مراكش", "أبو ظبي", "الباغوز", "spokesperson", "004", "الس", "ffis", "تحالف", "Marrakech"] {
            let hits = store.search(query)
            #expect(!hits.isEmpty, "\(query)")
            for hit in hits {
                #expect(!hit.snippet.match.isEmpty, "\(query): \(hit.ref) \(hit.field)")
                #expect(!hit.snippet.text.contains("\n"))
                #expect(hit.snippet.text.unicodeScalars.count <= SnippetMaker.maximumLength + 2)
            }
        }
    }

    @Test func snippetsCutLongFieldsAroundTheMatch() throws {
        let hit = try #require(store.search("spokesperson").first)
        #expect(hit.field == .outlet)
        #expect(hit.snippet.match == "Spokesperson")
        #expect(hit.snippet.before.hasPrefix("…"))
    }

    @Test func aLongPasteCostsNoMoreThanTheFirst256Characters() {
        let paste = String(repeating: "air strikes ", count: 5_000)   // 60,000 characters
        let bounded = String(paste.prefix(Store.maximumQueryLength))
        #expect(store.search(paste) == store.search(bounded))
    }
}
