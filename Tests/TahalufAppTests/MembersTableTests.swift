import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

/// The members table (`t`, `s`, `S`), the frequency view (`c`, Enter, 1-9) and the facets
/// (`f` / `F`, `x`), through the real keymap and reducer on the 87-member pane fixture.
@Suite struct MembersTableTests {
    let store = PaneFixtures.store

    func state(_ language: Language = .en, size: Size = Size(width: 120, height: 40)) -> AppState {
        var state = AppState(config: AppConfig(language: language))
        state.size = size
        return state
    }

    func press(_ state: AppState, _ keys: String) -> AppState {
        TestDriver.press(state, keys.map { Key.char($0) }, store: store)
    }

    func context(_ state: AppState) -> PaneContext { PaneContext(store: store, state: state) }

    func tableCodes(_ state: AppState) -> [String] {
        MembersTable.rows(sort: state.map.sort, context: context(state)).map(\.code)
    }

    /// Straight from the data, not through the facet the table applies.
    var africans: [String] { store.dataset.members.filter { $0.region == .subSaharanAfrica }.map(\.code).sorted() }

    @Test func tTogglesBetweenTilesAndTable() {
        var s = press(state(), "2")
        #expect(s.map.view == .tiles)
        s = press(s, "t")
        #expect(s.map.view == .table)
        s = press(s, "t")
        #expect(s.map.view == .tiles)
    }

    @Test func sCyclesTheSortColumnAndSReverses() {
        var s = press(state(), "2t")
        #expect(s.map.sort == MemberSort(column: .name))
        var seen: [MemberColumn] = [s.map.sort.column]
        for _ in 1..<MemberColumn.allCases.count {
            s = press(s, "s")
            seen.append(s.map.sort.column)
        }
        #expect(seen == MemberColumn.allCases)
        s = press(s, "s")
        #expect(s.map.sort.column == .name && !s.map.sort.descending)
        let ascending = tableCodes(s)
        s = press(s, "S")
        #expect(s.map.sort.descending)
        #expect(tableCodes(s) == ascending.reversed())
    }

    @Test func sortingByJoinDateBothWays() {
        var s = press(state(), "2tsss")
        #expect(s.map.sort.column == .joined)
        let up = MembersTable.rows(sort: s.map.sort, context: context(s))
        let dates = up.compactMap(\.joined)
        #expect(dates == dates.sorted())
        #expect(up.first?.joined == nil)   // the undated founders first
        s = press(s, "S")
        let down = MembersTable.rows(sort: s.map.sort, context: context(s))
        #expect(down.first?.joined == dates.last)
        #expect(down.compactMap(\.joined) == dates.sorted().reversed())
        // A new order starts at its top.
        #expect(MapPane.selection(s.map, context: context(s)) == RecordRef(.member, down[0].code))
        #expect(s.map.tableScroll == 0)
    }

    /// The map's cursor moved while the table was hidden: the table scrolls to show it.
    @Test func theTableShowsTheMapsCursor() {
        var s = press(state(.en, size: Size(width: 80, height: 24)), "2")
        s.map.cursor = "YEM"
        s = press(s, "t")
        let text = render(s, store: store, size: s.size).rows.joined(separator: "\n")
        #expect(text.contains("Yemen"))
    }

    @Test func sOutsideTheTableDoesNothing() {
        let s = press(state(), "s")
        #expect(s.map.sort == MemberSort())
    }

    @Test func theTableAndTheMapShareTheCursorAndEnterOpensTheMember() {
        var s = press(state(), "2t")
        s = TestDriver.run(s, [.move(.down), .move(.down)], store: store)
        let third = tableCodes(s)[2]
        #expect(s.map.cursor == third)
        s = TestDriver.run(s, [.open], store: store)
        #expect(s.detail.current == RecordRef(.member, third))
        s = TestDriver.run(s, [.back, .toggleTable], store: store)
        #expect(MapPane.selection(s.map, context: context(s)) == RecordRef(.member, third))
    }

    @Test func africanMembersInThreeKeysFromTheMap() {
        // c: count by region over the table; 3: the third row, Sub-Saharan Africa.
        let s = press(press(state(), "2"), "c3")
        #expect(s.filters == Filters(region: .subSaharanAfrica))
        #expect(s.map.view == .table && s.map.frequency == nil)
        #expect(tableCodes(s).sorted() == africans)
        #expect(africans.count == 13)
    }

