import Foundation
import Testing

/// Data written by someone who wants to attack the reader's terminal: every Arabic and English
/// text of the bundled data set (and every quote) rewritten to carry escape sequences (OSC 52
/// clipboard writes, OSC 0/2 title changes, DCS, 8-bit C1 CSI and OSC), C0 controls, DEL, bidi
/// embeddings, overrides and isolates, and look-alikes of sequences.
///
/// What the program does with it, and what these tests hold it to:
/// - Text with C0 (other than tab and line feed), DEL or C1 controls is refused by the loader:
///   `check` exits 1 naming file, line and the control (U+001B), the browser exits 2 before it
///   touches the terminal. Nothing of the payload is echoed in the messages.
/// - Bidi embeddings and overrides, unbalanced isolates, the byte-order mark and noncharacters are
///   refused the same way (`DataTextRule`, issue 15): they reorder or hide the text around them.
/// - Marks, balanced isolates, separators and look-alikes are valid text: `check` accepts them, and
///   `dump` and the browser show them with every control removed.
@Suite(.serialized) struct HostileDataTests {
    // MARK: Escape sequences: refused, never echoed

    @Test func checkRefusesTextsWithEscapeSequencesAndEchoesNone() throws {
        let directory = try HostileData.directory(rewriting: HostileData.withEscapes)
        defer { HostileData.remove(directory) }
        let run = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("control character U+001B"), "\(run.stderr.prefix(600))")
        for file in ["events.json", "members.json", "groups.json", "figures.json", "sources.json"] {
            #expect(run.stderr.range(of: "\(file):[0-9]+:[0-9]+: ", options: .regularExpression) != nil,
                    "no located problem in \(file)")
        }
        #expect(TerminalSafety.problems(in: run.stdout + run.stderr).isEmpty,
                "\(TerminalSafety.problems(in: run.stdout + run.stderr))")
        for payload in HostileData.payloadMarkers { #expect(!(run.stdout + run.stderr).contains(payload)) }
    }

    @Test func theBrowserRefusesThemBeforeTouchingTheTerminal() throws {
        let directory = try HostileData.directory(rewriting: HostileData.withEscapes)
        defer { HostileData.remove(directory) }
        let run = try PtyRecording.run(["--data", directory.path], keys: ["j", "q"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("events.json:"), "\(run.stderr.prefix(400))")
        #expect(TerminalSafety.problems(in: run.stderr).isEmpty, "\(TerminalSafety.problems(in: run.stderr))")
        // Nothing at all reached the terminal: no alternate screen, no CSI 8 l, no payload.
        #expect(!run.output.contains(0x1B), "tahaluf wrote escape sequences: \(run.text.debugDescription.prefix(300))")
        for payload in HostileData.payloadMarkers { #expect(!(run.text + run.stderr).contains(payload)) }
    }

    /// Hostile bytes where the loader quotes what it found (an unknown field's name, a key, the
    /// character at a syntax error, an enum value): the message must show them escaped, not raw.
    @Test(arguments: HostileData.hostileFiles)
    func problemsQuoteHostileTextWithoutControls(_ file: HostileData.File) throws {
        let directory = try HostileData.directory(rewriting: { $0 })
        defer { HostileData.remove(directory) }
        try Data(file.bytes).write(to: directory.appendingPathComponent(file.name))
        let run = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file.name):1:"), "\(run.stderr.prefix(400))")
        #expect(TerminalSafety.problems(in: run.stderr).isEmpty,
                "\(file.label): \(TerminalSafety.problems(in: run.stderr)) in \(run.stderr.debugDescription.prefix(500))")
    }

    // MARK: Overrides, unbalanced isolates, BOM, noncharacters: refused at their place

    @Test(arguments: HostileData.refusedTextPayloads)
    func checkRefusesTextThatReordersOrHides(_ payload: String) throws {
        let directory = try HostileData.directory(rewriting: { $0 + payload })
        defer { HostileData.remove(directory) }
        let run = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(run.status == 1)
        #expect(run.stderr.range(of: "events.json:[0-9]+:[0-9]+: .*text contains", options: .regularExpression) != nil,
                "\(run.stderr.prefix(600))")
        #expect(TerminalSafety.problems(in: run.stdout + run.stderr).isEmpty,
                "\(TerminalSafety.problems(in: run.stdout + run.stderr))")
    }

    // MARK: Marks, balanced isolates and look-alikes: accepted, shown without controls

    @Test func checkAcceptsBidiControlsAndLookAlikes() throws {
        let directory = try HostileData.directory(rewriting: HostileData.withBidiControls)
        defer { HostileData.remove(directory) }
        let run = try CommandRun.tahaluf(["check", "--data", directory.path])
        #expect(run.status == 0, "\(run.stderr.prefix(600))")
        #expect(run.stdout.contains("valid"))
    }

    @Test(arguments: ["--visual", "--logical"], ["ar", "en"])
    func dumpShowsNoControls(order: String, language: String) throws {
        let directory = try HostileData.directory(rewriting: HostileData.withBidiControls)
        defer { HostileData.remove(directory) }
        let run = try CommandRun.tahaluf(["dump", "all", order, "--lang", language, "--width", "100", "--data", directory.path])
        #expect(run.status == 0, "\(run.stderr.prefix(600))")
        #expect(run.stdout.contains("LOOKALIKE"), "the hostile texts are not in the dump")
        let problems = TerminalSafety.problems(in: run.stdout)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theBrowserShowsThemWithoutRawControls() throws {
        let directory = try HostileData.directory(rewriting: HostileData.withBidiControls)
        defer { HostileData.remove(directory) }
        // Detail of the first event, a move, the map, groups, statistics, English, a search, quit.
        let keys = ["\r", "\u{1B}[B", "\u{7F}", "j", "\r", "2", "\r", "3", "\r", "4", "\r", "L", "1", "\r",
                    "/", "LOOK", "\r", "\u{1B}", "q"]
        let run = try PtyRecording.run(["--data", directory.path], keys: keys, settle: 0.3)
        #expect(run.status == 0, "\(run.stderr.prefix(400))")
        #expect(run.text.contains("LOOKALIKE"), "the hostile texts were not on screen")
        let problems = TerminalSafety.problems(inTerminalOutput: run.output)
        #expect(problems.isEmpty, "\(problems)")
    }
}

