import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

/// Renders one pane alone into a frame of `size`, the pane filling it.
func renderPane<P: Pane>(_ pane: P.Type, _ state: P.State, app: AppState = AppState(), language: Language = .en,
                         store: Store = PaneFixtures.store, size: Size, focused: Bool = true) -> Frame {
    var app = app
    app.config.language = language
    var frame = Frame(size: size)
    P.render(state, app: app, context: PaneContext(store: store, config: app.config), in: frame.bounds,
             focused: focused, into: &frame)
    return frame
}

func paneContext(_ language: Language = .en, store: Store = PaneFixtures.store, ascii: Bool = false) -> PaneContext {
    PaneContext(store: store, config: AppConfig(language: language, ascii: ascii))
}

@Suite struct MapNavigationTests {
    let tiles = MapGeometry.tiles(of: PaneFixtures.store)
    var points: [MapPoint] { tiles.map(\.point) }

    func index(_ code: String) -> Int { tiles.firstIndex { $0.code == code }! }
    func go(_ code: String, _ direction: VisualDirection) -> String? {
        MapGeometry.neighbour(of: index(code), toward: direction, in: points).map { tiles[$0].code }
    }

    @Test func rightFromFranceIsTheNextTileEastInItsRow() {
        #expect(go("FRA", .right) == "BEL")
    }

