import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

@Suite struct GroupsPaneTests {
    let size = Size(width: 80, height: 24)

    func state(_ id: String) -> GroupsState {
        GroupsPane.select(RecordRef(.group, id), in: GroupsState(), context: paneContext())!
    }

    @Test func listShowsEveryGroupWithItsCoChairs() {
        let rows = renderPane(GroupsPane.self, GroupsState(), size: size).rows
        #expect(rows[3].hasPrefix("Counter-ISIS Finance Group  SAU USA ITA"))
        #expect(rows[4].hasPrefix("Africa Focus Group  MAR NER USA ITA"))
        #expect(rows[5].hasPrefix("Small Group  32 members"))
        #expect(GroupsPane.groups(of: PaneFixtures.store).map(\.kind).last == .smallGroup)
    }

    @Test func detailNamesTheCoChairsWhenWideAndCodesWhenNarrow() {
        let wide = renderPane(GroupsPane.self, state("counter-finance"), size: size).rows
        #expect(wide.contains("Co-chairs: Saudi Arabia, United States, Italy".padded(to: 80)))
        #expect(wide.contains { $0.hasPrefix("UN resolutions: UNSCR 1267") })
        #expect(wide.contains { $0.hasPrefix("≠ CIFG members: 40 countries") })
        #expect(wide.contains { $0.hasPrefix("Source: Unattributed page") })
        let narrow = renderPane(GroupsPane.self, state("counter-finance"), size: Size(width: 30, height: 20)).rows
        #expect(narrow.contains { $0.hasPrefix("Co-chairs: SAU USA ITA") })
        #expect(narrow[3].hasPrefix("CIFG  SAU USA ITA"))   // short name when the full one does not fit
    }

    @Test func wideListsNameTheCoChairs() {
        let rows = renderPane(GroupsPane.self, GroupsState(), size: Size(width: 120, height: 24)).rows
        #expect(rows[3].hasPrefix("Counter-ISIS Finance Group  Saudi Arabia, United States, Italy"))
    }

    @Test func smallGroupListsItsMembers() {
        let rows = renderPane(GroupsPane.self, state("small-group"), size: Size(width: 200, height: 24)).rows
        #expect(rows.contains { $0.hasPrefix("Members (32): SAU USA EGY") && $0.contains("EUU INTERPOL NATO") })
    }

    @Test func arabicRowsAlignRightAndNameTheCoChairs() {
        let rows = renderPane(GroupsPane.self, state("counter-finance"), language: .ar, size: size).rows
        #expect(rows[3].hasSuffix(TextEngine().line("مجموعة التصدي لجهود تمويل داعش  SAU USA ITA", base: .rtl).string))
        let engine = TextEngine()
        #expect(rows.contains { $0.contains(engine.line("السعودية", base: .rtl).string) })
    }

    @Test func selectionMovesAndSelectingAGroupHighlightsItOnTheMap() {
        let context = paneContext()
        let rect = Rect(x: 0, y: 0, width: 80, height: 24)
        var groups = GroupsState()
        groups = GroupsPane.reduce(groups, action: .move(.down), context: context, rect: rect)
        groups = GroupsPane.reduce(groups, action: .move(.down), context: context, rect: rect)
        groups = GroupsPane.reduce(groups, action: .move(.down), context: context, rect: rect)
        #expect(GroupsPane.selection(groups, context: context) == RecordRef(.group, "counter-finance"))
        #expect(MapHighlight.group.members(groups: groups, store: context.store) == ["SAU", "USA", "ITA"])
        groups = GroupsPane.reduce(groups, action: .end, context: context, rect: rect)
        groups = GroupsPane.reduce(groups, action: .move(.down), context: context, rect: rect)
        #expect(GroupsPane.selection(groups, context: context) == RecordRef(.group, "small-group"))
        groups = GroupsPane.reduce(groups, action: .click(x: 5, y: 1), context: context, rect: rect)
        #expect(GroupsPane.selection(groups, context: context) == RecordRef(.group, "communications"))
        #expect(GroupsPane.select(RecordRef(.member, "FRA"), in: groups, context: context) == nil)
    }

    @Test func selectedRowIsStyled() {
        let frame = renderPane(GroupsPane.self, state("counter-finance"), size: size)
        #expect(frame[0, 3].style.role == .selected)
        #expect(frame[79, 3].style.role == .selected)
        #expect(frame[0, 2].style.role == .normal)
        let unfocused = renderPane(GroupsPane.self, state("counter-finance"), size: size, focused: false)
        #expect(unfocused[0, 3].style.role == .selectedUnfocused)
    }

    @Test func neverCrashesAtTinySizes() {
        for w in 0...30 { for h in 0...10 { for language in Language.allCases {
            _ = renderPane(GroupsPane.self, state("small-group"), language: language, size: Size(width: w, height: h))
        } } }
        #expect(renderPane(GroupsPane.self, GroupsState(), store: Store(dataset: Dataset()), size: size).rows[0]
                == String(repeating: " ", count: 80))
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padded(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

@Suite struct PaneStateBoundsTests {
    /// States from an older data set (a search hit, a saved position) may point past the end.
    @Test func outOfRangeSelectionsAreClamped() {
        var groups = GroupsState()
        groups.selected = 99
        #expect(GroupsPane.selection(groups, context: paneContext()) == RecordRef(.group, "small-group"))
        groups.selected = -3
        #expect(GroupsPane.selection(groups, context: paneContext()) == RecordRef(.group, "stabilisation"))
        var stats = StatsState()
        stats.selected = 99
        stats.scroll = 500
        #expect(StatsPane.selection(stats, context: paneContext()) == RecordRef(.figure, "members"))
        let rows = renderPane(StatsPane.self, stats, size: Size(width: 80, height: 6)).rows
        #expect(rows.contains { $0.contains("Coalition members") })
        var map = MapState()
        map.cursor = "ATLANTIS"
        #expect(MapPane.selection(map, context: paneContext()) == RecordRef(.member, "CAN"))
        #expect(MapPane.select(RecordRef(.member, "ATLANTIS"), in: map, context: paneContext()) == nil)
    }
}
