import CoalitionStore
import Foundation
import Testing
import TerminalUI
@testable import TahalufApp

/// The article reader's keys: opening at a record's quote, paging, moving between quoted
/// passages, the records of a passage, search within the article, and closing back.
@Suite struct ReaderTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    static let airStrikes = RecordRef(.figure, "air-strikes")

    /// The air-strikes figure's detail, as Enter on it in the Statistics pane leaves it.
    func detail(_ language: Language = .en, size: Size = Size(width: 120, height: 40)) -> AppState {
        var state = AppState(config: AppConfig(language: language))
        state.size = size
        state = TestDriver.run(state, [.focus(.stats)], store: store)
        state.stats = StatsPane.select(Self.airStrikes, in: state.stats, context: PaneContext(store: store, config: state.config))!
        return TestDriver.run(state, [.open], store: store)
    }

    func geometry(_ state: AppState) throws -> ReaderView.Geometry {
        let reader = try #require(state.reader)
        return try #require(ReaderView.geometry(state, reader: reader, context: PaneContext(store: store, config: state.config)))
    }

    func press(_ state: AppState, _ keys: Key...) -> AppState { TestDriver.press(state, keys, store: store) }

    /// `r` in the figure's detail opens the fact sheet at the air-strikes quote: that passage is
    /// current and on screen, and it names the figure among its records.
    @Test func rOpensTheArticleAtTheRecordsQuote() throws {
        let opened = press(detail(), .char("r"))
        let reader = try #require(opened.reader)
        #expect(reader.source == "seed-004")
        let g = try geometry(opened)
        let current = try #require(reader.current)
        let quote = store.figure("air-strikes")?.observations.first?.source.quote
        #expect(g.document.spans[current].passage.quote == quote)
        #expect(g.document.spans[current].passage.records.contains(Self.airStrikes))
        let line = try #require(ReaderDocument.line(of: g.document.spans[current].start, in: g.lines))
        #expect(line >= reader.top && line < reader.top + g.visible)
        #expect(reader.top > 0, "the quote is not in the article's first screen; the reader scrolled to it")
        // The detail stays underneath: closing the reader returns to it.
        let closed = press(opened, .escape)
        #expect(closed.reader == nil && closed.detail.current == Self.airStrikes)
        #expect(press(opened, .char("q")).reader == nil)
        #expect(!press(opened, .char("q")).quit)
    }

    /// In a source's detail scrolled to its end, `r` opens the article at a quote shown there, not
    /// at the first one (the detail draws quotes as `.quote` items, which the reader looks for).
    @Test func rInAScrolledSourceDetailOpensAtAQuoteInView() throws {
        var state = AppState(config: AppConfig(language: .en))
        state.size = Size(width: 120, height: 40)
        state = TestDriver.run(state, [.focus(.sources)], store: store)
        state.detail.current = RecordRef(.source, "seed-004")
        let atTop = try #require(press(state, .char("r")).reader?.current)
        state = press(state, .end)
        let atEnd = try #require(press(state, .char("r")).reader?.current)
        let g = try geometry(press(state, .char("r")))
        #expect(atEnd != atTop, "scrolled down, the reader opens at a later passage")
        let quotes = store.uses(ofSource: "seed-004").compactMap(\.quote)
        #expect(quotes.contains(g.document.spans[atEnd].passage.quote ?? ""))
    }

    /// Arabic keyboard: ق is r.
    @Test func theArabicLayoutsRIsR() {
        #expect(press(detail(.ar), .char("ق")).reader?.source == "seed-004")
    }

    @Test func spaceBAndGMovePagesAndEnds() throws {
        var state = press(detail(), .char("r"), .char("g"))
        let g = try geometry(state)
        #expect(state.reader?.top == 0)
        state = press(state, .char(" "))
        #expect(state.reader?.top == g.visible - 1)
        state = press(state, .down, .char("j"))
        #expect(state.reader?.top == g.visible + 1)
        state = press(state, .up, .char("b"))
        #expect(state.reader?.top == 1)
        state = press(state, .char("G"))
        #expect(state.reader?.top == g.maxTop)
        state = press(state, .char(" "))
        #expect(state.reader?.top == g.maxTop, "never past the end")
        #expect(press(state, .char("g")).reader?.top == 0)
    }

    /// Tab and Shift-Tab go from passage to passage in text order, scrolling each into view;
    /// at the end a notice says so.
    @Test func tabMovesBetweenQuotedPassages() throws {
        let opened = press(detail(), .char("r"))
        let start = try #require(opened.reader?.current)
        let next = press(opened, .tab)
        #expect(next.reader?.current == start + 1)
        #expect(press(next, .backTab).reader?.current == start)
        // From the top with nothing selected, Tab picks the first passage.
        let top = press(opened, .char("g"))
        let g = try geometry(top)
        let firstInView = press(top, .tab)
        #expect(firstInView.reader?.current == 0)
        let last = press(top, .char("G"), .tab)
        #expect(last.reader?.current != nil)
        var end = last
        for _ in 0..<g.document.spans.count { end = press(end, .tab) }
        #expect(end.reader?.current == g.document.spans.count - 1)
        #expect(end.notice == ReaderStrings.en.lastSpan)
        let lineOfCurrent = try #require(ReaderDocument.line(of: g.document.spans[g.document.spans.count - 1].start, in: g.lines))
        #expect(lineOfCurrent >= end.reader!.top && lineOfCurrent < end.reader!.top + g.visible)
    }

    /// Enter lists the records quoting the passage; Enter on one goes to it in its pane.
    @Test func enterOnAPassageReachesItsRecord() throws {
        let opened = press(detail(), .char("r"))
        let listed = press(opened, .enter)
        #expect(listed.reader?.chooser == 0)
        // Esc closes the list first, then the reader.
        #expect(press(listed, .escape).reader?.chooser == nil && press(listed, .escape).reader != nil)
        let g = try geometry(opened)
        let records = g.document.spans[opened.reader!.current!].passage.records
        let target = records.firstIndex(of: Self.airStrikes)!
        var chosen = listed
        for _ in 0..<target { chosen = press(chosen, .down) }
        let arrived = press(chosen, .enter)
        #expect(arrived.reader == nil)
        #expect(arrived.focus == .stats)
        #expect(PaneDispatch.selection(.stats, app: arrived, context: PaneContext(store: store, config: arrived.config)) == Self.airStrikes)
    }

    /// `/` finds text in the article (harakat and alef forms aside); Enter shows the first match
    /// at or after the top, n and N step through them.
    @Test func slashSearchesWithinTheArticle() throws {
        var state = press(detail(), .char("r"), .char("g"), .char("/"))
        #expect(state.reader?.search.isEditing == true)
        for c in "داعش" { state = press(state, .char(c)) }
        // Typed letters are text, not commands (ش would be "a").
        #expect(state.reader?.search.query == "داعش")
        state = press(state, .enter)
        #expect(state.reader?.search.isEditing == false)
        #expect(state.reader?.search.match == 0)
        let count = try geometry(state).document.matches("داعش").count
        #expect(count > 10)
        #expect(state.notice == ReaderStrings.en.matches(1, count))
        #expect(press(state, .char("n")).reader?.search.match == 1)
        #expect(press(state, .char("N")).reader?.search.match == count - 1, "N from the first wraps to the last")
        let none = press(press(state, .char("/"), .char("z"), .char("q"), .char("x")), .enter)
        #expect(none.notice == ReaderStrings.en.noMatches)
    }

    /// A click on a highlighted passage selects it; a click on the selected one lists its records.
    @Test func clickingAPassageSelectsItThenListsItsRecords() throws {
        let opened = press(detail(), .char("r"))
        let frame = render(opened, store: store, size: opened.size)
        func cell(_ role: StyleRole) -> (x: Int, y: Int)? {
            for y in 2..<(frame.size.height - 2) {
                for x in 0..<frame.size.width where frame[x, y].style.role == role { return (x, y) }
            }
            return nil
        }
        let current = try #require(cell(.selected))
        let listed = reduce(opened, .click(x: current.x, y: current.y), store: store).state
        #expect(listed.reader?.chooser == 0)
        let other = try #require(cell(.quote))
        let moved = reduce(opened, .click(x: other.x, y: other.y), store: store).state
        #expect(moved.reader?.current != nil && moved.reader?.current != opened.reader?.current)
        #expect(moved.reader?.chooser == nil)
        // A click on plain text does nothing.
        #expect(reduce(opened, .click(x: 3, y: 3), store: store).state.reader == opened.reader)
    }

    /// A resize keeps the place: the first line shown holds the same text as before.
    @Test func resizingKeepsTheReadingPosition() throws {
        var wide = press(detail(), .char("r"))
        let before = try geometry(wide)
        // Start from a row in the middle of a paragraph: the case rewrapping moves.
        while before.lines[wide.reader!.top].text.logicalRange.lowerBound == 0 { wide = press(wide, .down) }
        let firstBefore = before.lines[wide.reader!.top]
        let narrow = reduce(wide, .resize(Size(width: 80, height: 24)), store: store).state
        let after = try geometry(narrow)
        let firstAfter = after.lines[narrow.reader!.top]
        #expect(firstAfter.block == firstBefore.block)
        #expect(firstAfter.text.logicalRange.contains(firstBefore.text.logicalRange.lowerBound))
        #expect(narrow.reader!.top != wide.reader!.top, "the text wrapped differently")
    }

    /// The wheel scrolls; `?` shows help over the reader and closes back to it.
    @Test func wheelAndHelpWork() {
        let opened = press(detail(), .char("r"), .char("g"))
        let scrolled = reduce(opened, .wheel(up: false, x: 10, y: 10), store: store).state
        #expect(scrolled.reader?.top == 3)
        let help = press(opened, .char("?"))
        #expect(help.showHelp && help.reader != nil)
        let back = press(help, .escape)
        #expect(!back.showHelp && back.reader != nil)
    }

    /// A press article without a copy: its quoted passages, each a span, under a note that says
    /// the full text is not bundled and how to point --articles at one.
    @Test func aPressArticleShowsItsPassagesAndSaysWhy() throws {
        var state = detail()
        state = Shell.openReader(state, source: "seed-000", at: nil, context: PaneContext(store: store, config: state.config))
        let g = try geometry(state)
        #expect(!g.document.article.hasFullText)
        #expect(g.document.blocks.prefix(2).map(\.text) == [ReaderStrings.en.quotesOnly, "000_895db97fb6067cf4.txt"])
        var seen = Set<String>()
        let quotes = store.uses(ofSource: "seed-000").compactMap(\.quote).filter { seen.insert($0).inserted }
        #expect(g.document.spans.map(\.passage.quote) == quotes)
    }

    /// `r` on a record that quotes nothing says so and opens nothing.
    @Test func aRecordWithoutQuotesSaysSo() throws {
        var state = AppState(config: AppConfig(language: .en))
        state.size = Size(width: 120, height: 40)
        let refs = store.dataset.members.map { RecordRef(.member, $0.code) } + store.dataset.events.map { RecordRef(.event, $0.id) }
        let unquoted = try #require(refs.first { ref in
            ReaderCitations.displayed(ref, store: store).allSatisfy { $0.quote == nil && store.source($0.source)?.file == nil }
        })
        state.detail.current = unquoted
        let after = press(state, .char("r"))
        #expect(after.reader == nil)
        #expect(after.notice == ReaderStrings.en.noQuote)
    }

    /// Every key in every reader mode on a tiny and an empty screen: no crash, a frame.
    @Test func tinyScreensAndEveryKey() {
        for size in [Size(width: 40, height: 12), Size(width: 0, height: 0), Size(width: 41, height: 13)] {
            var state = press(detail(size: size), .char("r"))
            for key in [Key.tab, .enter, .down, .enter, .char(" "), .char("/"), .char("x"), .enter, .char("n"),
                        .backTab, .char("G"), .tab, .enter, .escape, .escape] {
                state = press(state, key)
                _ = render(state, store: store, size: size)
            }
        }
    }
}
