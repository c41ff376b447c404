import Foundation
import Testing

/// `y` over a real pty: the OSC 52 bytes tahaluf writes (recorded raw by tmux `pipe-pane`) are
/// decoded from base64 and compared with what the screen shows on the selected row.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct CopyOverPtyTests {
    /// Every clipboard write in the raw output so far, decoded.
    static func copies(_ raw: String) -> [String] {
        raw.components(separatedBy: "\u{1B}]52;c;").dropFirst().compactMap { rest in
            let payload = rest.prefix { $0 != "\u{07}" && $0 != "\u{1B}" }
            return Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Presses `y` and returns the text of the new OSC 52 write.
    func copy(_ tmux: TmuxSession) throws -> String {
        let before = Self.copies(tmux.rawOutput()).count
        tmux.send("y")
        try tmux.waitUntil("an OSC 52 write") { Self.copies(tmux.rawOutput()).count > before }
        return Self.copies(tmux.rawOutput())[before]
    }

    func start(_ language: String) throws -> TmuxSession {
        let tmux = try TmuxSession(width: 160, height: 50)
        try tmux.startTahaluf(TestData.bundled + ["--lang", language])
        try tmux.waitForFirstFrame()
        return tmux
    }

    /// Finds a record with `/` and Enter, which selects it in its pane.
    func find(_ tmux: TmuxSession, _ query: String, until shown: String) throws {
        tmux.send("/")
        tmux.sendLiteral(query)
        tmux.send("Enter")
        try tmux.waitUntil("\(query) selected") { tmux.screen().contains(shown) }
    }

    @Test func statsRowCopiesTheValueOnScreenWithItsMarkAndSource() throws {
        let tmux = try start("en")
        try find(tmux, "Iraqi forces trained", until: "Iraqi forces trained  126.5 thousand")
        let text = try copy(tmux)
        let first = String(text.prefix { $0 != "\n" })
        #expect(first.hasPrefix("≠ Iraqi forces trained  126.5 thousand"))
        let row = try #require(tmux.screen().split(separator: "\n").first { $0.contains("Iraqi forces trained") })
        #expect(row.contains(first), "screen row: \(row)")
        #expect(text.contains("\n≠ Sources differ: "))
        #expect(text.contains("Seed file: 000_"))
        #expect(text.contains("Quote: «وحتى اليوم درب التحالف 126,500"))
        #expect(!first.contains("300"))
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// In every pane the copied first line is what the row shows: the map's name line and a
    /// group's name as they are on screen, a timeline row's title (the row shows the date within
    /// its year, the copy the whole date); a full source follows.
    @Test func everyPaneCopiesWhatItsRowShows() throws {
        let tmux = try start("en")
        var previous = ""
        for key in ["1", "2", "3"] {
            tmux.send(key)
            var text = ""
            try tmux.waitUntil("pane \(key)'s copy") {
                text = (try? copy(tmux)) ?? ""
                return !text.isEmpty && text != previous
            }
            previous = text
            let first = String(text.prefix { $0 != "\n" })
            var shown = first
            if key == "1" {
                // "8 August 2014 ▲ First air strikes…": the words after the year and the mark.
                let words = first.split(separator: " ")
                let year = words.firstIndex { $0.count == 4 && $0.allSatisfy(\.isNumber) } ?? 0
                shown = words.dropFirst(year + 2).prefix(4).joined(separator: " ")
            }
            #expect(!shown.isEmpty && tmux.screen().contains(shown), "pane \(key): \(first) not on screen")
            #expect(text.contains("\nSource: "), "pane \(key): \(text)")
        }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func arabicGroupCopyCarriesCoChairsAndMandate() throws {
        let tmux = try start("ar")
        tmux.send("3")
        let text = try copy(tmux)
        #expect(text.contains("\nالرئاسة المشتركة: "))
        #expect(text.contains("\nالمصدر: "))
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
