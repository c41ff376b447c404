import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// Golden text grids of each pane alone, in both languages, at the size a pane gets in the 2×2
/// layout of a 120×40 terminal and at a wide size. `make snapshots` records them.
@Suite struct PaneSnapshotTests {
    static let sizes = [Size(width: 58, height: 13), Size(width: 118, height: 30)]

    func name(_ pane: String, _ size: Size, _ language: Language) -> String {
        "pane-\(pane)-\(size.width)x\(size.height)-\(language.rawValue)"
    }

    @Test(arguments: sizes, Language.allCases)
    func map(size: Size, language: Language) throws {
        var app = AppState()
        app.groups = try #require(GroupsPane.select(RecordRef(.group, "counter-finance"), in: GroupsState(),
                                                    context: paneContext(language)))
        var state = MapState()
        state.cursor = "SAU"
        assertSnapshot(renderPane(MapPane.self, state, app: app, language: language, size: size),
                       named: name("map", size, language))
    }

    @Test(arguments: sizes, Language.allCases)
    func groups(size: Size, language: Language) throws {
        let state = try #require(GroupsPane.select(RecordRef(.group, "counter-finance"), in: GroupsState(),
                                                   context: paneContext(language)))
        assertSnapshot(renderPane(GroupsPane.self, state, language: language, size: size),
                       named: name("groups", size, language))
    }

    @Test(arguments: sizes, Language.allCases)
    func stats(size: Size, language: Language) {
        assertSnapshot(renderPane(StatsPane.self, StatsState(), language: language, size: size),
                       named: name("stats", size, language))
    }
}
