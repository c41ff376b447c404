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
        #expect(rows[2].contains("more than 33 thousand · air strikes · February 2019 · US Depar"))
        #expect(rows[3].contains("35 thousand · air strikes · 8 September 2020 · Al-Dostor"))
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
    }
}
