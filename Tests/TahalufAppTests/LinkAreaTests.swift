import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// The frame's link spans (what the driver turns into OSC 8 hyperlinks) cover a source's URL
/// exactly where it is drawn: in the source's detail and in the Sources pane's footer, in both
/// languages and at both usual sizes, and nowhere else.
@Suite struct LinkAreaTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24)]

    /// The Sources pane with `id` selected, and its detail open when `open`.
    func sourcesPane(selecting id: String, language: Language, size: Size, open: Bool) throws -> AppState {
        let index = try #require(SourcesPane.sources(of: store, kind: nil).firstIndex { $0.id == id })
        let state = TestDriver.press(ReducerTests.start(size, language: language), [.char("5")], store: store)
        return TestDriver.press(state, Array(repeating: .down, count: index) + (open ? [.enter] : []), store: store)
    }

    /// The text under a span, continuation cells left out.
    func text(_ span: LinkSpan, in frame: Frame) -> String {
        span.columns.map { frame[$0, span.y] }.filter { !$0.isContinuation }.map(\.text).joined()
    }

    /// Every span shows its own URL: all of it, or its start cut with "…".
    func expectSpansShowTheirURL(_ frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
        for span in frame.links {
            let shown = text(span, in: frame)
            let matches = shown == span.target.uri || (shown.hasSuffix("…") && span.target.uri.hasPrefix(String(shown.dropLast())))
            #expect(matches, "span shows \(shown.debugDescription), links \(span.target.uri)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: Language.allCases, sizes)
    func theDetailOfASourceWithAURLLinksExactlyTheURLCells(language: Language, size: Size) throws {
        let url = try #require(store.source("seed-004")?.url)
        let state = try sourcesPane(selecting: "seed-004", language: language, size: size, open: true)
        #expect(state.detail.current == RecordRef(.source, "seed-004"))
        let frame = render(state, store: store, size: size)
        let spans = frame.links.filter { $0.target.uri == url }
        #expect(!spans.isEmpty)
        for span in spans {
            #expect(text(span, in: frame) == url)
            // Exactly: the cells on either side are not part of the URL.
            #expect(span.x == 0 || frame[span.x - 1, span.y].text == " ")
            #expect(span.columns.upperBound == size.width || frame[span.columns.upperBound, span.y].text == " ")
        }
        // The URL's row in the detail is its own row, whole.
        let row = try #require(spans.first?.y)
        #expect(frame.rows[row].contains(url))
        expectSpansShowTheirURL(frame)
    }

    @Test(arguments: Language.allCases)
    func theSourcesFooterAndSummaryLinkTheSelectedSourcesURL(language: Language) throws {
        let url = try #require(store.source("seed-004")?.url)
        let state = try sourcesPane(selecting: "seed-004", language: language, size: Self.sizes[0], open: false)
        let frame = render(state, store: store, size: state.size)
        // The footer, and the summary area, which shows the selected source.
        #expect(frame.links.count == 2)
        #expect(Set(frame.links.map(\.target.uri)) == [url])
        expectSpansShowTheirURL(frame)
    }

    @Test func aSourceWithoutAURLOrWithOneThatIsNotAWebAddressHasNoLink() throws {
        // seed-001 has no URL; seed-000's is "aman-dostor.org/33502", without a scheme: shown, not linked.
        for id in ["seed-001", "seed-000"] {
            let state = try sourcesPane(selecting: id, language: .en, size: Self.sizes[0], open: true)
            let frame = render(state, store: store, size: state.size)
            #expect(frame.links.isEmpty, "\(id): \(frame.links)")
            if let url = store.source(id)?.url { #expect(frame.rows.contains { $0.contains(url) }) }
        }
    }

    @Test func aURLWiderThanTheDetailIsCutOnOneRowAndLinkedWhole() throws {
        let id = try #require(store.dataset.sources.max { ($0.url?.count ?? 0) < ($1.url?.count ?? 0) }?.id)
        let url = try #require(store.source(id)?.url)
        let size = Size(width: 60, height: 24)
        let state = try sourcesPane(selecting: id, language: .ar, size: size, open: true)
        let frame = render(state, store: store, size: size)
        let spans = frame.links.filter { $0.target.uri == url }
        #expect(spans.count == 1)
        #expect(try #require(spans.first.map { text($0, in: frame) }).hasSuffix("…"))
        expectSpansShowTheirURL(frame)
    }

    @Test func anOverlayOverTheURLTakesTheLinkAway() throws {
        let state = try sourcesPane(selecting: "seed-004", language: .en, size: Self.sizes[1], open: true)
        let help = TestDriver.press(state, [.char("?")], store: store)
        let frame = render(help, store: store, size: help.size)
        // Whatever of the URL the help box leaves visible is still linked; nothing under the box is.
        expectSpansShowTheirURL(frame)
        let closed = TestDriver.press(state, [.escape], store: store)
        #expect(closed.detail.current == nil)
        expectSpansShowTheirURL(render(closed, store: store, size: closed.size))
    }
}
