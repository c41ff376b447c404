import Testing
@testable import CoalitionStore
import TahalufTestSupport

/// The real data in `Resources/` loads without a single problem, and the searches the issue
/// names work on it.
@Suite struct BundledDataTests {
    static let directory: String = {
        var path = "\(#filePath)"
        for _ in 0..<3 { path = DataLocator.parent(of: path) }
        return path + "/Resources"
    }()

    func load() throws -> Store {
        do {
            return try Store.load(directory: Self.directory)
        } catch {
            Issue.record("bundled data must load: \(error)")
            throw error
        }
    }

    @Test func loadsWithoutProblems() throws {
        let store = try load()
        #expect(store.eventsByDate.count > 20)
        #expect(store.dataset.members.count > 70)
    }

    @Test func marrakeshFindsThe2022Ministerial() throws {
        let store = try load()
        for query in ["مراكش", "مَرَّاكُش", "Marrakesh"] {
            let first = try #require(store.search(query).first)
            #expect(first.ref.kind == .event)
            #expect(store.event(first.ref.id)?.category == .ministerial)
            #expect(store.event(first.ref.id)?.date.year == 2022)
        }
    }

    @Test func ffisFindsTheFund() throws {
        let store = try load()
        let first = try #require(store.search("ffis").first)
        let text = [store.event(first.ref.id)?.title.en, store.event(first.ref.id)?.summary.en].compactMap { $0 }.joined()
        #expect(first.ref.kind == .event)
        #expect(text.lowercased().contains("fund") || text.contains("FFIS"))
    }

    @Test func exportRoundTrips() throws {
        let store = try load()
        let directory = Fixture.temporaryDirectory()
        try DatasetWriter.write(store.dataset, to: directory)
        #expect(try Store.load(directory: directory).dataset == store.dataset)
    }
}