    @Test func everyArrowGoesThatWayGeographically() {
        let fra = tiles[index("FRA")].point
        for code in ["FRA", "DEU", "SAU", "IRQ", "KEN"] {
            let from = tiles[index(code)].point
            if let up = go(code, .up) { #expect(tiles[index(up)].point.row < from.row) }
            if let down = go(code, .down) { #expect(tiles[index(down)].point.row > from.row) }
            if let left = go(code, .left) { #expect(tiles[index(left)].point.column < from.column) }
            if let right = go(code, .right) { #expect(tiles[index(right)].point.column > from.column) }
        }
        #expect(go("FRA", .up).map { tiles[index($0)].point.row } == fra.row - 1)
        #expect(go("FRA", .left).map { tiles[index($0)].point.column } == fra.column - 1)
    }

    @Test func prefersTheAlignedTileOverACloserDiagonal() {
        // DEU (14,4): SVN (14,6) two rows down in its column beats CZE (15,5) one down and one east.
        #expect(go("DEU", .down) == "SVN")
    }

    @Test func neverMovesOffTheGrid() {
        #expect(go("CAN", .up) == nil)
        #expect(go("CAN", .left) == nil)
        #expect(go("CENSAD", .down) == nil)
        #expect(go("EUU", .left) == nil)
        #expect(MapGeometry.neighbour(of: 999, toward: .up, in: points) == nil)
    }

    @Test func organisationsHaveTheirOwnRowBelowTheStates() {
        let lastStateRow = tiles.filter { !$0.isOrganisation }.map(\.point.row).max()!
        for tile in tiles where tile.isOrganisation { #expect(tile.point.row == lastStateRow + 2) }
        #expect(go("EUU", .right) == "NATO")
        #expect(go("CENSAD", .left) == "LAS")
        #expect(go("NZL", .down).map { tiles[index($0)].isOrganisation } == true)
        #expect(go("NATO", .up).map { tiles[index($0)].isOrganisation } == false)
    }

    @Test func reducerMovesTheCursorAndClampsAtTheEdge() {
        let context = paneContext()
        let rect = Rect(x: 0, y: 0, width: 120, height: 30)
        var state = MapState()
        state.cursor = "FRA"
        state = MapPane.reduce(state, action: .move(.right), context: context, rect: rect)
        #expect(state.cursor == "BEL")
        state.cursor = "CAN"
        state = MapPane.reduce(state, action: .move(.up), context: context, rect: rect)
        #expect(state.cursor == "CAN")
        #expect(MapPane.selection(state, context: context) == RecordRef(.member, "CAN"))
    }

    @Test func arrowsAreTheSameInArabicBecauseGeographyIsNotMirrored() {
        var state = MapState()
        state.cursor = "FRA"
        let rect = Rect(x: 0, y: 0, width: 120, height: 30)
        let ar = MapPane.reduce(state, action: .move(.right), context: paneContext(.ar), rect: rect)
        #expect(ar.cursor == "BEL")
    }
}

@Suite struct MapHighlightTests {
    let store = PaneFixtures.store

    @Test func smallGroupHighlightsItsThirtyTwoMembers() {
        #expect(MapHighlight.smallGroup.members(groups: GroupsState(), store: store)?.count == 32)
    }

    @Test func groupModeFollowsTheGroupsPaneSelection() throws {
        let groups = try #require(GroupsPane.select(RecordRef(.group, "counter-finance"), in: GroupsState(),
                                                    context: paneContext()))
        #expect(MapHighlight.group.members(groups: groups, store: store) == ["SAU", "USA", "ITA"])
    }

    @Test func donorsAndJoinYearAndNone() {
        #expect(MapHighlight.donors.members(groups: GroupsState(), store: store) == ["SAU", "ARE"])
        let joined = MapHighlight.joinYear.members(groups: GroupsState(), store: store)!
        #expect(joined.contains("BFA") && joined.contains("CENSAD") && !joined.contains("USA") && !joined.contains("FRA"))
        #expect(MapHighlight.none.members(groups: GroupsState(), store: store) == nil)
    }

    @Test func mCyclesThroughEveryModeAndBack() {
        var state = MapState()
        var seen: [MapHighlight] = []
        for _ in MapHighlight.allCases {
            seen.append(state.highlight)
            state = MapPane.reduce(state, action: .cycleHighlight, context: paneContext(), rect: Rect(x: 0, y: 0, width: 80, height: 20))
        }
        #expect(Set(seen) == Set(MapHighlight.allCases))
        #expect(state.highlight == MapState().highlight)
    }

    @Test func legendCountsTheHighlightedMembers() {
        var state = MapState()
        state.highlight = .smallGroup
        let frame = renderPane(MapPane.self, state, size: Size(width: 120, height: 30))
        #expect(frame.rows[0].contains("Small Group — 32 of 87"))
    }
}

@Suite struct MapRenderTests {
    // 27 columns of 4-cell tiles: 107 cells centred in 120 → the grid starts at x = 6; row 1 is y = 1.
    let size = Size(width: 120, height: 30)
    func x(_ column: Int) -> Int { 6 + (column - 1) * 4 }
    func cells(_ frame: Frame, x: Int, y: Int, _ n: Int) -> String {
        (x..<(x + n)).map { frame[$0, y].text }.joined()
    }

    @Test func tilesSitAtTheirGridPlace() {
        let frame = renderPane(MapPane.self, MapState(), size: size)
        #expect(cells(frame, x: x(12), y: 5, 3) == "FRA")
        #expect(cells(frame, x: x(13), y: 5, 3) == "BEL")
        #expect(cells(frame, x: x(1), y: 2, 3) == "USA")
        #expect(cells(frame, x: x(27), y: 6, 3) == "JPN")
    }

    @Test func geographyIsNotMirroredInArabic() {
        let en = renderPane(MapPane.self, MapState(), language: .en, size: size)
        let ar = renderPane(MapPane.self, MapState(), language: .ar, size: size)
        for y in 1..<24 { #expect(en.rows[y] == ar.rows[y]) }
        #expect(cells(ar, x: x(1), y: 2, 3) == "USA")   // west on the left
        #expect(cells(ar, x: x(27), y: 6, 3) == "JPN")  // east on the right
    }

    @Test func theatresAreMarked() {
        var state = MapState()
        state.highlight = .none
        let frame = renderPane(MapPane.self, state, size: size)
        #expect(cells(frame, x: x(20), y: 7, 4) == "IRQ◆")
        #expect(frame[x(20), 7].style.role == .tileTheatre)
        #expect(frame[x(12), 5].style.role == .tileMember)
    }

    @Test func highlightStylesFollowTheSelectedGroup() throws {
        var app = AppState()
        app.groups = try #require(GroupsPane.select(RecordRef(.group, "counter-finance"), in: GroupsState(),
                                                    context: paneContext()))
        var state = MapState()
        state.cursor = "CAN"
        let frame = renderPane(MapPane.self, state, app: app, size: size)
        #expect(frame[x(19), 9].style.role == .tileHighlight)   // SAU
        #expect(frame[x(13), 7].style.role == .tileHighlight)   // ITA
        #expect(frame[x(12), 5].style.role == .tileDim)         // FRA
        #expect(frame.rows[0].contains("Group: CIFG — 3 of 87"))
    }

    @Test func organisationsAreInTheirOwnRow() {
        let frame = renderPane(MapPane.self, MapState(), size: size)
        #expect(frame.rows[23].contains("EU NATO INTERPOL LAS CEN-SAD"))
        #expect(frame[x(1), 23].style.role == .tileOrganisation || frame[x(1), 23].style.role == .tileHighlight
                || frame[x(1), 23].style.role == .tileDim)
    }

    @Test func selectedMemberNameInTheUILanguage() {
        var state = MapState()
        state.cursor = "FRA"
        let en = renderPane(MapPane.self, state, size: size)
        #expect(en.rows[24].hasPrefix("France (FRA)"))
        let ar = renderPane(MapPane.self, state, language: .ar, size: size)
        let name = TextEngine().line("فرنسا", base: .rtl).string
        #expect(ar.rows[24].contains(name))
        #expect(ar[119, 24].text != " ")   // aligned to the right edge
        #expect(en[x(12), 5].style == Style(.selected, bold: true, underline: true))
    }

    @Test func clickSelectsTheTileUnderThePointer() {
        let rect = Rect(x: 0, y: 0, width: 120, height: 30)
        let state = MapPane.reduce(MapState(), action: .click(x: x(12) + 1, y: 5), context: paneContext(), rect: rect)
        #expect(state.cursor == "FRA")
        let missed = MapPane.reduce(state, action: .click(x: x(12) + 3, y: 5), context: paneContext(), rect: rect)
        #expect(missed.cursor == "FRA")
    }

    @Test func narrowPanesUseTwoLetterTilesOrAWindowAroundTheCursor() {
        let tiles = MapGeometry.tiles(of: PaneFixtures.store)
        for width in [90, 60, 40, 20, 7] {
            for cursor in tiles.indices {
                let area = Rect(x: 3, y: 2, width: width, height: 8)
                let layout = MapLayout(tiles: tiles, cursor: cursor, in: area)
                #expect(layout.placed.contains { $0.index == cursor }, "cursor \(tiles[cursor].code) at width \(width)")
                var taken = Set<[Int]>()
                for p in layout.placed {
                    #expect(p.x >= area.x && p.x + p.width <= area.maxX && p.y >= area.y && p.y < area.maxY)
                    for cx in p.x..<(p.x + p.width) { #expect(taken.insert([cx, p.y]).inserted) }
                }
            }
        }
        #expect(MapLayout(tiles: tiles, cursor: 0, in: Rect(x: 0, y: 0, width: 90, height: 30)).cellWidth == 3)
        #expect(MapLayout(tiles: tiles, cursor: 0, in: Rect(x: 0, y: 0, width: 60, height: 30)).cellWidth == 2)
        let sixty = renderPane(MapPane.self, MapState(), size: Size(width: 60, height: 30))
        #expect(sixty.rows[5].contains("FRBE"))
        // Gapless neighbours read apart: every other tile in the second shade.
        let fr = sixty.rows[5].distance(from: sixty.rows[5].startIndex, to: sixty.rows[5].range(of: "FRBE")!.lowerBound)
        #expect(sixty[fr, 5].style.alternate != sixty[fr + 2, 5].style.alternate)
        #expect(sixty[fr, 5].style.alternate == sixty[fr + 1, 5].style.alternate)
    }

    @Test func neverCrashesAtTinySizesOrWithoutData() {
        let empty = Store(dataset: Dataset())
        for w in 0...30 { for h in 0...10 {
            for language in Language.allCases {
                _ = renderPane(MapPane.self, MapState(), language: language, size: Size(width: w, height: h))
                _ = renderPane(MapPane.self, MapState(), language: language, store: empty, size: Size(width: w, height: h))
            }
        } }
        let context = paneContext(store: empty)
        for action in [Action.move(.up), .click(x: 1, y: 1), .cycleHighlight, .end] {
            #expect(MapPane.reduce(MapState(), action: action, context: context, rect: Rect(x: 0, y: 0, width: 9, height: 9))
                    == MapState())
        }
        #expect(MapPane.selection(MapState(), context: context) == nil)
        _ = Dump.text(store: empty, section: .all, width: 0, config: AppConfig(), visual: true)
    }
}

@Suite struct MapBundledDataTests {
    let store = PaneFixtures.bundled

