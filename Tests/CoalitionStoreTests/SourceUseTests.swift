import Testing
@testable import CoalitionStore

/// Reading the data from a source's end: every citation of a source, in a stable order, and the
/// source's own kind and access date.
@Suite struct SourceUseTests {
    @Test func everyCitationInTheDatasetIsIndexedUnderItsSource() throws {
        let store = try Store.load(directory: BundledDataTests.directory)
        let d = store.dataset
        let expected = d.events.flatMap(\.sources).count
            + d.members.reduce(0) { $0 + $1.sources.count + $1.roles.reduce(0) { $0 + $1.sources.count } }
            + d.groups.reduce(0) { $0 + $1.sources.count }
            + d.figures.reduce(0) { $0 + $1.observations.count }
        let indexed = d.sources.reduce(0) { $0 + store.uses(ofSource: $1.id).count }
        #expect(indexed == expected)
    }

    @Test func theFactSheetIsCitedByEventsFiguresAndMembersInKindOrder() throws {
        let store = try Store.load(directory: BundledDataTests.directory)
        let uses = store.uses(ofSource: "seed-004")
        let kinds = uses.map(\.record.kind)
        #expect(Set(kinds).isSuperset(of: [.event, .figure]))
        let order = RecordKind.allCases
        #expect(kinds == kinds.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
        // An observation's citation names the observation it backs, with its quote.
        let airStrikes = uses.filter { $0.record.kind == .figure }
        #expect(airStrikes.allSatisfy { if case .observation = $0.part { true } else { false } })
        #expect(store.citingRecordCount(ofSource: "seed-004") == Set(uses.map(\.record)).count)
        #expect(store.uses(ofSource: "no-such-source").isEmpty)
    }

    @Test func sourcesCarryAKindAndTheSeedsAreSeeds() throws {
        let store = try Store.load(directory: BundledDataTests.directory)
        for source in store.dataset.sources {
            #expect((source.kind == .seed) == (source.file != nil), "\(source.id)")
        }
        #expect(store.source("tile-grid")?.kind == .reference)
        #expect(store.source("unverified")?.kind == .unverified)
    }

    @Test func aMissingKindIsAssumedFromTheSeedFile() {
        let seed = Source(id: "s", file: "000_x.txt", outlet: Localized(ar: "أ", en: "a"), title: Localized(ar: "ب", en: "b"))
        let web = Source(id: "w", outlet: Localized(ar: "أ", en: "a"), title: Localized(ar: "ب", en: "b"), url: "https://example.org/")
        #expect(seed.kind == .seed)
        #expect(web.kind == .reference)
    }
}
