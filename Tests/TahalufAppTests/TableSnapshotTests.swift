import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// Whole-screen goldens of the members table, its frequency view and a filtered table, on the
/// bundled data, at 120x40 (the 2x2 grid: the table in its quadrant) and 80x24 (tabs), in both
/// languages; and the join-year map in ASCII. `make snapshots` records them.
@Suite struct TableSnapshotTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    func screen(_ keys: String, _ language: Language, size: Size, ascii: Bool = false) -> Frame {
        var state = AppState(config: AppConfig(language: language, ascii: ascii))
        state.size = size
        state = TestDriver.press(state, keys.map { Key.char($0) }, store: store)
        return render(state, store: store, size: size)
    }

    /// Sorted by join date, latest first.
    @Test(arguments: sizes, Language.allCases)
    func table(size: Size, language: Language) {
        assertSnapshot(screen("2tsssS", language, size: size),
                       named: ShellSnapshotTests.name("table-joined", size, language), styles: true)
    }

    @Test(arguments: sizes, Language.allCases)
    func frequency(size: Size, language: Language) {
        assertSnapshot(screen("2c", language, size: size),
                       named: ShellSnapshotTests.name("frequency-region", size, language), styles: true)
    }

    /// The African members: `c`, then the row of Sub-Saharan Africa.
    @Test(arguments: sizes, Language.allCases)
    func filteredTable(size: Size, language: Language) {
        assertSnapshot(screen("2c3", language, size: size),
                       named: ShellSnapshotTests.name("table-africa", size, language), styles: true)
    }

    @Test func joinYearMapInAscii() {
        let size = Size(width: 120, height: 40)
        assertSnapshot(screen("2mmm", .en, size: size, ascii: true), named: "map-joinyear-120x40-ascii", styles: true)
    }
}
