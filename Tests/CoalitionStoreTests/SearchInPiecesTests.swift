import Foundation
import Testing
@testable import CoalitionStore
import TahalufTestSupport

/// The search index copies no record text: it reads ids, titles and fields back from the store.
/// A store whose events stay in their file (read in pieces, decoded on demand) must answer every
/// query exactly as a store that holds its events in memory, and a short result list must be the
/// start of a long one (multi-word queries check only as many subjects as the limit needs).
@Suite struct SearchInPiecesTests {
    static let queries = [
        "مراكش", "مَرَّاكُش", "Marrakech", "Marrakesh", "004", "seed-004", "air", "air strike", "strike air",
        "الباغوز", "أبو ظبي", "ابوظبي", "اجتماع وزاري", "ministerial meeting", "ministerial meet", "غارة جوية للتحالف",
        "وادي حوران", "wadi houran", "ev 12", "ev-12-", "تحالف", "coalition", "zzzz", "قرب", "the coalition against",
    ]

    func expectSameHits(_ a: Store, _ b: Store, _ label: String) {
        for query in Self.queries {
            let hits = a.search(query, limit: 60)
            #expect(hits == b.search(query, limit: 60), "\(label): \(query)")
            for limit in [1, 7] {
                #expect(Array(hits.prefix(limit)) == b.search(query, limit: limit), "\(label): \(query) limit \(limit)")
            }
        }
    }

    @Test func bundledDataReadInPiecesSearchesAlike() throws {
        let directory = DataLocator.bundledDirectory()!
        let inMemory = try Store.load(directory: directory)
        let inPieces = try Store.load(directory: directory, userArticles: nil, eventsInPiecesFrom: 0)
        guard case .file = inPieces.dataset.events.table.backing else {
            Issue.record("events.json was not read in pieces")
            return
        }
        #expect(!inMemory.search("مراكش").isEmpty && !inMemory.search("air strikes").isEmpty)
        expectSameHits(inMemory, inPieces, "bundled")
    }

    @Test func syntheticDataReadInPiecesSearchesAlike() throws {
        let dataset = SyntheticData.make(events: 3000, members: 60, seed: 11)
        let directory = Fixture.temporaryDirectory("searchInPieces")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try DatasetWriter.write(dataset, to: directory)
        let inMemory = Store(dataset: dataset)
        let inPieces = try Store.load(directory: directory, userArticles: nil, eventsInPiecesFrom: 0)
        #expect(inMemory.search("air strike", limit: 500).count == 500)
        expectSameHits(inMemory, inPieces, "synthetic")
    }
}
