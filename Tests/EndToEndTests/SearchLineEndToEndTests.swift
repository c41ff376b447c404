import Foundation
import Testing

/// The search line's Alt keys through the real driver: terminals send Alt-B as Esc then "b",
/// which the driver must turn into one key, not a cancelled search and a typed letter.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct SearchLineEndToEndTests {
    private func searchLine(_ tmux: TmuxSession) -> String {
        tmux.screen().split(separator: "\n").first { $0.contains("Search:") }.map(String.init) ?? ""
    }

    @Test func altBMovesAWordBackAndCtrlWDeletesOne() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--lang", "en"])
        try tmux.waitForFirstFrame()
        tmux.send("/")
        try tmux.waitUntil("the search line") { self.searchLine(tmux).contains("Search:") }
        tmux.sendBytes(Array("one two".utf8).map { String(format: "%02x", $0) })
        try tmux.waitUntil("the query typed") { self.searchLine(tmux).contains("one two") }
        tmux.send("M-b")                               // tmux writes Esc b at once, as terminals do
        tmux.send("X")
        try tmux.waitUntil("X typed before the second word") { self.searchLine(tmux).contains("one X▏two") }
        tmux.send("M-f", "C-w")
        try tmux.waitUntil("the word before the cursor deleted") { self.searchLine(tmux).contains("Search: one ▏") }
        tmux.send("Escape")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
