import Foundation
import RTLText
import Testing

/// The researcher's questions of issue 11 on the real binary in tmux, in both languages: which
/// members are African, who joined in 2017, and the members by join date both ways. What the
/// screen must list comes from `tahaluf dump members` on the same data, so the test follows
/// the data rather than copying it.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct MembersTableEndToEndTests {
    /// One member of `dump members --logical --lang en`.
    struct Member { var code: String; var region: String; var year: Int? }

    static func members() throws -> [Member] {
        let run = try CommandRun.tahaluf(["dump", "members", "--logical", "--lang", "en"] + TestData.bundled)
        return run.stdout.split(separator: "\n").filter { !$0.hasPrefix("# ") && !$0.isEmpty }.map { line in
            let parts = line.components(separatedBy: " · ")
            let region = parts.first { $0.hasPrefix("region: ") }.map { String($0.dropFirst(8)) } ?? ""
            let joined = parts.first { $0.hasPrefix("joined: ") }.map { String($0.dropFirst(8)) } ?? ""
            let year = joined.split(separator: " ").last.flatMap { Int($0) }
            return Member(code: String(line.prefix { $0 != " " }), region: region, year: year)
        }
    }

    private func visual(_ text: String) -> String { shownRightToLeft(text) }

    private func start(_ language: String, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        try TmuxSession.browsing(["--lang", language], width: width, height: height)
    }

    private func rows(_ tmux: TmuxSession) -> [String] { tmux.rows }

    private func quit(_ tmux: TmuxSession) throws {
        let end = try tmux.quitFromThePanes()
        #expect(end.status == 0 && end.problems.isEmpty)
    }

    /// From the map pane, `c` (count by region) and `3` (its third row, Sub-Saharan Africa: 39
    /// European, 16 MENA, 13 African members): two keys, and the table lists exactly the 13.
    @Test(arguments: ["ar", "en"])
    func africanMembersInThreeKeysOrFewer(language: String) throws {
        let african = try Self.members().filter { $0.region == "Sub-Saharan Africa" }.map(\.code)
        #expect(african.count == 13)
        let tmux = try start(language)
        tmux.send("2")
        tmux.send("c")
        let regionRow = language == "ar" ? visual("أفريقيا جنوب الصحراء") : "Sub-Saharan Africa"
        try tmux.waitUntil("the count by region") { tmux.screen().contains(regionRow) }
        let row = try #require(rows(tmux).first { $0.contains(regionRow) })
        let number = language == "ar" ? row.split(separator: "│").first?.split(separator: " ").last
                                      : row.split(separator: "│").last?.split(separator: " ").first
        #expect(number == "3", "\(row)")
        tmux.send("3")
        let count = language == "ar" ? visual("13 من 87 عضواً") : "13 of 87 members"
        try tmux.waitUntil("the filtered table") { tmux.screen().contains(count) }
        let top = tmux.screen()
        // 13 rows and fewer lines in the quadrant: the rest after End.
        tmux.send("G")
        try tmux.waitUntil("the end of the table") { tmux.screen() != top }
        let screen = top + tmux.screen()
        for code in african { #expect(screen.contains(" \(code) "), "\(code) listed") }
        let title = language == "ar" ? visual("خريطة الأعضاء · أفريقيا جنوب الصحراء") : "Member map · Sub-Saharan Africa"
        #expect(screen.contains(title))
        try quit(tmux)
    }

    /// In tabs (80x24): `c c` counts by join year; the row of 2017 is chosen by its number.
    @Test(arguments: ["ar", "en"])
    func the2017JoinersWithAJoinYearFilter(language: String) throws {
        let joiners = try Self.members().filter { $0.year == 2017 }.map(\.code)
        #expect(!joiners.isEmpty)
        let tmux = try start(language, width: 80, height: 24)
        tmux.send("2")
        tmux.send("c")
        tmux.send("c")
        let heading = language == "ar" ? visual("العدد حسب سنة الانضمام") : "Count by year joined"
        try tmux.waitUntil("the count by join year") { tmux.screen().contains(heading) }
        let row = try #require(rows(tmux).first { $0.contains(" 2017 ") })
        let tokens = row.split(separator: " ").filter { !$0.contains("█") && !$0.contains("│") }
        let number = try #require(language == "ar" ? tokens.last : tokens.first)
        tmux.send(String(number))
        let count = language == "ar" ? visual("\(joiners.count) من 87 عضواً") : "\(joiners.count) of 87 members"
        try tmux.waitUntil("the 2017 joiners") { tmux.screen().contains(count) }
        let screen = tmux.screen()
        for code in joiners { #expect(screen.contains(" \(code) "), "\(code) listed") }
        #expect(screen.contains(language == "ar" ? visual("خريطة الأعضاء · 2017") : "Member map · 2017"))
        // `x` clears: all 87 again.
        tmux.send("x")
        try tmux.waitUntil("the whole table") { tmux.screen().contains(language == "ar" ? self.visual("87 عضواً") : "87 members") }
        try quit(tmux)
    }

    /// `t`, then `s` three times (name, code, region, joined): undated founders first; `S`: the
    /// latest member first.
    @Test(arguments: ["ar", "en"])
    func sortingByJoinDateBothWays(language: String) throws {
        let latest = try #require(try Self.members().compactMap(\.year).max())
        let tmux = try start(language, width: 80, height: 24)
        tmux.send("2")
        tmux.send("t")
        for _ in 0..<3 { tmux.send("s") }
        let up = language == "ar" ? visual("الانضمام ▲") : "Joined ▲"
        try tmux.waitUntil("sorted by join date, ascending") { tmux.screen().contains(up) }
        // Title bar, pane title, summary, column headers, then the first member.
        let firstUp = rows(tmux)[4]
        #expect(!firstUp.contains("20"), "an undated founder first: \(firstUp)")
        tmux.send("S")
        let down = language == "ar" ? visual("الانضمام ▼") : "Joined ▼"
        try tmux.waitUntil("sorted by join date, descending") { tmux.screen().contains(down) }
        let firstDown = rows(tmux)[4]
        #expect(firstDown.contains(String(latest)), "the latest member first: \(firstDown)")
        try quit(tmux)
    }
}
