import Testing
import FoundationEssentials
import CoalitionStore
import TahalufTestSupport
import RTLText
import TerminalUI
@testable import TahalufApp

/// The real run loop (`runApp`) against a headless terminal, fed thousands of random events from
/// a fixed seed: every key the keymap knows, random characters (Arabic, Latin, controls, emoji),
/// Ctrl-letters, function keys, mouse clicks and wheel at random cells (a few just outside the
/// screen), idle ticks and resizes from 1x1 to 200x60. A checking terminal inspects every frame
/// the app presents (see `FrameInvariants`); the test fails on the first few broken frames and
/// says which event produced them, so a failure can be replayed from the seed.
///
/// ```
/// swift test --filter MonkeyTests
/// ```
@Suite struct MonkeyTests {
    static let bundled: Store = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try! Store.load(directory: repo.appendingPathComponent("Resources").path)
    }()

    @Test(arguments: [Language.ar, .en])
    func tenThousandEventsOnTheBundledData(language: Language) {
        let result = Monkey.run(store: Self.bundled, config: AppConfig(language: language),
                                events: 10_000, seed: language == .ar ? 0xA11CE : 0xB0B)
        #expect(result.violations.isEmpty, "\(result.violations.joined(separator: "\n"))")
        #expect(result.framesChecked > 3_000)
        #expect(result.quitsBeforeTheEnd > 0, "the script should have quit (q, Ctrl-C) and been restarted")
        #expect(result.quitAtTheEnd)
    }

    /// Kiosk: q, Ctrl-C and Ctrl-Z in the script never end the loop; only the configured exit key
    /// (F20, which the script never sends) does, after the script has drained.
    @Test func tenThousandEventsInKioskMode() {
        let config = AppConfig(language: .ar, kiosk: KioskConfig(idleSeconds: 3, exitKey: "F20"))
        let result = Monkey.run(store: Self.bundled, config: config, events: 10_000, seed: 0x1C05C)
        #expect(result.violations.isEmpty, "\(result.violations.joined(separator: "\n"))")
        #expect(result.quitsBeforeTheEnd == 0, "kiosk mode quit before the script ended")
        #expect(result.quitKeysSent > 100)
        #expect(result.suspends == 0, "Ctrl-Z suspended the kiosk")
        #expect(result.copies == 0, "y copied to the clipboard in kiosk mode")
        #expect(result.quitAtTheEnd)
    }

    /// The 100,000-event synthetic store: 700 random events must finish (nothing quadratic in the
    /// number of events per keypress). No timing assertion: a hang or a crawl shows as a test
    /// that does not finish in `swift test`'s time. In a debug build building the store takes
    /// about 10 s and the events about 5 s.
    @Test func randomEventsOnTheSyntheticHundredThousandEventStore() {
        let store = Store(dataset: SyntheticData.make(events: 100_000, members: 1_000, seed: 7))
        let result = Monkey.run(store: store, config: AppConfig(language: .ar), events: 700, seed: 0x5EED)
        #expect(result.violations.isEmpty, "\(result.violations.joined(separator: "\n"))")
        #expect(result.quitAtTheEnd)
    }

    /// A researcher's own data: 20,000 generated events written as a directory (one per line, as
    /// `tahaluf-bench write-data` writes them) and loaded through `Store.load(directory:)`, the
    /// path `--data DIR` takes, in both languages.
    @Test(arguments: [Language.ar, .en])
    func randomEventsOnALoadedTwentyThousandEventDirectory(language: Language) throws {
        let directory = FileManager.default.temporaryDirectory.path + "/tahaluf-monkey-large-" + UUID().uuidString
        try SyntheticDataWriter.write(events: 20_000, members: 800, seed: 20, to: directory)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try Store.load(directory: directory)
        #expect(store.eventsByDate.count == 20_000)
        let result = Monkey.run(store: store, config: AppConfig(language: language), events: 1_500,
                                seed: language == .ar ? 0x20_000A : 0x20_000E)
        #expect(result.violations.isEmpty, "\(result.violations.joined(separator: "\n"))")
        #expect(result.framesChecked > 300)
        #expect(result.quitAtTheEnd)
    }

    /// The checker itself must catch broken frames, or the suite above proves nothing.
    @Test func theInvariantsCatchBrokenFrames() {
        let size = Size(width: 4, height: 1)
        var frame = Frame(size: size)
        #expect(FrameInvariants.problems(frame, expected: size).isEmpty)
        #expect(!FrameInvariants.problems(frame, expected: Size(width: 5, height: 1)).isEmpty)

        frame[3, 0] = Cell("中", width: 2)                      // wide glyph on the last column
        #expect(!FrameInvariants.problems(frame, expected: size).isEmpty)
        frame = Frame(size: size)
        frame[1, 0] = Cell("", width: 0)                        // continuation without its wide glyph
        #expect(!FrameInvariants.problems(frame, expected: size).isEmpty)
        for hostile in ["\u{1B}", "a\u{7}", "\u{9B}", "\u{7F}", "\u{202E}", "\u{2067}", "\u{85}"] {
            frame = Frame(size: size)
            frame[0, 0] = Cell(hostile)
            #expect(!FrameInvariants.problems(frame, expected: size).isEmpty, "\(hostile.unicodeScalars.map(\.value))")
        }
    }
}

