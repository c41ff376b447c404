import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// `--low-bandwidth`: a cursor move at 120x40 changes a handful of cells (the gutter marker and
/// the status bar's counter), where the default mode rewrites the old and new rows and the
/// detail strip. Counted with the driver's own diff, so the figure is what goes over the wire.
@Suite struct LowBandwidthTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    static let size = Size(width: 120, height: 40)

    static func state(_ language: Language, lowBandwidth: Bool, focus: PaneID) -> AppState {
        var state = AppState(config: AppConfig(language: language, lowBandwidth: lowBandwidth))
        state.size = size
        state.focus = focus
        return state
    }

    /// Cells that differ between the frames before and after one Down in `pane`.
    func cellsChangedByDown(_ language: Language, lowBandwidth: Bool, focus pane: PaneID) -> Int {
        let before = Self.state(language, lowBandwidth: lowBandwidth, focus: pane)
        let after = reduce(before, .move(.down), store: store).state
        #expect(after != before, "Down moved nothing in \(pane)")
        let runs = FrameDiff.runs(from: render(before, store: store, size: Self.size),
                                  to: render(after, store: store, size: Self.size))
        return FrameDiff.cellCount(runs)
    }

    @Test(arguments: [PaneID.timeline, .groups, .stats, .sources], Language.allCases)
    func downChangesFewCells(pane: PaneID, language: Language) {
        let low = cellsChangedByDown(language, lowBandwidth: true, focus: pane)
        let full = cellsChangedByDown(language, lowBandwidth: false, focus: pane)
        #expect(low <= 16, "\(pane) \(language): \(low) cells changed in low-bandwidth mode")
        #expect(full > 4 * low, "\(pane) \(language): default mode changed \(full) cells, low-bandwidth \(low)")
    }

    @Test(arguments: Language.allCases)
    func mapCursorChangesOnlyTiles(language: Language) {
        // The map marks its cursor by restyling one tile; its name line below the grid changes too.
        let low = cellsChangedByDown(language, lowBandwidth: true, focus: .map)
        #expect(low <= 32, "map \(language): \(low) cells")
    }

    @Test(arguments: Language.allCases)
    func markerSitsInTheStartGutterOfTheSelectedRow(language: Language) {
        let state = reduce(Self.state(language, lowBandwidth: true, focus: .timeline), .move(.down), store: store).state
        let frame = render(state, store: store, size: Self.size)
        let timeline = ShellLayout(size: Self.size, direction: language == .ar ? .rtl : .ltr, focus: .timeline)
            .inner(.timeline)!
        let x = language == .ar ? timeline.maxX - 1 : timeline.x
        let marked = (timeline.y..<timeline.maxY).filter { frame[x, $0].text == (language == .ar ? "◀" : "▶") }
        #expect(marked.count == 1)
        // No row of the pane is drawn in the selection style.
        let lit = (timeline.y..<timeline.maxY).flatMap { y in (timeline.x..<timeline.maxX).map { frame[$0, y] } }
            .filter { $0.style.role == .selected }
        #expect(lit.isEmpty)
    }

    @Test func detailStripShowsTheLastOpenedRecordNotTheSelection() {
        var state = Self.state(.en, lowBandwidth: true, focus: .groups)
        let hint = Strings.en.detailStripHint
        #expect(render(state, store: store, size: Self.size).rows.contains { $0.contains(hint.prefix(30)) })
        state = TestDriver.run(state, [.open, .close], store: store)
        let opened = GroupsPane.selectedGroup(state.groups, store: store)!
        #expect(state.lastOpened == RecordRef(.group, opened.id))
        let strip = { (s: AppState) in
            render(s, store: store, size: Self.size).rows.suffix(9).dropLast().joined(separator: "\n")
        }
        let shown = strip(state)
        #expect(shown.contains(opened.name.text(.en).prefix(20)))
        #expect(strip(reduce(state, .move(.down), store: store).state) == shown)
    }

    @Test(arguments: Language.allCases)
    func golden(language: Language) {
        // The second event opened and closed, then the third selected: the strip keeps the second.
        let state = TestDriver.run(Self.state(language, lowBandwidth: true, focus: .timeline),
                                   [.move(.down), .open, .close, .move(.down)], store: store)
        assertSnapshot(render(state, store: store, size: Self.size),
                       named: "low-bandwidth-120x40-\(language.rawValue)", styles: true)
    }
}
