import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

@Suite struct RenderSmokeTests {
    @Test func rendersAtTinySizes() {
        let store = Store(dataset: Dataset())
        for w in 0...3 { for h in 0...3 { _ = render(AppState(), store: store, size: Size(width: w, height: h)) } }
    }
}
