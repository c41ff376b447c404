import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

@Suite struct StatsPaneTests {
    let size = Size(width: 80, height: 24)

    @Test func airStrikesShowBothObservationsAndTheSeriesMark() {
        let rows = renderPane(StatsPane.self, StatsState(), size: size).rows
        #expect(rows[0].hasPrefix("Military"))
        #expect(rows[1].hasPrefix("↗ Air strikes  35 thousand"))
        // Cut at a word: no "US Depar" fragment.
        #expect(rows[2].contains("more than 33 thousand air strikes · February 2019 ·"))
        #expect(!rows[2].contains("Depar"))
        #expect(rows[3].contains("35 thousand air strikes · 8 September 2020 · Al-Dostor"))
    }

    @Test func disagreeingSourcesAreMarkedInTheWarningStyle() {
        let frame = renderPane(StatsPane.self, StatsState(), size: Size(width: 80, height: 40))
        let cifg = frame.rows.firstIndex { $0.contains("CIFG members") }!
        #expect(frame.rows[cifg].hasPrefix("≠ CIFG members  40 countries"))
        #expect(frame[0, cifg].style.role == .warning)
        let trained = frame.rows.firstIndex { $0.contains("Iraqi forces trained") }!
        #expect(frame.rows[trained].hasPrefix("≠"))
        let territory = frame.rows.firstIndex { $0.contains("Territory liberated") }!
        #expect(frame.rows[territory].hasPrefix("Territory"))   // one source: no mark
    }

    @Test func barsGrowFromTheLeftInEnglishAndFromTheRightInArabic() {
        let en = renderPane(StatsPane.self, StatsState(), size: size).rows
        // 33,000 of 35,000 over 16 cells = 15 cells and an eighth.
        #expect(en[2].hasPrefix("███████████████▏ "))
        #expect(en[3].hasPrefix("████████████████ "))
        let ar = renderPane(StatsPane.self, StatsState(), language: .ar, size: size).rows
        #expect(ar[2].hasSuffix(" ▕███████████████"))
        #expect(ar[3].hasSuffix(" ████████████████"))
    }

    @Test func asciiBars() {
        var app = AppState()
        app.config.ascii = true
        var frame = Frame(size: size)
        StatsPane.render(StatsState(), app: app, context: paneContext(ascii: true), in: frame.bounds, focused: true,
                         into: &frame)
        #expect(frame.rows[3].hasPrefix("################ 35 thousand"))
        #expect(frame.rows[1].hasPrefix("~ Air strikes"))
    }

    @Test func sparklineForTheMembersSeriesOnly() {
        let frame = renderPane(StatsPane.self, StatsState(), size: Size(width: 80, height: 40))
        let members = frame.rows.firstIndex { $0.contains("Coalition members") }!
        #expect(frame.rows[members].hasSuffix("  ▁█"))
        let trained = frame.rows.firstIndex { $0.contains("Iraqi forces trained") }!
        #expect(frame.rows[trained].hasSuffix("   "))   // a change of scope is not drawn as a trend
        let ar = renderPane(StatsPane.self, StatsState(), language: .ar, size: Size(width: 80, height: 40))
        #expect(ar.rows[members].hasPrefix("█▁  "))   // time runs right to left in Arabic
        #expect(Sparkline.line([79, 81, 82], direction: .ltr, ascii: false) == "▁▆█")
        #expect(Sparkline.line([5, 5], direction: .ltr, ascii: false) == "▅▅")
    }

    @Test func barChartPartialCells() {
        #expect(BarChart.bar(fraction: 0.5, width: 5, direction: .ltr, ascii: false) == "██▌")
        #expect(BarChart.bar(fraction: 0.5, width: 5, direction: .rtl, ascii: false) == "▐██")
        #expect(BarChart.bar(fraction: 0.001, width: 5, direction: .ltr, ascii: false) == "▏")
        #expect(BarChart.bar(fraction: 2, width: 3, direction: .rtl, ascii: false) == "███")
        #expect(BarChart.bar(fraction: 0, width: 3, direction: .ltr, ascii: false) == "")
        #expect(BarChart.bar(fraction: .nan, width: 3, direction: .ltr, ascii: false) == "")
    }

    @Test func selectionScrollsIntoViewAndSelectsByReference() {
        let context = paneContext()
        let rect = Rect(x: 0, y: 0, width: 80, height: 6)
        var state = StatsState()
        for _ in 0..<5 { state = StatsPane.reduce(state, action: .move(.down), context: context, rect: rect) }
        #expect(StatsPane.selection(state, context: context) == RecordRef(.figure, "members"))
        let rows = renderPane(StatsPane.self, state, size: Size(width: 80, height: 6)).rows
        #expect(rows.contains { $0.contains("Coalition members") })
        #expect(!rows.contains { $0.contains("Air strikes") })
        let back = StatsPane.select(RecordRef(.figure, "air-strikes"), in: state, context: context)!
        #expect(StatsPane.selection(back, context: context) == RecordRef(.figure, "air-strikes"))
        let scrolled = StatsPane.reduce(back, action: .move(.up), context: context, rect: rect)
        #expect(scrolled.scroll == 0)
        #expect(StatsPane.select(RecordRef(.group, "x"), in: state, context: context) == nil)
    }

