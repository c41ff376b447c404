import Foundation
import RTLText
import Testing

/// Starting from a source, on the real binary in tmux: `5` shows the Sources pane, Enter on the
/// State Department fact sheet (seed 004) lists the records that cite it, and Enter on one goes
/// to that record in its pane. Both languages, at 120x40 (grid) and 80x24 (tabs).
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct SourcesEndToEndTests {
    struct Run: Sendable, CustomStringConvertible {
        var language: String
        var width: Int
        var height: Int
        var description: String { "\(language) \(width)x\(height)" }
    }

    static let runs = [Run(language: "en", width: 120, height: 40), Run(language: "en", width: 80, height: 24),
                       Run(language: "ar", width: 120, height: 40), Run(language: "ar", width: 80, height: 24)]

    /// What a line of UI text looks like on screen in the run's language.
    private func shown(_ text: String, _ run: Run) -> String {
        run.language == "ar" ? TextEngine().line(text, base: .rtl).string : text
    }

    private func text(_ ar: String, _ en: String, _ run: Run) -> String { shown(run.language == "ar" ? ar : en, run) }

    @Test(arguments: runs)
    func theFactSheetListsItsRecordsAndEnterReachesOne(run: Run) throws {
        let tmux = try TmuxSession(width: run.width, height: run.height)
        try tmux.startTahaluf(["--lang", run.language])
        try tmux.waitForFirstFrame()
        tmux.send("5")
        let title = text("المصادر", "Sources", run)
        func statusBar() -> String { tmux.screen().split(separator: "\n").last.map(String.init) ?? "" }
        try tmux.waitUntil("the Sources pane") {
            tmux.screen().contains(self.text("النوع: ", "Kind: ", run)) && statusBar().contains(title)
        }

        // Down to the fact sheet, one row at a time: its URL is on the pane's footer row once it
        // is selected.
        let url = "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm"
        var position = 1
        while !tmux.screen().contains(url), position < 30 {
            tmux.send("Down")
            position += 1
            try tmux.waitUntil("row \(position)") { statusBar().contains("\(position)/") }
        }
        try tmux.waitUntil("the fact sheet selected") { tmux.screen().contains(url) }
        tmux.send("Enter")
        let citedBy = text("يستند إليه", "Cited by", run)
        // The grid's detail strip says "Cited by" too: wait for the overlay's "close" hint.
        let close = text("إغلاق", "close", run)
        try tmux.waitUntil("the fact sheet's detail") { tmux.screen().contains(citedBy) && statusBar().contains(close) }

        // Page through the detail and collect what it lists.
        var seen = tmux.screen()
        for _ in 0..<40 {
            let before = tmux.screen()
            tmux.send("PageDown")
            // The last page does not move: stop there.
            guard (try? tmux.waitUntil("the next page", timeout: 10) { tmux.screen() != before }) != nil else { break }
            seen += tmux.screen()
        }
        for record in [text("الاجتماع الوزاري في واشنطن", "Ministerial meeting in Washington", run),
                       text("عدد أعضاء التحالف", "Coalition members", run),
                       text("المملكة العربية السعودية", "Saudi Arabia", run),
                       text("مجموعة التصدي لجهود تمويل داعش", "Counter-ISIS Finance Group", run)] {
            #expect(seen.contains(record), "\(run): \(record) is not listed")
        }
        for heading in [text("الأحداث", "Events", run), text("الأرقام", "Figures", run),
                        text("الأعضاء", "Members", run), text("المجموعات", "Groups", run)] {
            #expect(seen.contains(heading), "\(run): no \(heading) section")
        }

        // Back to the top, the first link (an event) and Enter: the timeline, the detail closed.
        tmux.send("Home")
        tmux.send("Down")
        tmux.send("Enter")
        let timeline = text("الخط الزمني", "Timeline", run)
        try tmux.waitUntil("the jump to the timeline") { !statusBar().contains(close) && statusBar().contains(timeline) }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems().isEmpty)
    }
}
