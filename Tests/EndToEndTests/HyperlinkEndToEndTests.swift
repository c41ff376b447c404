import Foundation
import Testing

/// OSC 8 hyperlinks in the bytes the real program writes to a pty: the URL of the fact sheet (004),
/// opened from a search, goes out between a link's start and its end, with the URL's own text in
/// between; nothing of the kind with `--no-hyperlinks`, `TAHALUF_NO_HYPERLINKS=1`, `--kiosk`, or
/// on the Linux console. And the screen the user sees is the same with and without them, after
/// moving, closing and resizing: the pass leaves ncurses' idea of the terminal true.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct HyperlinkEndToEndTests {
    static let url = "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm"
    static let linkStart = "\u{1B}]8;"
    static let linkEnd = "\u{1B}]8;;\u{1B}\\"
    /// `/` 004 Enter (the search lands on the fact sheet in the Sources pane), Enter (its detail),
    /// Down, Esc (closed), then quit.
    static let openFactSheet = ["/", "004", "\r", "\r", "\u{1B}[B", "\u{1B}", "q"]

    /// Every linked stretch in `output`: its URI and the text between the start and the end,
    /// attribute sequences left out.
    static func links(_ output: String) -> [(uri: String, text: String)] {
        output.components(separatedBy: linkStart).dropFirst().compactMap { rest in
            guard !rest.hasPrefix(";\u{1B}\\") else { return nil }   // an end, not a start
            // "id=…;URI" ST, then the cells up to the next OSC 8 (the end).
            let parameters = rest.prefix { $0 != "\u{1B}" }
            guard let uri = parameters.split(separator: ";", maxSplits: 1).last else { return nil }
            let text = String(rest.dropFirst(parameters.count + 2)).replacing(/\x1B\[[0-9;]*m/, with: "")
            return (String(uri), text)
        }
    }

    @Test func theFactSheetURLIsSentAsOneLinkAroundItsText() throws {
        let run = try PtyRecording.run(["--lang", "en"], keys: Self.openFactSheet, width: 100, height: 30)
        #expect(run.status == 0)
        let links = Self.links(run.text)
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.uri == Self.url && $0.text == Self.url }, "\(links)")
        // Every start has its end, and the id is given.
        #expect(run.text.components(separatedBy: Self.linkStart).count - 1 == 2 * links.count)
        #expect(run.text.contains(Self.linkStart + "id="))
        // The pass is inside DECSC/DECRC, so ncurses' cursor and attributes are as it left them.
        let pass = try #require(run.text.range(of: Self.linkStart))
        let save = try #require(run.text[..<pass.lowerBound].range(of: "\u{1B}7", options: .backwards))
        #expect(run.text[save.upperBound..<pass.lowerBound].wholeMatch(of: /\x1B\[[0-9]+;[0-9]+H/) != nil)
        #expect(run.text[pass.upperBound...].contains(Self.linkEnd + "\u{1B}[0m\u{1B}8"))
    }

    @Test(arguments: [(["--no-hyperlinks"], [String: String]()), ([], ["TAHALUF_NO_HYPERLINKS": "1"]),
                      ([], ["TERM": "linux"])])
    func noLinkWhenSwitchedOffOrOnTheConsole(arguments: [String], environment: [String: String]) throws {
        let run = try PtyRecording.run(["--lang", "en"] + arguments, keys: Self.openFactSheet, width: 100, height: 30,
                                       environment: environment)
        #expect(run.status == 0)
        #expect(run.text.contains(Self.url), "the URL is still shown")
        #expect(!run.text.contains(Self.linkStart))
    }

    @Test func neverInAKiosk() throws {
        let run = try PtyRecording.run(["--lang", "en", "--kiosk", "--exit-key", "ctrl-x"],
                                       keys: Array(Self.openFactSheet.dropLast()) + ["5", "\u{18}"], width: 100, height: 30)
        #expect(run.status == 0)
        #expect(run.text.contains(Self.url), "the URL is still shown")
        #expect(!run.text.contains(Self.linkStart))
    }

    /// The screen once two looks a moment apart agree (a frame may reach tmux in several writes).
    func settled(_ tmux: TmuxSession) throws -> String {
        var last = tmux.styledScreen()
        try tmux.waitUntil("a settled screen") {
            usleep(200_000)
            let now = tmux.styledScreen()
            defer { last = now }
            return now == last
        }
        return last
    }

    /// The same keys with and without hyperlinks leave the same screen, colours included.
    @Test(arguments: ["en", "ar"])
    func theScreenIsTheSameWithAndWithoutLinks(language: String) throws {
        var screens: [String] = []
        for flags in [[], ["--no-hyperlinks"]] {
            let tmux = try TmuxSession(width: 120, height: 40)
            try tmux.startTahaluf(TestData.bundled + ["--lang", language] + flags)
            try tmux.waitForFirstFrame()
            tmux.send("/")
            tmux.sendLiteral("004")
            tmux.send("Enter")
            try tmux.waitUntil("the fact sheet selected") { tmux.screen().contains(Self.url) }
            var seen = tmux.styledScreen()
            for step in ["Enter", "Down", "Down", "Up", "resize", "Escape", "Up", "Down", "Enter", "Escape"] {
                if step == "resize" { tmux.resize(width: 90, height: 30) } else { tmux.send(step) }
                try tmux.waitUntil("the screen after \(step)") { tmux.styledScreen() != seen }
                seen = try settled(tmux)
            }
            screens.append(seen)
            tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
            #expect(tmux.restorationProblems() == [])
        }
        #expect(screens[0] == screens[1])
    }
}
