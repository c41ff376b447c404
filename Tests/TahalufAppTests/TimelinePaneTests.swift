import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

@Suite struct TimelinePaneTests {
    static let rect = Rect(x: 0, y: 0, width: 60, height: 20)

    static func context(_ language: Language = .ar, store: Store = Fixture.store, months: MonthStyle = .levant) -> PaneContext {
        PaneContext(store: store, config: AppConfig(language: language, months: months))
    }

    static func selected(_ state: TimelineState, _ context: PaneContext = context()) -> String? {
        TimelinePane.selection(state, context: context)?.id
    }

    static func apply(_ actions: [Action], _ context: PaneContext = context(), from state: TimelineState = TimelineState()) -> TimelineState {
        actions.reduce(state) { TimelinePane.reduce($0, action: $1, context: context, rect: rect) }
    }

    @Test func rowsInterleaveYearHeadersWithEvents() {
        let rows = TimelineRows(store: Fixture.store, filter: nil)
        #expect(rows.years.map(\.year) == [2014, 2015, 2019, 2020, 2021, 2022, 2024])
        #expect(rows.row(0) == .year(2014))
        #expect(rows.row(1) == .event(0))
        #expect(rows.row(5) == .year(2015))
        #expect(rows.row(6) == .event(4))
        #expect(rows.rowCount == 11 + 7)
        for p in 0..<rows.count { #expect(rows.row(rows.displayRow(ofEvent: p)) == .event(p)) }
    }

    @Test func rowsMapBackAndForthOnALargeStore() {
        let rows = TimelineRows(store: Fixture.synthetic(5_000), filter: nil)
        #expect(rows.years.count == 11)
        for p in stride(from: 0, to: rows.count, by: 97) { #expect(rows.row(rows.displayRow(ofEvent: p)) == .event(p)) }
        let store = Fixture.synthetic(5_000)
        let filtered = TimelineRows(store: store, filter: TimelineFilter(.military, store: store))
        #expect(filtered.count == (0..<5_000).filter { $0 % EventCategory.allCases.count == 2 }.count)
        for p in stride(from: 0, to: filtered.count, by: 31) {
            #expect(filtered.row(filtered.displayRow(ofEvent: p)) == .event(p))
            #expect(filtered.event(p).category == .military)
        }
    }

    @Test func upAndDownMoveAndStopAtTheEnds() {
        #expect(Self.selected(Self.apply([.move(.up)])) == "ministerial-2014-jeddah")
        #expect(Self.selected(Self.apply([.move(.down), .move(.down)])) == "announcement-2014")
        #expect(Self.selected(Self.apply([.end, .move(.down)])) == "media-network-2024")
        #expect(Self.selected(Self.apply([.end, .home])) == "ministerial-2014-jeddah")
    }

    @Test func bracketsJumpByYear() {
        let next = Self.apply([.nextYear])
        #expect(Self.selected(next) == "ffis-2015")
        #expect(Self.selected(Self.apply([.nextYear, .nextYear])) == "ministerial-2019-washington")
        // Inside a year, [ goes to the year's first event, then to the year before.
        let inside = Self.apply([.nextYear, .nextYear, .move(.down)])
        #expect(Self.selected(Self.apply([.previousYear], from: inside)) == "ministerial-2019-washington")
        #expect(Self.selected(Self.apply([.previousYear, .previousYear], from: inside)) == "ffis-2015")
    }

    @Test func leftAndRightFollowTheScreenTimeRunsRightToLeftInArabic() {
        // Arabic: later years are to the left.
        #expect(Self.selected(Self.apply([.move(.left)], Self.context(.ar))) == "ffis-2015")
        #expect(Self.selected(Self.apply([.move(.right)], Self.context(.ar))) == "ministerial-2014-jeddah")
        // English: later years are to the right.
        #expect(Self.selected(Self.apply([.move(.right)], Self.context(.en))) == "ffis-2015")
    }

    @Test func fCyclesCategoriesThatHaveEventsAndShowsTheFilter() {
        let context = Self.context(.en)
        var state = Self.apply([.filterCategory], context)
        #expect(state.filter?.category == .founding)
        #expect(Self.selected(state, context) == "launch-2014")
        state = Self.apply([.filterCategory], context, from: state)
        #expect(state.filter?.category == .ministerial)
        var frame = Frame(size: Size(width: 60, height: 20))
        TimelinePane.render(state, app: AppState(), context: context, in: frame.bounds, focused: true, into: &frame)
        #expect(frame.rows[0].hasPrefix(" Category: Ministerial"))
        #expect(!frame.rows.joined().contains("Obama"))
        // Only categories with events, then back to all.
        var seen: [EventCategory] = []
        while let filter = state.filter?.category, seen.count < 20 {
            seen.append(filter)
            state = Self.apply([.filterCategory], context, from: state)
        }
        #expect(seen == [.ministerial, .military, .stabilisation, .counterMessaging, .membership, .leadership])
    }

    @Test func selectClearsAFilterThatHidesTheEvent() {
        let context = Self.context()
        let filtered = Self.apply([.filterCategory], context)
        let state = TimelinePane.select(RecordRef(.event, "baghdadi-2019"), in: filtered, context: context)
        #expect(state?.filter == nil)
        #expect(state.flatMap { Self.selected($0, context) } == "baghdadi-2019")
        #expect(TimelinePane.select(RecordRef(.member, "SAU"), in: filtered, context: context) == nil)
        #expect(TimelinePane.select(RecordRef(.event, "nope"), in: filtered, context: context) == nil)
    }

    @Test func rowsShowDatesAtTheirPrecisionWithInferredMarked() {
        let context = Self.context(.en)
        var frame = Frame(size: Size(width: 60, height: 30))
        TimelinePane.render(TimelineState(), app: AppState(), context: context, in: frame.bounds, focused: true, into: &frame)
        let rows = frame.rows
        #expect(rows.contains { $0.hasPrefix(" 2014    ◆ Ministerial meeting in Jeddah") })
        #expect(rows.contains { $0.hasPrefix(" Sep     ★ Coalition officially launched") })
        #expect(rows.contains { $0.hasPrefix(" 10 Sep  ★ Obama announces") })
        #expect(rows.contains { $0.hasPrefix(" ~18 Jun ◉ A Daesh media network") })
    }

    @Test func arabicMonthNamesFollowTheChosenStyle() {
        let october = FactDate(year: 2014, month: 10)
        #expect(DateFormat.withinYear(october, language: .ar, months: .levant) == "تشرين الأول")
        #expect(DateFormat.withinYear(october, language: .ar, months: .gulf) == "أكتوبر")
        #expect(DateFormat.full(FactDate(year: 2015, month: 6, day: 11), language: .ar, months: .gulf) == "11 يونيو 2015")
        #expect(DateFormat.full(FactDate(year: 2015, month: 6, day: 11), language: .en, months: .gulf) == "11 June 2015")
        #expect(DateFormat.full(nil, language: .ar, months: .gulf) == "غير مؤرخ")
    }

    @Test func theArabicRulerReadsFromTheRight() {
        var frame = Frame(size: Size(width: 60, height: 20))
        TimelinePane.render(TimelineState(), app: AppState(), context: Self.context(.ar), in: frame.bounds,
                            focused: true, into: &frame)
        let ruler = frame.rows[1]
        let first = ruler.range(of: "2014")!, last = ruler.range(of: "2024")!
        #expect(last.lowerBound < first.lowerBound)
        #expect(ruler.hasSuffix("2014─ "))
    }

    @Test func aClickOnTheRulerJumpsToThatYear() {
        let context = Self.context(.ar)
        var frame = Frame(size: Size(width: 60, height: 20))
        TimelinePane.render(TimelineState(), app: AppState(), context: context, in: Self.rect, focused: true, into: &frame)
        let ruler = frame.rows[1]
        let x = ruler.distance(from: ruler.startIndex, to: ruler.range(of: "2021")!.lowerBound) + 1
        let state = Self.apply([.click(x: x, y: 1)], context)
        #expect(Self.selected(state, context) == "small-group-2021")
        // The arrow past the window's end goes to the next hidden year.
        let narrow = Rect(x: 0, y: 0, width: 20, height: 10)
        let en = Self.context(.en)
        let start = TimelinePane.reduce(TimelineState(), action: .home, context: en, rect: narrow)
        let later = TimelinePane.reduce(start, action: .click(x: 19, y: 1), context: en, rect: narrow)
        #expect(Self.selected(later, en) == "statement-2020")
    }

    @Test func theRulerWindowsAroundTheSelectedYearWhenNarrow() {
        var frame = Frame(size: Size(width: 20, height: 10))
        let state = Self.apply([.end], Self.context(.en))
        TimelinePane.render(state, app: AppState(), context: Self.context(.en), in: frame.bounds, focused: true, into: &frame)
        let ruler = frame.rows[1]
        #expect(ruler.contains("2024"))
        #expect(ruler.hasPrefix(" ◀─2021─2022─2024"))
        #expect(!ruler.contains("2014"))
    }

    @Test func scrollingKeepsTheSelectionVisibleOnALargeStore() {
        let context = Self.context(.en, store: Fixture.synthetic(100_000))
        var state = Self.apply([.end], context)
        #expect(state.selected == 99_999)
        state = Self.apply([.pageUp, .pageUp], context, from: state)
        var frame = Frame(size: Size(width: 60, height: 20))
        TimelinePane.render(state, app: AppState(), context: context, in: Self.rect, focused: true, into: &frame)
        let title = context.store.eventsByDate[state.selected].title.en
        #expect(frame.rows.contains { $0.contains(title + " ") || $0.hasSuffix(title) })
    }

    @Test func anEmptyStoreSaysNoEvents() {
        let context = Self.context(.en, store: Store(dataset: Dataset()))
        var frame = Frame(size: Size(width: 30, height: 6))
        let state = Self.apply([.end, .move(.down), .filterCategory, .nextYear], context)
        TimelinePane.render(state, app: AppState(), context: context, in: frame.bounds, focused: true, into: &frame)
        #expect(frame.rows.contains { $0.hasPrefix(" No events") })
        #expect(TimelinePane.selection(state, context: context) == nil)
        #expect(TimelinePane.position(state, context: context) == nil)
    }
}