// MARK: - The hostile data

enum HostileData {
    /// base64("PWNED-CLIPBOARD"): what an OSC 52 payload would put on the clipboard.
    static let clipboardBase64 = Data("PWNED-CLIPBOARD".utf8).base64EncodedString()
    /// Strings that must never reach the output when they came inside an escape sequence.
    static let payloadMarkers = [clipboardBase64, "PWNED"]

    static let escapePayloads = [
        "\u{1B}]52;c;\(clipboardBase64)\u{07}",      // OSC 52: write the clipboard
        "\u{1B}]0;PWNED-TITLE\u{07}",                  // OSC 0: window title
        "\u{1B}]2;PWNED-TITLE2\u{1B}\\",               // OSC 2 ended by ST
        "\u{1B}P+q50574e4544\u{1B}\\",                 // DCS: XTGETTCAP request
        "\u{9B}6n\u{9B}?1049l",                       // 8-bit CSI: cursor report, leave the alternate screen
        "\u{9D}0;PWNED-C1\u{9C}",                      // 8-bit OSC and ST
        "\u{1B}[2J\u{1B}[H\u{1B}[?1049l\u{1B}c",      // clear, home, normal screen, full reset
        "\u{7F}\u{08}\u{08}\r\u{00}\u{1B}[",          // DEL, backspaces, CR, NUL, an unterminated CSI
    ]

    /// What `DataTextRule` refuses although it is no terminal control.
    static let refusedTextPayloads = [
        "\u{202A}LRE\u{202B}RLE\u{202C}\u{202D}LRO\u{202E}RLO\u{202C}",  // embeddings and overrides
        "\u{2066}LRI\u{2067}RLI\u{2068}FSI\u{2069}",                     // isolates never closed
        "PDI\u{2069}",                                                    // a close without an open
        "\u{FEFF}BOM",
        String(Unicode.Scalar(0xFFFE)!) + String(Unicode.Scalar(0xFDD0)!) + "NONCHAR",
    ]

    static let bidiPayloads = [
        "\u{2066}LRI\u{2069}\u{2067}RLI\u{2068}FSI\u{2069}\u{2069}",         // balanced isolates
        "\u{200E}LRM\u{200F}RLM\u{061C}ALM",                               // marks
        "line\u{2028}separator\u{2029}paragraph\tTAB\nLF",
        "[31m]0;LOOKALIKE[?1049l P+q \u{241B}[2J",                         // sequences without ESC
        "e\u{301}\u{302}\u{303}\u{304}\u{305}",                            // a stack of marks
    ]

    static func withEscapes(_ text: String) -> String { mix(text, escapePayloads) }
    static func withBidiControls(_ text: String) -> String { mix(text, bidiPayloads) }