    @Test func tAndCBringTheFocusToTheMap() {
        var s = press(state(), "c3")
        #expect(s.focus == .map && s.filters.region == .subSaharanAfrica)
        s = press(press(s, "1"), "t")
        #expect(s.focus == .map && s.map.view == .tiles)
    }

    @Test func lowBandwidthMarksTheRowInTheGutter() {
        var s = state(.en, size: Size(width: 80, height: 24))
        s.config.lowBandwidth = true
        s = press(s, "2t")
        let frame = render(s, store: store, size: s.size)
        #expect(frame.rows[4].hasPrefix(" ▶"))
        // No cell of the table (below the title bar) is in the selection style.
        #expect(!frame.cells.dropFirst(s.size.width).contains { $0.style.role == .selected })
        let moved = render(TestDriver.run(s, [.move(.down)], store: store), store: store, size: s.size)
        let changed = zip(frame.cells, moved.cells).filter { $0 != $1 }.count
        #expect(changed <= 4, "a move rewrites the marker and the status position: \(changed)")
    }

    @Test func asciiSortMarks() {
        var s = state(.en, size: Size(width: 80, height: 24))
        s.config.ascii = true
        s = press(s, "2t")
        #expect(render(s, store: store, size: s.size).rows[3].contains("Name ^"))
        s = press(s, "S")
        #expect(render(s, store: store, size: s.size).rows[3].contains("Name v"))
    }

    @Test func frequencyRowsAreCountsLargestFirstAndEnterFilters() {
        var s = press(state(), "2c")
        let rows = MemberFrequency.rows(.region, context: context(s))
        #expect(rows.map(\.count) == rows.map(\.count).sorted(by: >))
        #expect(rows.reduce(0) { $0 + $1.count } == store.dataset.members.count)
        let row = rows.firstIndex { $0.facet == .region(.subSaharanAfrica) }!
        s = TestDriver.run(s, Array(repeating: .move(.down), count: row) + [.open], store: store)
        #expect(s.filters.region == .subSaharanAfrica)
    }

    @Test func joinYearFrequencyFiltersThe2017Joiners() {
        var s = press(press(state(), "2"), "cc")
        #expect(s.map.frequency?.dimension == .joinYear)
        let rows = MemberFrequency.rows(.joinYear, context: context(s))
        #expect(rows.last?.facet == nil)   // the undated members, last and not a filter
        let n = rows.firstIndex { $0.facet == .year(2017) }! + 1
        s = press(s, String(n))
        #expect(s.filters == Filters(years: 2017...2017))
        let expected = store.dataset.members.filter { $0.joined?.year == 2017 }.map(\.code).sorted()
        #expect(!expected.isEmpty && tableCodes(s).sorted() == expected)
    }

    @Test func theUndatedRowIsNotAFilter() {
        var s = press(press(state(), "2"), "cc")
        let rows = MemberFrequency.rows(.joinYear, context: context(s))
        s = press(s, String(rows.count))
        #expect(s.filters.isEmpty && s.notice != nil)
    }

    @Test func cStepsThroughTheDimensionsAndEscCloses() {
        var s = press(state(), "2c")
        #expect(s.map.frequency?.dimension == .region)
        var seen = [s.map.frequency!.dimension]
        for _ in 1..<FrequencyDimension.allCases.count {
            s = press(s, "c")
            seen.append(s.map.frequency!.dimension)
        }
        #expect(seen == FrequencyDimension.allCases)
        s = press(s, "c")
        #expect(s.map.frequency?.dimension == .region)
        s = TestDriver.press(s, [.escape], store: store)
        #expect(s.map.frequency == nil && s.map.view == .table)
    }

    @Test func groupFrequencyFiltersByGroup() {
        var s = press(press(state(), "2"), "ccc")
        let rows = MemberFrequency.rows(.group, context: context(s))
        let small = rows.firstIndex { $0.facet == .group("small-group") }!
        s = TestDriver.run(s, Array(repeating: .move(.down), count: small) + [.open], store: store)
        #expect(s.filters.group == "small-group")
        #expect(Set(tableCodes(s)) == Set(store.members(ofGroup: "small-group")))
    }

