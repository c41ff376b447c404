import Foundation
import Testing
import CoalitionStore
import TahalufTestSupport
import TerminalUI
@testable import TahalufApp

/// On a large data set the search index is built in the background: typing a query never waits
/// for it. The overlay says it is indexing, and an idle tick searches again once it is ready.
@Suite struct LargeStoreSearchTests {
    @Test func aSearchBeforeTheIndexIsReadyWaitsWithoutBlockingAndThenShowsTheHits() throws {
        let store = Store(dataset: SyntheticData.make(events: Store.searchBuiltInBackgroundFrom, members: 50, seed: 3))
        var state = AppState(config: AppConfig(language: .en))
        state.size = Size(width: 120, height: 40)
        state = TestDriver.press(state, [.char("/")] + "Mosul".map { Key.char($0) }, store: store)
        #expect(state.search.waitingForIndex, "the first query of a large store waits for the background build")
        #expect(state.search.hits.isEmpty)
        let frame = render(state, store: store, size: state.size)
        #expect(frame.rows.joined().contains("indexing this large data set"))
        // Idle ticks, as the run loop sends them every second, until the index is ready.
        for _ in 0..<600 where state.search.waitingForIndex {
            Thread.sleep(forTimeInterval: 0.1)
            state = TestDriver.run(state, [.idle], store: store)
        }
        #expect(!state.search.waitingForIndex)
        #expect(!state.search.hits.isEmpty)
        #expect(state.search.hits == store.search("Mosul"))
        #expect(!render(state, store: store, size: state.size).rows.joined().contains("indexing"))
    }

    @Test func aSmallStoreSearchesAtOnce() {
        var state = AppState(config: AppConfig(language: .en))
        state.size = Size(width: 120, height: 40)
        state = TestDriver.press(state, [.char("/")] + "air".map { Key.char($0) })
        #expect(!state.search.waitingForIndex)
        #expect(!state.search.hits.isEmpty)
    }
}
