import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

@Suite struct RenderTests {
    static func state(_ language: Language, _ size: Size) -> AppState {
        var state = AppState(config: AppConfig(language: language))
        state.size = size
        return state
    }

    static func visual(_ text: String, _ base: BaseDirection) -> String { TextEngine().line(text, base: base).string }

    /// States with every overlay, to render at every size.
    static func variety(_ language: Language, _ size: Size) -> [AppState] {
        let base = state(language, size)
        return [
            base,
            TestDriver.run(base, [.toggleHelp]),
            TestDriver.run(base, [.open]),
            TestDriver.run(base, [.startSearch] + TestDriver.typing("مراكش")),
            TestDriver.run(base, [.focus(.stats), .filterCategory, .copyCitation]),
        ]
    }

    @Test func everySizeUpTo45x15RendersFullRows() {
        for language in Language.allCases {
            let states = Self.variety(language, Size(width: 45, height: 15))
            for w in 0...45 {
                for h in 0...15 {
                    let size = Size(width: w, height: h)
                    for var state in states {
                        state.size = size
                        let frame = render(state, store: Fixture.store, size: size)
                        #expect(frame.rows.count == h)
                        for y in 0..<h {
                            let width = (0..<w).reduce(0) { $0 + Int(frame[$1, y].width) }
                            #expect(width == w, "row \(y) at \(w)x\(h) has \(width) cells")
                        }
                    }
                }
            }
        }
    }

    @Test(arguments: [Size(width: 100, height: 30), Size(width: 200, height: 60), Size(width: 300, height: 100),
                      Size(width: 99, height: 50), Size(width: 1000, height: 3)])
    func largeSizesRender(size: Size) {
        for language in Language.allCases {
            for state in Self.variety(language, size) {
                let frame = render(state, store: Fixture.store, size: size)
                #expect(frame.rows.count == size.height)
            }
        }
    }

    @Test func anEmptyStoreRendersEverywhere() {
        let empty = Store(dataset: Dataset())
        for w in stride(from: 0, through: 130, by: 13) {
            for h in stride(from: 0, through: 45, by: 5) {
                for state in Self.variety(.ar, Size(width: w, height: h)) {
                    _ = render(reduce(state, .open, store: empty).state, store: empty, size: Size(width: w, height: h))
                }
            }
        }
    }

    @Test func arabicPutsTheTimelineOnTheRightAndEnglishOnTheLeft() {
        let size = Size(width: 120, height: 40)
        let ar = render(Self.state(.ar, size), store: Fixture.store, size: size).rows[1]
        let title = Self.visual(Strings.ar.paneTitle(.timeline), .rtl)
        #expect(ar.hasSuffix(" " + title + " "))
        #expect(ar.hasPrefix(String(repeating: " ", count: 40)) && ar.contains(" │ "))
        let en = render(Self.state(.en, size), store: Fixture.store, size: size).rows[1]
        #expect(en.hasPrefix(" Timeline "))
        #expect(en.contains(" │ Member map "))
    }

    @Test func theStatusBarStartsAtTheStartEdge() {
        let size = Size(width: 80, height: 24)
        let ar = render(Self.state(.ar, size), store: Fixture.store, size: size).rows[23]
        #expect(ar.hasSuffix("1/11 " + Self.visual(Strings.ar.paneTitle(.timeline), .rtl) + " "))
        let en = render(Self.state(.en, size), store: Fixture.store, size: size).rows[23]
        #expect(en.hasPrefix(" Timeline 1/11"))
        #expect(en.hasSuffix("[ ] year "))
    }

    @Test func scrollBarsAreOnTheEndSide() {
        // 40x12 cannot show all 18 timeline rows: the bar is at the left in Arabic, the right in English.
        let size = Size(width: 40, height: 12)
        let ar = render(Self.state(.ar, size), store: Fixture.store, size: size)
        #expect(ar[1, 4].text == "█")
        let en = render(Self.state(.en, size), store: Fixture.store, size: size)
        #expect(en[38, 4].text == "█")
    }

    @Test func belowTheMinimumOnlyTheMessageShows() {
        let size = Size(width: 39, height: 12)
        let rows = render(Self.state(.en, size), store: Fixture.store, size: size).rows
        #expect(rows.filter { !$0.allSatisfy { $0 == " " } }.count == 1)
        #expect(rows.joined().contains("Enlarge the terminal"))
        #expect(!rows.joined().contains("Timeline"))
    }

    @Test func theSelectedRowIsHighlighted() {
        let size = Size(width: 80, height: 24)
        let frame = render(Self.state(.en, size), store: Fixture.store, size: size)
        // Row 5: the first event (Jeddah) under the 2014 header.
        #expect(frame.rows[5].contains("Jeddah"))
        #expect(frame[10, 5].style.role == .selected)
        #expect(frame[10, 6].style.role != .selected)
    }

    @Test func theFocusedPaneHasTheFocusedHeader() {
        let size = Size(width: 120, height: 40)
        let state = TestDriver.run(Self.state(.en, size), [.focus(.groups)])
        let frame = render(state, store: Fixture.store, size: size)
        let layout = ShellLayout(size: size, direction: .ltr, focus: .groups)
        let groups = layout.panes[.groups]!, timeline = layout.panes[.timeline]!
        #expect(frame[groups.x, groups.y].style.role == .headerFocused)
        #expect(frame[groups.maxX - 1, groups.y].style.role == .headerFocused)
        #expect(frame[timeline.x, timeline.y].style.role == .header)
        #expect(frame[groups.x, groups.y + 1].style.role != .headerFocused)
    }

    @Test func theGridSummaryShowsTheFocusedSelection() {
        let size = Size(width: 120, height: 40)
        let state = TestDriver.run(Self.state(.en, size), [.end])
        let text = render(state, store: Fixture.store, size: size).rows.suffix(10).joined(separator: "\n")
        #expect(text.contains("A Daesh media network dismantled"))
        #expect(text.contains("Inferred date: the year is inferred from the article"))
    }
}
