import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// Provenance both ways: a record's detail leads to each of its sources' details (a link on the
/// source line), and a source's detail leads back to every record citing it.
@Suite struct ProvenanceTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    /// Every record kind with citations: a figure (a source per observation), the first event
    /// citing more than one source, a member, a group.
    var records: [RecordRef] {
        let event = store.dataset.events.first { Set($0.sources.map(\.source)).count > 1 }
        return [RecordRef(.figure, "air-strikes"), RecordRef(.event, event?.id ?? ""),
                RecordRef(.member, "SAU"), RecordRef(.group, "counter-finance")]
    }

    @Test(arguments: Language.allCases)
    func everySourceLineOfARecordLeadsToTheSourceAndBack(language: Language) throws {
        for ref in records { try follow(ref, language: language) }
    }

    func follow(_ ref: RecordRef, language: Language) throws {
        let context = PaneContext(store: store, config: AppConfig(language: language))
        let content = DetailContent(ref, context: context)
        let cited = Set(ReaderCitations.displayed(ref, store: store).map(\.source))
        let sourceLinks = content.links.enumerated().filter { $0.element.kind == .source }
        // One link per source the record cites (a figure's observations may share one).
        #expect(!cited.isEmpty, "\(ref)")
        #expect(Set(sourceLinks.map(\.element.id)) == cited)
        for (index, link) in sourceLinks {
            var state = ReducerTests.start(language: language)
            state.detail.current = ref
            state = TestDriver.press(state, Array(repeating: .down, count: index + 1) + [.enter], store: store)
            #expect(state.detail.current == link, "\(ref) link \(index)")
            // The source's detail lists the record among those citing it.
            #expect(DetailContent(link, context: context).links.contains(ref))
            state = TestDriver.press(state, [.backspace], store: store)
            #expect(state.detail.current == ref)
            #expect(state.detail.selectedLink == index)
        }
    }
}