    @Test func themeHeadingStaysOnTopWhileScrollingInsideTheTheme() {
        let context = paneContext()
        let rect = Rect(x: 0, y: 0, width: 80, height: 5)
        var state = StatsState()
        state = StatsPane.reduce(state, action: .move(.down), context: context, rect: rect)   // Iraqi forces trained
        let rows = renderPane(StatsPane.self, state, size: Size(width: 80, height: 5)).rows
        // Rows 3… of the list (the second air-strike observation on) under the sticky heading.
        #expect(rows[0].hasPrefix("Military"))
        #expect(rows[1].contains("35 thousand air strikes"))
        #expect(rows[2].hasPrefix("≠ Iraqi forces trained"))
        #expect(!rows.contains { $0.hasPrefix("↗ Air strikes") })
        // A click on the sticky heading selects nothing; one on a row below selects its figure.
        let clicked = StatsPane.reduce(state, action: .click(x: 3, y: 0), context: context, rect: rect)
        #expect(clicked.selected == state.selected)
        let strikes = StatsPane.reduce(state, action: .click(x: 3, y: 1), context: context, rect: rect)
        #expect(StatsPane.selection(strikes, context: context) == RecordRef(.figure, "air-strikes"))
    }

    @Test func clickSelectsTheFigureUnderThePointer() {
        let context = paneContext()
        let rect = Rect(x: 0, y: 0, width: 80, height: 24)
        let state = StatsPane.reduce(StatsState(), action: .click(x: 10, y: 5), context: context, rect: rect)
        #expect(StatsPane.selection(state, context: context) == RecordRef(.figure, "iraqi-forces-trained"))
    }

    @Test func neverCrashesAtTinySizes() {
        for w in 0...30 { for h in 0...10 { for language in Language.allCases {
            _ = renderPane(StatsPane.self, StatsState(), language: language, size: Size(width: w, height: h))
        } } }
        let empty = renderPane(StatsPane.self, StatsState(), store: Store(dataset: Dataset()), size: Size(width: 20, height: 3))
        #expect(empty.rows[0].hasPrefix("No figures"))
    }
}

@Suite struct StatsBundledDataTests {
    let store = PaneFixtures.bundled

    @Test func airStrikesAndMembersOnTheBundledData() {
        let rows = renderPane(StatsPane.self, StatsState(), store: store, size: Size(width: 100, height: 200)).rows
        let strikes = rows.firstIndex { $0.contains("Air strikes") }!
        #expect(rows[strikes].hasPrefix("↗ Air strikes  35 thousand") && rows[strikes].hasSuffix("▁█"))
        #expect(rows[strikes + 1].contains("more than 33 thousand"))
        #expect(rows[strikes + 2].contains("35 thousand"))
        let members = StatsPane.figures(of: store).firstIndex { $0.id == "members" }!
        let state = StatsPane.select(RecordRef(.figure, "members"), in: StatsState(), context: paneContext(store: store))!
        #expect(state.selected == members)
    }

    @Test func everyDisagreementIsMarked() {
        let frame = renderPane(StatsPane.self, StatsState(), store: store, size: Size(width: 100, height: 400))
        for figure in StatsPane.figures(of: store) {
            let row = frame.rows.firstIndex { $0.contains(figure.title.en + "  ") }
            guard let row else { Issue.record("\(figure.id) not shown"); continue }
            switch figure.disagreement?.kind {
            case .conflict?, .scope?: #expect(frame.rows[row].hasPrefix("≠ ") && frame[0, row].style.role == .warning)
            case .series?: #expect(frame.rows[row].hasPrefix("↗ "))
            case nil: #expect(!frame.rows[row].hasPrefix("≠") && !frame.rows[row].hasPrefix("↗"))
            }
        }
    }
}

@Suite struct AsciiPanesTests {
    /// `--ascii` is for terminals without UTF-8: the panes' own marks, bars and separators are ASCII
    /// (the text engine's ellipsis too: "...").
    @Test func panesDrawOnlyAsciiInAsciiMode() throws {
        var app = AppState()
        app.config.ascii = true
        var map = MapState()
        map.cursor = "IRQ"
        let groups = try #require(GroupsPane.select(RecordRef(.group, "counter-finance"), in: GroupsState(),
                                                    context: paneContext(ascii: true)))
        let frames = [renderPane(MapPane.self, map, app: app, size: Size(width: 120, height: 30)),
                      renderPane(MapPane.self, map, app: app, size: Size(width: 40, height: 10)),
                      renderPane(GroupsPane.self, groups, app: app, size: Size(width: 80, height: 24)),
                      renderPane(StatsPane.self, StatsState(), app: app, size: Size(width: 80, height: 24))]
        for frame in frames {
            for row in frame.rows {
                #expect(row.unicodeScalars.allSatisfy { $0.isASCII }, "\(row)")
            }
        }
        #expect(frames[0].rows[7].contains("IRQ*"))
    }
}

@Suite struct ArabicPercentTests {
    @Test func percentSignOnTheSameSideInTitlesAndObservationRows() {
        let rows = renderPane(StatsPane.self, StatsState(), language: .ar, size: Size(width: 80, height: 24)).rows
        let engine = TextEngine()
        let title = rows.first { $0.contains(engine.line("الأراضي المحررة", base: .rtl).string) }!
        let observation = rows.first { $0.contains(engine.line("من الأراضي", base: .rtl).string) }!
        #expect(title.contains("٪95") && observation.contains("٪95"))
    }
}