    /// The original text with payloads before, inside and after it.
    private static func mix(_ text: String, _ payloads: [String]) -> String {
        let half = text.index(text.startIndex, offsetBy: text.count / 2)
        return payloads.joined() + text[..<half] + payloads.reversed().joined() + text[half...] + payloads.joined()
    }

    /// A copy of the bundled data set with every Arabic and English text and every quote rewritten.
    static func directory(rewriting rewrite: (String) -> String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-hostile-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["sources", "events", "members", "groups", "figures"] {
            let source = Paths.repositoryRoot.appendingPathComponent("Resources/\(name).json")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: source), options: [.fragmentsAllowed])
            let data = try JSONSerialization.data(withJSONObject: rewritten(json, rewrite),
                                                  options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try data.write(to: directory.appendingPathComponent("\(name).json"))
        }
        return directory
    }

    static func remove(_ directory: URL) { try? FileManager.default.removeItem(at: directory) }

    private static func rewritten(_ value: Any, _ rewrite: (String) -> String) -> Any {
        if let array = value as? [Any] { return array.map { rewritten($0, rewrite) } }
        guard var object = value as? [String: Any] else { return value }
        let isLocalized = Set(object.keys) == ["ar", "en"]
        for (key, child) in object {
            if let text = child as? String, isLocalized || key == "quote" {
                object[key] = rewrite(text)
            } else {
                object[key] = rewritten(child, rewrite)
            }
        }
        return object
    }

    /// One data file with hostile bytes where the loader reports what it found.
    struct File: CustomTestStringConvertible, Sendable {
        var label: String
        var name: String
        var bytes: [UInt8]
        var testDescription: String { label }
    }

    static let hostileFiles: [File] = [
        File(label: "unknown field named with an OSC title", name: "groups.json",
             bytes: Array(#"[{"id": "g", "\u001b]0;PWNED-FIELD\u0007": 1}]"#.utf8)),
        File(label: "a key with an OSC title and no colon", name: "groups.json",
             bytes: Array(#"[{"\u001b]0;PWNED-KEY\u0007" 1}]"#.utf8)),
        File(label: "a raw ESC outside text", name: "groups.json", bytes: [0x5B, 0x20, 0x1B] + Array("]0;PWNED\u{7} ]".utf8)),
        File(label: "a C1 CSI (UTF-8) outside text", name: "groups.json", bytes: [0x5B, 0x20, 0xC2, 0x9B] + Array("31m ]".utf8)),
        File(label: "a right-to-left override in a category", name: "events.json",
             bytes: Array(#"[{"id": "e", "category": "mili\u202Etary"}]"#.utf8)),
        File(label: "a right-to-left override in an id", name: "sources.json",
             bytes: Array(#"[{"id": "s\u202Eevil"}]"#.utf8)),
    ]
}

/// What must never reach a terminal from data.
enum TerminalSafety {
    /// For text meant to be printed as is (dump, messages): no C0 but line feed, no DEL, no C1,
    /// no bidi embeddings, overrides or isolates.
    static func problems(in text: String) -> [String] {
        var found: [String: Int] = [:]
        for scalar in text.unicodeScalars where scalar != "\n" && isForbidden(scalar.value) {
            found[name(scalar.value), default: 0] += 1
        }
        return found.sorted { $0.key < $1.key }.map { "\($0.key) x\($0.value)" }
    }

    /// For what a curses program wrote to its terminal: its own escape sequences are expected, but
    /// none that only data could have brought (OSC, DCS, SOS/PM/APC, C1 controls, bidi controls),
    /// and the bytes must be valid UTF-8. Tahaluf's own OSC 8 hyperlinks are expected too, in
    /// their exact form only: a 16-digit hex id and a URI of RFC 3986 characters, ended by ST.
    static func problems(inTerminalOutput bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
            .replacing(/\x1B\]8;(id=[0-9a-f]{16};[A-Za-z0-9\-._~:\/?#\[\]@!$&'()*+,;=%]+)?;?\x1B\\/, with: "")
        if String(validating: bytes, as: UTF8.self) == nil { problems.append("invalid UTF-8") }
        for (introducer, name) in [("\u{1B}]", "OSC"), ("\u{1B}P", "DCS"), ("\u{1B}X", "SOS"), ("\u{1B}^", "PM"), ("\u{1B}_", "APC")]
        where text.contains(introducer) {
            problems.append("\(name) sequence")
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                problems.append(name(v))
            }
        }
        return Array(Set(problems)).sorted()
    }

    static func isForbidden(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    static func name(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