// MARK: - The monkey

/// What one monkey run saw.
struct MonkeyResult {
    var framesChecked = 0
    var violations: [String] = []
    /// Times the loop ended (q, Ctrl-C) while script events remained; the loop is restarted each time.
    var quitsBeforeTheEnd = 0
    var quitKeysSent = 0
    var suspends = 0
    var copies = 0
    /// The final quit (Ctrl-C, or the kiosk exit key) ended the loop.
    var quitAtTheEnd = false
}

enum Monkey {
    static let kioskExit = InputEvent.key(.function(20))

    static func run(store: Store, config: AppConfig, events count: Int, seed: UInt64) -> MonkeyResult {
        var random = SplitMix64(seed: seed)
        let start = Size(width: 120, height: 40)
        var script: [InputEvent] = []
        var size = start
        while script.count < count {
            let burst = Monkey.event(&random, size: size)
            for event in burst { if case .resize(let s) = event { size = s } }
            script += burst
        }
        let terminal = CheckingTerminal(size: start, script: script,
                                        finalKey: config.kiosk == nil ? .key(.ctrl("c")) : kioskExit)
        var result = MonkeyResult()
        result.quitKeysSent = script.filter { $0 == .key(.char("q")) || $0 == .key(.ctrl("c")) }.count
        var state = AppState(config: config)
        while true {
            state.quit = false
            state = runApp(initial: state, store: store, terminal: terminal)
            if terminal.sentFinalKey { result.quitAtTheEnd = state.quit; break }
            result.quitsBeforeTheEnd += 1
        }
        result.framesChecked = terminal.framesChecked
        result.violations = terminal.violations
        result.suspends = terminal.suspendCount
        result.copies = terminal.clipboard.count
        return result
    }

    /// One random input, or a short burst (a run of idle ticks, a typed word).
    static func event(_ r: inout SplitMix64, size: Size) -> [InputEvent] {
        switch r.below(100) {
        case 0..<40: return [.key(knownKeys[r.below(knownKeys.count)])]
        case 40..<55: return [.key(.char(randomCharacter(&r)))]
        case 55..<60: return [.key(.ctrl(Character(Unicode.Scalar(UInt8(0x61 + r.below(26))))))]
        case 60..<62: return [.key(.function(1 + r.below(12)))]
        case 62..<65: return [.key(.char("/"))] + (0..<(1 + r.below(8))).map { _ in .key(.char(randomCharacter(&r))) }
        case 65..<80: return [.mouse(randomMouse(&r, size: size))]
        case 80..<88: return Array(repeating: .idle, count: 1 + r.below(12))
        default: return [.resize(randomSize(&r))]
        }
    }

    /// Every key `Keymap` maps to an action, in browse or search mode.
    static let knownKeys: [Key] = [
        .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape,
        .backspace, .delete, .ctrl("l"), .ctrl("z"), .ctrl("c"),
    ] + "hjklgG/nN?qfmyL[]1234".map { .char($0) }

    static let arabic = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩،؛؟ﻻﷲ")
    static let odd: [Character] = ["\u{1B}", "\u{7}", "\u{0}", "\u{7F}", "\u{9B}", "\u{85}", "\u{202E}", "\u{2067}",
                                   "\u{200F}", "\u{FEFF}", "\u{FFFD}", "\t", "中", "😀", "e\u{301}", "\u{200D}", "👩‍👩‍👧"]

    static func randomCharacter(_ r: inout SplitMix64) -> Character {
        switch r.below(10) {
        case 0..<5: return arabic[r.below(arabic.count)]
        case 5..<8: return Character(Unicode.Scalar(UInt8(0x20 + r.below(95))))
        default: return odd[r.below(odd.count)]
        }
    }

    static func randomMouse(_ r: inout SplitMix64, size: Size) -> MouseEvent {
        let buttons: [MouseButton] = [.left, .left, .left, .wheelUp, .wheelDown, .middle, .right]
        let kinds: [MouseEvent.Kind] = [.click, .click, .press, .release, .doubleClick]
        // Mostly on screen; sometimes a cell or two outside, as a report racing a resize would be.
        let x = r.below(10) == 0 ? size.width + r.below(3) - 1 : r.below(max(1, size.width))
        let y = r.below(10) == 0 ? size.height + r.below(3) - 1 : r.below(max(1, size.height))
        return MouseEvent(x: x, y: y, button: buttons[r.below(buttons.count)], kind: kinds[r.below(kinds.count)])
    }

