import Foundation
import RTLText
import Testing

/// Issue 12 on a real terminal: a copy of the bundled data whose first events carry the hard
/// titles (joiners, emoji sequences, lam-alef across harakat, a decomposed hamza, a file name
/// and a year under `--digits arabic`), browsed in tmux. Each title must be on screen exactly as
/// the engine lays it out, no row may be wider than the terminal or shifted (tmux merges a cell
/// after a lone ZWJ: "1993" became "19933"), and moving the selection over them and back must
/// leave the screen as it was (nothing stale).
@Suite(.serialized, .enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct TextFidelityEndToEndTests {
    static let titles = [
        "عائلة 👨\u{200D}👩\u{200D}👧 عام 1993",
        "ب\u{200D}ر مي\u{200C}خواهم 1993",
        "جيد 👍🏽 🇸🇦 السعودية",
        "لَا بأس مثلًا لٰا",
        "بي\u{654}ر قديمة",
        "ملف \u{2066}000_895db97fb6067cf4.txt\u{2069} عام 2017",  // the author's own isolate, balanced: kept
    ]
    static let options = TextOptions(digits: .arabic)

    /// The source line the first event cites (seed 002 rewritten): a Latin outlet then a date
    /// with a day number, and a URL ending in "/". Isolated fields keep the 12 with its month
    /// (not glued to "Tile-Grid-Map") and the "/" at the URL's end.
    static let arabicSourceLine = "٢٠١٧ ﻝﻭﻷﺍ ﻦﻳﺮﺸﺗ ١٢ ،PolicyViz Tile-Grid-Map"
    static let url = "https://policyviz.com/"

    /// The bundled data with the earliest events renamed (both languages) to `titles`, and the
    /// source they cite first turned into `arabicSourceLine`'s.
    static func directory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-text-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sourcesURL = Paths.repositoryRoot.appendingPathComponent("Resources/sources.json")
        var sources = try JSONSerialization.jsonObject(with: Data(contentsOf: sourcesURL)) as! [[String: Any]]
        for index in sources.indices where sources[index]["id"] as? String == "seed-002" {
            sources[index]["outlet"] = ["ar": "PolicyViz Tile-Grid-Map", "en": "PolicyViz Tile-Grid-Map"]
            sources[index]["published"] = "2017-10-12"
            sources[index]["dateNote"] = NSNull()
            sources[index]["url"] = url
            sources[index]["file"] = nil
        }
        try JSONSerialization.data(withJSONObject: sources, options: [.prettyPrinted, .withoutEscapingSlashes])
            .write(to: directory.appendingPathComponent("sources.json"))
        for name in ["members", "groups", "figures"] {
            try FileManager.default.copyItem(at: Paths.repositoryRoot.appendingPathComponent("Resources/\(name).json"),
                                             to: directory.appendingPathComponent("\(name).json"))
        }
        let source = Paths.repositoryRoot.appendingPathComponent("Resources/events.json")
        var events = try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as! [[String: Any]]
        let earliest = events.indices.sorted { (events[$0]["date"] as! String) < (events[$1]["date"] as! String) }
        for (index, title) in zip(earliest, titles) { events[index]["title"] = ["ar": title, "en": title] }
        try JSONSerialization.data(withJSONObject: events, options: [.prettyPrinted, .withoutEscapingSlashes])
            .write(to: directory.appendingPathComponent("events.json"))
        return directory
    }

    @Test(arguments: ["ar", "en"])
    func hardTitlesShowWholeAndStayPut(language: String) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tmux = try TmuxSession(width: 120, height: 40)
        try tmux.startTahaluf(["--data", directory.path, "--lang", language, "--digits", "arabic"])
        try tmux.waitForFirstFrame()
        let engine = TextEngine(options: Self.options)
        let base: BaseDirection = language == "ar" ? .rtl : .ltr
        let expected = Self.titles.map { Self.asCursesShowsIt(engine.line($0, base: base)) }
        try? tmux.waitUntil("the titles", timeout: 5) { expected.allSatisfy { tmux.screen().contains($0) } }
        let first = tmux.screen()
        for (title, shown) in zip(Self.titles, expected) {
            #expect(first.contains(shown), "\(title.debugDescription) not shown as \(shown.debugDescription):\n\(first)")
        }
        Self.expectWellFormed(first, engine: engine)
        #expect(first.contains("000_895db97fb6067cf4.txt"), "the file name was rewritten")
        #expect(first.contains("٢٠١٧") && first.contains("١٩٩٣"), "years in Arabic context are Arabic-Indic")
        #expect(!first.contains("19933") && !first.contains("١٩٩٣٣"))

        // Over the titles and back: every intermediate screen well formed, the last as the first.
        for _ in 0..<8 {
            tmux.send("j")
            usleep(60_000)
            Self.expectWellFormed(tmux.screen(), engine: engine)
        }
        for _ in 0..<8 { tmux.send("k") }
        try? tmux.waitUntil("the selection back", timeout: 5) { tmux.screen() == first }
        #expect(tmux.screen() == first, "the screen changed after moving away and back")

        // The first event's detail: its source line's fields isolated, its Arabic quote (in the
        // English UI too) in its own direction, so the closing mark ends at the box's right edge.
        tmux.send("Enter")
        try? tmux.waitUntil("the detail", timeout: 5) { tmux.screen().contains(Self.url) }
        let detail = tmux.screen()
        Self.expectWellFormed(detail, engine: engine)
        #expect(detail.contains(Self.url) && !detail.contains("/" + Self.url), "\(detail)")
        if language == "ar" { #expect(detail.contains(Self.arabicSourceLine), "\(detail)") }
        let quoteEnd = detail.split(separator: "\n").first { $0.contains("ﺕﺃﺪﺑﻭ") }
        let afterMark = quoteEnd.flatMap { row in row.range(of: "ﺕﺃﺪﺑﻭ»").map { String(row[$0.upperBound...]) } }
        #expect(afterMark.map { $0.allSatisfy { "█│┃▐ ".contains($0) } && $0.count <= 3 } == true,
                "the quote's first row is not against the right edge: \(quoteEnd ?? "none")")
        tmux.send("Escape")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// Item 7 on screen: a title too long for its timeline row at 80x24 is cut after a whole word
    /// (the room allows it), so no word fragment stands before the "…".
    @Test func aLongTitleIsCutAtAWordOnScreen() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let title = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike November Oscar Papa"
        let eventsURL = directory.appendingPathComponent("events.json")
        var events = try JSONSerialization.jsonObject(with: Data(contentsOf: eventsURL)) as! [[String: Any]]
        let earliest = try #require(events.indices.min { (events[$0]["date"] as! String) < (events[$1]["date"] as! String) })
        events[earliest]["title"] = ["ar": title, "en": title]
        try JSONSerialization.data(withJSONObject: events, options: [.prettyPrinted, .withoutEscapingSlashes]).write(to: eventsURL)
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.startTahaluf(["--data", directory.path, "--lang", "en"])
        try tmux.waitForFirstFrame()
        try tmux.waitUntil("the long title") { tmux.screen().contains("Alpha Bravo") }
        let row = try #require(tmux.screen().split(separator: "\n").first { $0.contains("Alpha Bravo") })
        let start = try #require(row.range(of: "Alpha"))
        let cut = try #require(row[start.lowerBound...].range(of: "…"), "the title is cut: \(row)")
        let shown = row[start.lowerBound..<cut.lowerBound].trimmingCharacters(in: .whitespaces)
        #expect((title + " ").hasPrefix(shown + " "), "cut inside a word: \(row)")
        #expect(shown.split(separator: " ").count >= 3, "at least a few words fit: \(row)")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// `tahaluf dump timeline --visual`: each title, an isolated field of its item, laid out in
    /// its own direction exactly as the engine lays it out alone (sequences whole: dump output
    /// is text, not cells), with no control characters in the output.
    @Test(arguments: ["ar", "en"])
    func dumpVisualShowsTheHardTitles(language: String) throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CommandRun.tahaluf(["dump", "timeline", "--visual", "--width", "200", "--lang", language,
                                          "--digits", "arabic", "--data", directory.path])
        #expect(run.status == 0, "\(run.stderr.prefix(400))")
        let engine = TextEngine(options: Self.options)
        for title in Self.titles {
            let shown = engine.line(title, base: .auto).string
            #expect(run.stdout.contains(shown), "\(title.debugDescription) not in the dump as \(shown.debugDescription)")
        }
        #expect(run.stdout.contains("000_895db97fb6067cf4.txt"))
        #expect(run.stdout.contains(Self.url) && !run.stdout.contains("/" + Self.url))
        if language == "ar" { #expect(run.stdout.contains(Self.arabicSourceLine)) }
        #expect(!run.stdout.unicodeScalars.contains { [0x200C, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069].contains($0.value) })
    }

    /// The row as a curses terminal shows it: one spacing character per cell, so an emoji
    /// sequence shows its first pictograph (a flag's first letter and a blank).
    static func asCursesShowsIt(_ row: VisualLine) -> String {
        row.glyphs.map { glyph in
            let first = glyph.text.unicodeScalars.first!
            guard first.value >= 0x1F000 else { return glyph.text }
            return String(first) + ((0x1F1E6...0x1F1FF).contains(first.value) ? " " : "")
        }.joined()
    }

    /// No row wider than the terminal, and no joiner or bidi control on screen.
    static func expectWellFormed(_ screen: String, engine: TextEngine) {
        for row in screen.split(separator: "\n") {
            #expect(TextEngine().width(String(row)) <= 120, "row wider than the terminal: \(row)")
            let strays = row.unicodeScalars.enumerated().filter { offset, scalar in
                guard [0x200C, 0x200D, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069].contains(scalar.value) else { return false }
                // A ZWJ inside an emoji sequence is part of its glyph.
                return !(scalar.value == 0x200D && offset > 0 && row.unicodeScalars[row.unicodeScalars.index(row.unicodeScalars.startIndex, offsetBy: offset - 1)].value >= 0x1F000)
            }
            #expect(strays.isEmpty, "controls on screen: \(row.debugDescription)")
        }
    }
}