    @Test func everyMemberHasItsOwnTileAndAllShowOnAWideMap() {
        let tiles = MapGeometry.tiles(of: store)
        #expect(tiles.count == 87)
        #expect(Set(tiles.map(\.point)).count == 87)
        let layout = MapLayout(tiles: tiles, cursor: 0, in: Rect(x: 0, y: 0, width: 118, height: 23))
        #expect(layout.placed.count == 87 && layout.cellWidth == 4)
        #expect(tiles.filter(\.isTheatre).map(\.code).sorted() == ["IRQ", "SYR"])
    }

    @Test func highlightsOnTheBundledData() throws {
        #expect(MapHighlight.smallGroup.members(groups: GroupsState(), store: store)?.count == 32)
        let finance = try #require(GroupsPane.select(RecordRef(.group, "counter-finance"), in: GroupsState(),
                                                     context: paneContext(store: store)))
        #expect(MapHighlight.group.members(groups: finance, store: store) == ["SAU", "USA", "ITA"])
        #expect(MapHighlight.donors.members(groups: GroupsState(), store: store)?.contains("SAU") == true)
    }

    @Test func everyTileIsReachableWithTheArrows() {
        let points = MapGeometry.tiles(of: store).map(\.point)
        var seen: Set<Int> = [0], frontier = [0]
        while let i = frontier.popLast() {
            for d in [VisualDirection.up, .down, .left, .right] {
                if let n = MapGeometry.neighbour(of: i, toward: d, in: points), seen.insert(n).inserted { frontier.append(n) }
            }
        }
        #expect(seen.count == points.count)
    }
}

