import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// Whole-screen goldens of the shell on the bundled data at the three reference sizes, in both
/// languages, and of each overlay.
@Suite struct ShellSnapshotTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 40, height: 12)]

    static func state(_ language: Language, size: Size) -> AppState {
        var state = AppState(config: AppConfig(language: language))
        state.size = size
        return state
    }

    static func name(_ what: String, _ size: Size, _ language: Language) -> String {
        "\(what)-\(size.width)x\(size.height)-\(language.rawValue)"
    }

    @Test(arguments: sizes, Language.allCases)
    func home(size: Size, language: Language) {
        assertSnapshot(render(Self.state(language, size: size), store: store, size: size),
                       named: Self.name("home", size, language), styles: true)
    }

    @Test(arguments: Language.allCases)
    func help(language: Language) {
        let size = Size(width: 80, height: 24)
        let state = reduce(Self.state(language, size: size), .toggleHelp, store: store).state
        assertSnapshot(render(state, store: store, size: size), named: Self.name("help", size, language), styles: true)
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24)], Language.allCases)
    func eventDetail(size: Size, language: Language) {
        var state = Self.state(language, size: size)
        state = TestDriver.run(state, [.startSearch] + TestDriver.typing("مراكش") + [.open, .open, .move(.down)], store: store)
        assertSnapshot(render(state, store: store, size: size), named: Self.name("detail-event", size, language), styles: true)
    }

    @Test(arguments: [RecordRef(.member, "SAU"), RecordRef(.figure, "air-strikes"), RecordRef(.group, "counter-finance")],
          Language.allCases)
    func recordDetail(ref: RecordRef, language: Language) {
        let size = Size(width: 80, height: 24)
        var state = Self.state(language, size: size)
        state.detail.current = ref
        assertSnapshot(render(state, store: store, size: size), named: Self.name("detail-\(ref.kind)-\(ref.id)", size, language), styles: true)
    }

    @Test(arguments: Language.allCases)
    func filteredTimeline(language: Language) {
        let size = Size(width: 80, height: 24)
        let state = TestDriver.run(Self.state(language, size: size), [.filterCategory, .filterCategory, .nextYear], store: store)
        assertSnapshot(render(state, store: store, size: size), named: Self.name("timeline-filtered", size, language), styles: true)
    }

    @Test(arguments: Language.allCases)
    func searchResults(language: Language) {
        let size = Size(width: 80, height: 24)
        let state = TestDriver.run(Self.state(language, size: size), [.startSearch] + TestDriver.typing("الس"), store: store)
        assertSnapshot(render(state, store: store, size: size), named: Self.name("search", size, language), styles: true)
    }

    /// Snippets of the matched fields with the match highlighted, the pane of each hit, and a
    /// source among the records.
    @Test(arguments: Language.allCases)
    func searchSnippets(language: Language) {
        let size = Size(width: 120, height: 40)
        let state = TestDriver.run(Self.state(language, size: size), [.startSearch] + TestDriver.typing("مراكش"), store: store)
        assertSnapshot(render(state, store: store, size: size), named: Self.name("search-snippets", size, language), styles: true)
    }

    @Test func tooSmall() {
        for language in Language.allCases {
            let size = Size(width: 39, height: 11)
            assertSnapshot(render(Self.state(language, size: size), store: store, size: size),
                           named: Self.name("too-small", size, language), styles: true)
        }
    }

    @Test func asciiMode() {
        var state = AppState(config: AppConfig(language: .ar, ascii: true))
        state.size = Size(width: 80, height: 24)
        assertSnapshot(render(state, store: store, size: state.size), named: "home-80x24-ascii", styles: true)
    }
}
