import CoalitionStore
import Testing
import TerminalUI
@testable import TahalufApp

/// Goldens of the article reader: the fact sheet opened from the air-strikes figure at its quote
/// (the passage current, the others in the quote style), a press article shown as its quoted
/// passages, the list of records a passage is quoted by, and ASCII mode.
@Suite struct ReaderSnapshotTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    static func opened(_ config: AppConfig, size: Size, store: Store) -> AppState {
        var state = AppState(config: config)
        state.size = size
        state.detail.current = RecordRef(.figure, "air-strikes")
        return reduce(state, .openReader, store: store).state
    }

    @Test(arguments: [Size(width: 120, height: 40), Size(width: 80, height: 24)], Language.allCases)
    func factSheetAtTheAirStrikesQuote(size: Size, language: Language) {
        let state = Self.opened(AppConfig(language: language), size: size, store: store)
        assertSnapshot(render(state, store: store, size: size),
                       named: "reader-air-strikes-\(size.width)x\(size.height)-\(language.rawValue)", styles: true)
    }

    @Test(arguments: Language.allCases)
    func pressArticleAsItsQuotedPassages(language: Language) {
        let size = Size(width: 80, height: 24)
        var state = AppState(config: AppConfig(language: language))
        state.size = size
        state = Shell.openReader(state, source: "seed-000", at: nil, context: PaneContext(store: store, config: state.config))
        assertSnapshot(render(state, store: store, size: size), named: "reader-quotes-000-80x24-\(language.rawValue)", styles: true)
    }

    @Test func recordsOfAPassage() {
        let size = Size(width: 80, height: 24)
        let state = reduce(Self.opened(AppConfig(language: .en), size: size, store: store), .reader(.follow), store: store).state
        assertSnapshot(render(state, store: store, size: size), named: "reader-chooser-80x24-en", styles: true)
    }

    @Test func asciiMode() {
        let size = Size(width: 80, height: 24)
        let state = Self.opened(AppConfig(language: .ar, ascii: true), size: size, store: store)
        assertSnapshot(render(state, store: store, size: size), named: "reader-air-strikes-80x24-ascii", styles: true)
    }
}