@Suite struct MapNameLineTests {
    func nameRow(_ code: String, _ highlight: MapHighlight, _ language: Language = .en) -> String {
        var state = MapState()
        state.cursor = code
        state.highlight = highlight
        return renderPane(MapPane.self, state, language: language, size: Size(width: 120, height: 30)).rows[24]
    }

    @Test func nameLineSaysWhatTheHighlightIsAbout() throws {
        #expect(nameRow("SAU", .donors).hasPrefix("Saudi Arabia (SAU) · gave: $100 million"))
        #expect(nameRow("BFA", .joinYear).hasPrefix("Burkina Faso (BFA) · joined 2021"))
        #expect(nameRow("IRQ", .none).hasPrefix("Iraq (IRQ) · theatre of operations"))
        var app = AppState()
        app.groups = try #require(GroupsPane.select(RecordRef(.group, "counter-finance"), in: GroupsState(),
                                                    context: paneContext()))
        var state = MapState()
        state.cursor = "ITA"
        let row = renderPane(MapPane.self, state, app: app, size: Size(width: 120, height: 30)).rows[24]
        #expect(row.hasPrefix("Italy (ITA) · co-chair: CIFG"))
        #expect(nameRow("SAU", .donors, .ar).contains(TextEngine().line("100 مليون دولار", base: .rtl).string))
    }
}

@Suite struct MapJoinYearTests {
    @Test func tilesKeepTheirCodesAndTakeTheColourOfTheirJoinPeriod() {
        var state = MapState()
        state.highlight = .joinYear
        state.cursor = "CAN"
        let wide = renderPane(MapPane.self, state, size: Size(width: 120, height: 30))
        // BFA (13,13) joined 2021; FRA (12,5) is a founding member.
        func cells(_ column: Int, _ y: Int) -> String {
            let x = 6 + (column - 1) * 4
            return (x..<(x + 3)).map { wide[$0, y].text }.joined()
        }
        #expect(cells(13, 13) == "BFA")
        #expect(wide[6 + 12 * 4, 13].style.role == .scale3)
        #expect(cells(12, 5) == "FRA")
        #expect(wide[6 + 11 * 4, 5].style.role == .tileMember)
        #expect(wide.rows[0].hasPrefix("Joined:  2014 or undated   2015–17   2018–19   2020– "))
        let narrow = renderPane(MapPane.self, state, size: Size(width: 60, height: 30))
        #expect(narrow.rows[13].contains("BF"))
        // Gapless tiles alternate their shade, but not the bands: an underlined band would read as
        // the next one on a monochrome terminal.
        let banded = narrow.cells.filter { [.scale1, .scale2, .scale3].contains($0.style.role) }
        #expect(!banded.isEmpty && banded.allSatisfy { !$0.style.alternate })
        #expect(narrow.cells.contains { $0.style.role == .tileMember && $0.style.alternate })
    }
}