    @Test func sourceAndKindOfSourceFrequenciesFilterByCitation() {
        var s = press(press(state(), "2"), "cccc")
        #expect(s.map.frequency?.dimension == .sourceKind)
        let kinds = MemberFrequency.rows(.sourceKind, context: context(s))
        let seed = try! #require(kinds.firstIndex { $0.facet == .sourceKind(.seed) })
        s = press(s, String(seed + 1))
        #expect(s.filters.sourceKind == .seed)
        let cited = Set(store.dataset.sources.filter { $0.kind == .seed }.flatMap { store.uses(ofSource: $0.id) }
            .filter { $0.record.kind == .member }.map(\.record.id))
        #expect(Set(tableCodes(s)) == cited && tableCodes(s).count == kinds[seed].count)

        s = press(press(s, "x"), "ccccc")
        #expect(s.map.frequency?.dimension == .source)
        let sources = MemberFrequency.rows(.source, context: context(s))
        s = press(s, "1")
        guard case .source(let id)? = sources.first?.facet else { Issue.record("no source row"); return }
        #expect(s.filters.source == id)
        #expect(tableCodes(s).count == sources[0].count)
        let frame = render(s, store: store, size: s.size).rows.joined(separator: "\n")
        #expect(frame.contains("Member map · source " + id))
    }

    @Test func filtersCombineAndXClearsThemAll() {
        var s = press(press(state(), "2"), "c3")
        s = press(s, "cc")
        let n = MemberFrequency.rows(.joinYear, context: context(s)).firstIndex { $0.facet == .year(2017) }! + 1
        s = press(s, String(n))
        #expect(s.filters == Filters(region: .subSaharanAfrica, years: 2017...2017))
        let both = Set(tableCodes(s))
        #expect(both == Set(store.dataset.members.filter { $0.joined?.year == 2017 }.filter { $0.region == .subSaharanAfrica }.map(\.code)))
        s = press(s, "x")
        #expect(s.filters.isEmpty && s.timeline.filter == nil)
        #expect(tableCodes(s).count == store.dataset.members.count)
        #expect(s.notice == TableStrings.en.filtersCleared)
    }

    @Test func fAndFCycleTheCategoryBothWays() {
        var s = press(state(), "f")
        #expect(s.filters.category == .founding && s.timeline.filter?.category == .founding)
        s = press(s, "F")
        #expect(s.filters.category == nil && s.timeline.filter == nil)
        s = press(s, "F")
        let last = EventCategory.allCases.last { !store.events(in: $0).isEmpty }
        #expect(s.filters.category == last)
        s = press(s, "f")
        #expect(s.filters.category == nil)
    }

    @Test func aRegionFilterNarrowsTheTimelineToEventsNamingAMemberOfIt() {
        let s = TestDriver.run(state(), [.setFilters(Filters(region: .mena))], store: store)
        let rows = TimelineRows(store: store, filter: s.timeline.filter)
        #expect(rows.count > 0 && rows.count < store.eventsByDate.count)
        for i in 0..<rows.count {
            #expect(rows.event(i).members.contains { store.member($0)?.region == .mena })
        }
    }

    @Test func arabicKeyboardLettersWork() {
        // ف is t, ؤ is c, ء is x on the Arabic layout.
        var s = TestDriver.press(press(state(.ar), "2"), [.char("ف")], store: store)
        #expect(s.map.view == .table)
        s = TestDriver.press(s, [.char("ؤ"), .char("3")], store: store)
        #expect(s.filters.region == .subSaharanAfrica)
        s = TestDriver.press(s, [.char("ء")], store: store)
        #expect(s.filters.isEmpty)
    }

    @Test func aJumpToAFilteredOutRecordClearsTheFilters() {
        var s = press(press(state(), "2"), "c3")
        s = TestDriver.run(s, [.startSearch] + TestDriver.typing("Saudi") + [.open], store: store)
        #expect(s.filters.isEmpty)
        #expect(MapPane.selection(s.map, context: context(s)) == RecordRef(.member, "SAU"))
    }

