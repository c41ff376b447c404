import Foundation
import Testing

/// The way back and the bookmarks on the real binary in tmux: Back x3 after a search jump and two
/// followed links, bookmarks kept across a restart in `$XDG_STATE_HOME`, a damaged file set aside.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct NavigationTests {
    private func start(_ arguments: [String], state: URL) throws -> TmuxSession {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + arguments, environment: ["XDG_STATE_HOME": state.path])
        try tmux.waitForFirstFrame()
        return tmux
    }

    private func stateDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tahaluf-nav-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func lastRow(_ tmux: TmuxSession) -> String {
        tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
    }

    private func quit(_ tmux: TmuxSession) throws {
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems().isEmpty)
    }

    @Test(arguments: ["en", "ar"])
    func backThreeTimesAfterASearchJumpAndTwoLinksReturnsToTheSameScreen(language: String) throws {
        let state = try stateDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let tmux = try start(["--lang", language], state: state)
        for _ in 0..<30 { tmux.send("Down") }
        try tmux.waitUntil("the timeline on row 31") { self.lastRow(tmux).contains(" 31/") }
        let before = tmux.screen().split(separator: "\n").dropLast(2)   // all but the hints
        tmux.send("/")
        tmux.sendLiteral("Morocco")
        tmux.send("Enter")
        try tmux.waitUntil("the map on Morocco") { self.lastRow(tmux).contains("/87") }
        tmux.send("Enter"); tmux.send("Enter"); tmux.send("Enter")
        tmux.send("Down"); tmux.send("Down"); tmux.send("Enter")
        try tmux.waitUntil("two links followed") { tmux.screen().contains("Backspace") }
        let followed = tmux.screen()
        for _ in 0..<3 { tmux.send("BSpace") }
        try tmux.waitUntil("the timeline again") { self.lastRow(tmux).contains(" 31/") && tmux.screen() != followed }
        #expect(tmux.screen().split(separator: "\n").dropLast(2) == before)
        try quit(tmux)
    }

    /// Alt-arrows arrive as xterm's modified-cursor sequences (`\e[1;3D`), which ncurses knows by
    /// terminfo's extended names (kLFT3, kRIT3).
    @Test func altLeftGoesBackAndAltRightForward() throws {
        let state = try stateDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let tmux = try start(["--lang", "en"], state: state)
        tmux.send("Down"); tmux.send("Down")
        try tmux.waitUntil("the timeline on row 3") { self.lastRow(tmux).contains("Timeline 3/") }
        tmux.send("/")
        tmux.sendLiteral("Morocco")
        tmux.send("Enter")
        try tmux.waitUntil("the map on Morocco") { self.lastRow(tmux).contains("/87") }
        tmux.send("M-Left")
        try tmux.waitUntil("back on the timeline") { self.lastRow(tmux).contains("Timeline 3/") }
        #expect(lastRow(tmux).contains("> forward"))
        tmux.send("M-Right")
        try tmux.waitUntil("forward on the map") { self.lastRow(tmux).contains("Member map") }
        try quit(tmux)
    }

    @Test func bookmarksSurviveARestart() throws {
        let state = try stateDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        var tmux = try start(["--lang", "en"], state: state)
        tmux.send("2"); tmux.send("b")
        try tmux.waitUntil("the mark") { self.lastRow(tmux).contains("Bookmarked: ") }
        try quit(tmux)
        let saved = try String(contentsOf: state.appendingPathComponent("tahaluf/bookmarks"), encoding: .utf8)
        #expect(saved.contains("member\t"))

        tmux = try start(["--lang", "en"], state: state)
        tmux.send("'")
        try tmux.waitUntil("the bookmarks list") { tmux.screen().contains("Bookmarks") && tmux.screen().contains("member ") }
        tmux.send("Escape")
        try quit(tmux)
    }

    @Test func aDamagedFileIsReportedAndKeptBesideAFreshOne() throws {
        let state = try stateDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let directory = state.appendingPathComponent("tahaluf")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "member\tMAR\nthis is not a bookmark\n".write(to: directory.appendingPathComponent("bookmarks"), atomically: true,
                                                          encoding: .utf8)
        let tmux = try start(["--lang", "en"], state: state)
        try tmux.waitUntil("the notice") { self.lastRow(tmux).contains("damaged") }
        try quit(tmux)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names.count == 2)
        #expect(names.first == "bookmarks")
        let aside = try #require(names.first { $0.hasPrefix("bookmarks.corrupt-") })
        #expect(try String(contentsOf: directory.appendingPathComponent(aside), encoding: .utf8).contains("not a bookmark"))
    }

    @Test func withoutTheFileBookmarksLastTheSessionOnly() throws {
        let state = try stateDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let tmux = try start(["browse", "--lang", "en", "--no-bookmark-file"], state: state)
        tmux.send("2"); tmux.send("b"); tmux.send("'")
        try tmux.waitUntil("the bookmarks list") { tmux.screen().contains("Bookmarks") && tmux.screen().contains("member ") }
        tmux.send("q")
        try quit(tmux)
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("tahaluf").path))
    }

    @Test func aKioskWritesNoBookmarks() throws {
        let state = try stateDirectory()
        defer { try? FileManager.default.removeItem(at: state) }
        let tmux = try start(["--kiosk", "--exit-key", "F12"], state: state)
        tmux.send("2"); tmux.send("b"); tmux.send("'")
        tmux.send("F12")
        #expect(try tmux.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: state.appendingPathComponent("tahaluf").path))
    }
}
