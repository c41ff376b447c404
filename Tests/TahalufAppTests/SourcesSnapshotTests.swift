import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// Goldens of the Sources pane and of a source's detail (the State Department fact sheet, seed
/// 004) at 120x40 (the pane takes the grid's whole pane area) and 80x24 (tabs), both languages.
@Suite struct SourcesSnapshotTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    @Test(arguments: sizes, Language.allCases)
    func sourcesPane(size: Size, language: Language) {
        let state = TestDriver.press(ShellSnapshotTests.state(language, size: size), [.char("5")], store: store)
        assertSnapshot(render(state, store: store, size: size), named: ShellSnapshotTests.name("sources", size, language),
                       styles: true)
    }

    @Test(arguments: sizes, Language.allCases)
    func factSheetDetail(size: Size, language: Language) throws {
        let index = try #require(SourcesPane.sources(of: store, kind: nil).firstIndex { $0.id == "seed-004" })
        let keys: [Key] = [.char("5")] + Array(repeating: .down, count: index) + [.enter, .down]
        let state = TestDriver.press(ShellSnapshotTests.state(language, size: size), keys, store: store)
        assertSnapshot(render(state, store: store, size: size),
                       named: ShellSnapshotTests.name("detail-source-seed-004", size, language), styles: true)
    }
}