    @Test func kioskIdleResetClearsTheFilters() {
        var s = state()
        s.config.kiosk = KioskConfig(idleSeconds: 2)
        s = press(press(s, "2"), "c3")
        #expect(!s.filters.isEmpty)
        s = TestDriver.run(s, [.idle, .idle], store: store)
        #expect(s.filters.isEmpty && s.map.view == .tiles && s.timeline.filter == nil)
    }

    @Test func titlesShowTheFiltersThatApply() {
        let s = press(press(state(), "2"), "c3")
        let frame = render(s, store: store, size: s.size)
        let text = frame.rows.joined(separator: "\n")
        #expect(text.contains("Member map · Sub-Saharan Africa"))
        #expect(text.contains("Timeline · Sub-Saharan Africa"))
        #expect(!text.contains("Statistics · "))
    }

    @Test func columnsFitTheWidthKeepingNameAndSortedColumn() {
        let c = paneContext(.en)
        for width in [30, 57, 78, 118] {
            for column in MemberColumn.allCases {
                let columns = MembersTable.columns(width: width, sort: MemberSort(column: column), context: c)
                let used = columns.reduce(0) { $0 + $1.width } + columns.count - 1
                #expect(used <= width, "\(width) \(column)")
                #expect(columns.contains { $0.column == .name } && columns.contains { $0.column == column }, "\(width) \(column)")
            }
        }
        #expect(MembersTable.columns(width: 118, sort: MemberSort(), context: c).count == MemberColumn.allCases.count)
    }

    /// The role of the cell where `text` starts (English rows: one cell per character).
    func role(of text: String, in frame: Frame) -> StyleRole? {
        guard let y = frame.rows.firstIndex(where: { $0.contains(text) }),
              let range = frame.rows[y].range(of: text) else { return nil }
        return frame[frame.rows[y].distance(from: frame.rows[y].startIndex, to: range.lowerBound), y].style.role
    }

    @Test func groupsAndStatsDimWhatTheFiltersLeaveOut() {
        var context = paneContext(.en)
        context.filters = Filters(group: "counter-finance")
        var frame = Frame(size: Size(width: 58, height: 13))
        GroupsPane.render(GroupsState(), app: AppState(), context: context, in: frame.bounds, focused: false, into: &frame)
        #expect(role(of: "Counter-ISIS Finance", in: frame) == .normal)
        #expect(role(of: "Small Group", in: frame) == .dim)

        context.filters = Filters(category: .military)
        frame = Frame(size: Size(width: 58, height: 30))
        StatsPane.render(StatsState(), app: AppState(), context: context, in: frame.bounds, focused: false, into: &frame)
        let military = store.dataset.figures.first { $0.theme == .military }!.title.en
        let other = store.dataset.figures.first { $0.theme != .military }!.title.en
        #expect(role(of: military, in: frame) != .dim)
        #expect(role(of: other, in: frame) == .dim)
    }

    @Test func recordsCountEventsFiguresAndGroups() {
        let usa = store.member("USA")!
        let expected = store.events(involvingMember: "USA").count + store.figures(involvingMember: "USA").count
            + store.groups(ofMember: "USA").count
        #expect(MembersTable.cell(usa, .records, context: paneContext()).text == String(expected))
    }
}

/// The join-year highlight: codes stay on the tiles, colours show the period, a legend explains them.
@Suite struct JoinYearScaleTests {
    @Test func bands() {
        #expect(JoinYearScale.band(nil) == .founding)
        #expect(JoinYearScale.band(FactDate(year: 2014, month: 12)) == .founding)
        #expect(JoinYearScale.band(FactDate(year: 2017)) == .early)
        #expect(JoinYearScale.band(FactDate(year: 2019, month: 6)) == .middle)
        #expect(JoinYearScale.band(FactDate(year: 2025)) == .late)
    }

    @Test func everyBandLooksDifferentInEveryTheme() {
        for depth in [ColorDepth.monochrome, .basic8, .indexed256] {
            for variant in ThemeVariant.allCases {
                let theme = ColorTheme(variant: variant, depth: depth)
                let looks = JoinYearScale.Band.allCases.map { theme.look(for: $0.style) }
                #expect(Set(looks).count == looks.count, "\(depth) \(variant)")
            }
        }
    }
}
