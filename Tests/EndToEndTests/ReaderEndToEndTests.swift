import Foundation
import RTLText
import Testing

/// The article reader on the real binary in tmux: from the air-strikes figure's detail one key
/// opens the fact sheet at the figure's quote, highlighted; Enter on the passage reaches the
/// figure; `--articles` makes a press article readable in full.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct ReaderEndToEndTests {
    /// `text` as a right-to-left line shows it on screen: visual order, presentation forms.
    private func visual(_ text: String) -> String { shownRightToLeft(text) }

    private func start(_ arguments: [String]) throws -> TmuxSession { try TmuxSession.browsing(arguments) }

    private func quit(_ tmux: TmuxSession) throws {
        tmux.send("Escape")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems().isEmpty)
    }

    @Test func rFromTheAirStrikesDetailReadsTheFactSheetAtItsQuote() throws {
        let tmux = try start(["--lang", "en"])
        tmux.send("4")
        try tmux.waitUntil("the statistics pane") { tmux.screen().contains("↗ Air strikes") }
        tmux.send("Enter")
        try tmux.waitUntil("the figure's detail") { tmux.screen().contains("Not a conflict") }
        tmux.send("r")
        // The quote: «وقامت التشكيلات الجوية للتحالف بشن أكثر من 33,000 غارة على أهداف داعش».
        let words = visual("التشكيلات الجوية للتحالف")
        try tmux.waitUntil("the reader at the quote") {
            tmux.screen().contains("─ Article ─") && tmux.screen().contains(words)
        }
        let screen = tmux.screen()
        #expect(screen.contains("US Department of State"))
        #expect(screen.contains("lines "))
        // The passage is current: drawn in the selection's colours (white on blue, 256 colours).
        let styled = tmux.styledScreen().split(separator: "\n").map(String.init)
        let row = try #require(styled.first { $0.contains(words) })
        #expect(row.contains("48;5;24"), "the quote's row is not highlighted as current: \(row.debugDescription)")

        tmux.send("Enter")
        try tmux.waitUntil("the records quoting the passage") { tmux.screen().contains("figure: Air strikes") }
        tmux.send("Enter")
        try tmux.waitUntil("the figure in its pane") {
            !tmux.screen().contains("─ Article ─") && tmux.screen().contains("↗ Air strikes")
        }
        #expect(tmux.screen().split(separator: "\n").last?.contains("Statistics") == true)
        try quit(tmux)
    }

    /// Without a copy, the press article 000 shows its quoted passages and says how to read it
    /// whole; with `--articles Tests/Fixtures/articles` it is read in full, from the user's copy.
    @Test(arguments: [false, true])
    func articlesDirectoryMakesAPressArticleReadable(withCopy: Bool) throws {
        let tmux = try start(["--lang", "en"] + (withCopy ? ["--articles", "Tests/Fixtures/articles"] : []))
        tmux.send("/")
        tmux.sendLiteral("announces 35,000")
        try tmux.waitUntil("the search result") { tmux.screen().contains("Coalition announces 35,000 air strikes") }
        tmux.send("Enter")
        try tmux.waitUntil("the event in the timeline") { !tmux.screen().contains("Search: ") }
        tmux.send("r")
        try tmux.waitUntil("the reader") { tmux.screen().contains("al-Dostor") && tmux.screen().contains("lines ") }
        tmux.send("g")
        // The article's own opening lines (not quoted by any record) show only with the copy.
        let masthead = visual("رئيس مجلس التحرير")
        if withCopy {
            try tmux.waitUntil("the full text from the top") { tmux.screen().contains(masthead) }
            #expect(tmux.screen().contains("Text from your copy:"))
            #expect(tmux.screen().contains("Tests/Fixtures/articles/000_895db97fb6067cf4.txt"))
        } else {
            try tmux.waitUntil("the note") { tmux.screen().contains("not bundled") }
            #expect(tmux.screen().contains("000_895db97fb6067cf4.txt"))
            #expect(!tmux.screen().contains(masthead))
        }
        try quit(tmux)
    }

    /// `--articles` must name a directory: a clear message and the usage exit status.
    @Test func articlesMustBeADirectory() throws {
        let run = try CommandRun.tahaluf(["browse", "--articles", "/no/such/dir"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--articles /no/such/dir: not a directory"))
    }
}
