import Foundation
import RTLText
import Testing

/// What a researcher checks in each pane, on the real binary in tmux at 120x40 with the bundled
/// data. tmux never reorders text, so the capture is what the user reads; the expected Arabic is
/// computed with the app's own text engine (reordered and shaped), word for word.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct ResearcherTests {
    /// `text` as a right-to-left line shows it on screen: visual order, presentation forms.
    private func visual(_ text: String) -> String { shownRightToLeft(text) }

    private func start(_ arguments: [String] = []) throws -> TmuxSession { try TmuxSession.browsing(arguments) }

    private func rows(_ tmux: TmuxSession) -> [String] { tmux.rows }

    private func quit(_ tmux: TmuxSession) throws {
        let end = try tmux.quitFromThePanes()
        #expect(end.status == 0 && end.problems.isEmpty)
    }

    /// Search "مراكش" lands on the 2022 ministerial in the timeline, whose row reads right to left
    /// with its date at the right edge of the pane and "مراكش" as the sentence's last word, leftmost.
    @Test func marrakeshSearchLandsOnTheMinisterialReadingRightToLeft() throws {
        let tmux = try start()
        let title = visual("الاجتماع الوزاري في مراكش")
        tmux.send("/")
        tmux.sendLiteral("مراكش")
        try tmux.waitUntil("the search result") { tmux.screen().contains(title) }
        tmux.send("Enter")
        try tmux.waitUntil("the timeline on 2022") { self.rows(tmux).contains { $0.contains(title) && $0.hasSuffix("2022") } }
        let row = try #require(rows(tmux).first { $0.contains(title) && $0.hasSuffix("2022") })
        // The date is the row's start: at the right edge of the screen (the timeline is the top
        // right pane in Arabic).
        #expect(row.hasSuffix("2022"), "row: \(row)")
        // Visual order: the last word (مراكش) is leftmost, the first (الاجتماع) next to the date.
        let marrakesh = try #require(row.range(of: visual("مراكش")))
        let meeting = try #require(row.range(of: visual("الاجتماع")))
        #expect(marrakesh.lowerBound < meeting.lowerBound)
        // The status bar names the timeline: the jump went to the event's own pane.
        #expect(rows(tmux).dropLast().last?.contains(visual("الخط الزمني")) == true)
        try quit(tmux)
    }

    /// Saudi Arabia's detail lists the counter-finance group it co-chairs and its 100 M$.
    @Test func saudiArabiaDetailListsTheFinanceGroupAndItsDonation() throws {
        let tmux = try start()
        tmux.send("/")
        tmux.sendLiteral("السعودية")
        try tmux.waitUntil("the search result") { tmux.screen().contains(self.visual("السعودية")) }
        tmux.send("Enter")
        tmux.send("Enter")
        try tmux.waitUntil("the member detail") { tmux.screen().contains("SAU") && tmux.screen().contains(self.visual("الأدوار")) }
        let screen = tmux.screen()
        #expect(screen.contains(visual("مجموعة التصدي لجهود تمويل داعش")))
        #expect(screen.contains(visual("100 مليون دولار")))
        tmux.send("q")   // closes the detail; the next q quits
        try quit(tmux)
    }

    /// The air-strike figure carries its series mark, and its detail shows both observations
    /// side by side with their sources and why they differ.
    @Test func airStrikesShowBothObservationsAndTheMark() throws {
        let tmux = try start(["--lang", "en"])
        tmux.send("4")
        try tmux.waitUntil("the statistics pane") { tmux.screen().contains("↗ Air strikes") }
        let list = rows(tmux).filter { $0.contains("Air strikes") || $0.contains("33 thousand") || $0.contains("35 thousand") }
        #expect(list.count >= 3, "the figure and one bar per observation: \(list)")
        tmux.send("Enter")
        try tmux.waitUntil("the figure's detail") { tmux.screen().contains("Not a conflict") }
        let screen = tmux.screen()
        #expect(screen.contains("more than 33 thousand"))
        #expect(screen.contains("35 thousand"))
        #expect(screen.contains("004_d9793a676d49900f.txt"))
        #expect(screen.contains("000_895db97fb6067cf4.txt"))
        tmux.send("q")   // closes the detail; the next q quits
        try quit(tmux)
    }

    /// Selecting the Counter-ISIS Finance Group highlights its three co-chairs on the map.
    @Test func financeGroupHighlightsItsCoChairsOnTheMap() throws {
        let tmux = try start(["--lang", "en"])
        tmux.send("3")
        try tmux.waitUntil("the groups pane") { tmux.screen().contains("Counter-ISIS Finance Group") }
        for _ in 0..<3 { tmux.send("Down") }
        // The legend names the group by its short name.
        try tmux.waitUntil("the map legend") { tmux.screen().contains("Group: CIFG — 3 of 87 highlighted") }
        try quit(tmux)
    }
}