    /// Half the time a common terminal size, else anything from 1x1 to 200x60, tiny ones often.
    static func randomSize(_ r: inout SplitMix64) -> Size {
        let common = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 100, height: 30),
                      Size(width: 200, height: 60), Size(width: 40, height: 12), Size(width: 132, height: 43),
                      Size(width: 80, height: 25), Size(width: 39, height: 11)]
        switch r.below(10) {
        case 0..<5: return common[r.below(common.count)]
        case 5..<7: return Size(width: 1 + r.below(10), height: 1 + r.below(6))
        default: return Size(width: 1 + r.below(200), height: 1 + r.below(60))
        }
    }
}

/// A headless terminal that checks every frame presented to it, and quits the app once the
/// script has run out (the final key), so a run always ends.
final class CheckingTerminal: TerminalDevice {
    private let inner: HeadlessTerminal
    private let scriptLength: Int
    private var delivered = 0
    private let finalKey: InputEvent
    private(set) var sentFinalKey = false
    private var requestsAfterEnd = 0
    private(set) var framesChecked = 0
    private(set) var violations: [String] = []
    private var lastEvent: InputEvent?

    init(size: Size, script: [InputEvent], finalKey: InputEvent) {
        inner = HeadlessTerminal(size: size, events: script)
        scriptLength = script.count
        self.finalKey = finalKey
    }

    var size: Size { inner.size }
    var clipboard: [String] { inner.clipboard }
    var suspendCount: Int { inner.suspendCount }

    func present(_ frame: Frame) {
        framesChecked += 1
        let problems = FrameInvariants.problems(frame, expected: inner.size)
        guard !problems.isEmpty, violations.count < 5 else { return }
        violations.append("after event #\(delivered) \(lastEvent.map { "\($0)" } ?? "(start)") at \(inner.size): "
                          + problems.prefix(3).joined(separator: "; "))
    }

    func invalidate() { inner.invalidate() }
    func copyToClipboard(_ text: String) { inner.copyToClipboard(text) }
    func suspend() { inner.suspend() }

    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent {
        if delivered < scriptLength {
            delivered += 1
            lastEvent = inner.nextEvent(timeoutMilliseconds: timeoutMilliseconds)
            return lastEvent!
        }
        sentFinalKey = true
        requestsAfterEnd += 1
        // The final key must end the loop at once; if it does not, the app can never be left.
        precondition(requestsAfterEnd < 100, "the app ignores \(finalKey) after the script: it cannot be quit")
        return finalKey
    }
}

/// What must hold for every frame the app presents.
enum FrameInvariants {
    static func problems(_ frame: Frame, expected: Size) -> [String] {
        var problems: [String] = []
        if frame.size != expected { problems.append("frame is \(frame.size), terminal is \(expected)") }
        let width = frame.size.width
        if frame.cells.count != width * frame.size.height {
            return problems + ["\(frame.cells.count) cells for \(frame.size)"]
        }
        for y in 0..<frame.size.height {
            var x = 0
            while x < width {
                let cell = frame[x, y]
                switch cell.width {
                case 2:
                    if x == width - 1 { problems.append("(\(x),\(y)) wide glyph \"\(cell.text)\" on the last column") }
                    else if frame[x + 1, y].width != 0 { problems.append("(\(x),\(y)) wide glyph not followed by a continuation") }
                    x += 2
                    continue
                case 1:
                    if cell.text.isEmpty { problems.append("(\(x),\(y)) empty text in a one-cell glyph") }
                case 0:
                    problems.append("(\(x),\(y)) continuation cell without a wide glyph before it")
                default:
                    problems.append("(\(x),\(y)) width \(cell.width)")
                }
                if let bad = forbiddenScalar(in: cell.text) { problems.append("(\(x),\(y)) contains U+\(hex(bad))") }
                x += 1
            }
            for x in 0..<width where frame[x, y].width == 0 && !frame[x, y].text.isEmpty {
                problems.append("(\(x),\(y)) continuation cell with text")
            }
            if x != width { problems.append("row \(y) spans \(x) cells, not \(width)") }
            if problems.count > 10 { break }
        }
        return problems
    }

    /// C0 and C1 controls, DEL, ESC, and the bidi embeddings, overrides and isolates.
    static func forbiddenScalar(in text: String) -> UInt32? {
        text.unicodeScalars.first { s in
            let v = s.value
            return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }?.value
    }

    static func hex(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
