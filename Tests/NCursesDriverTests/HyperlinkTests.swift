import Testing
import TerminalUI
@testable import NCursesDriver

/// What a URL must be to be linked (`LinkTarget`): the data's text is written between escape
/// bytes, so anything a terminal could act on refuses the link.
@Suite struct LinkTargetTests {
    @Test(arguments: ["https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm", "http://moroccotimes.tv/?p=3252",
                      "HTTPS://Example.org/a%20b#frag", "https://example.org/q?a=1&b=[2];c=(3)*'4'!$,@~"])
    func urlsOfPrintableASCIIPassUnchanged(url: String) throws {
        #expect(try #require(LinkTarget(url)).uri == url)
    }

    @Test(arguments: [
        "https://example.org/\u{1B}]8;;https://evil.example\u{1B}\\", "https://example.org/\u{07}",
        "https://example.org/\u{9C}", "https://example.org/\u{9B}31m", "https://example.org/\u{7F}",
        "https://example.org/a b", "https://example.org/\n", "https://example.org/\u{202E}gpj.exe",
        "https://example.org/<script>", "https://example.org/\"q\"", "https://example.org/%zz", "https://example.org/%4",
        "https://example.org/{x}|\\^`", "aman-dostor.org/33502", "javascript:alert(1)", "file:///etc/passwd",
        "https://", "https:///path", "", "ftp://example.org/",
    ])
    func controlsBadASCIIAndOtherSchemesRefuseTheLink(url: String) {
        #expect(LinkTarget(url) == nil, "\(url.debugDescription) was linked")
    }

    @Test func nonASCIIIsPercentEncodedAsUTF8() throws {
        let target = try #require(LinkTarget("https://ar.example/مقال?q=تحالف"))
        #expect(target.uri == "https://ar.example/%D9%85%D9%82%D8%A7%D9%84?q=%D8%AA%D8%AD%D8%A7%D9%84%D9%81")
        #expect(target.uri.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) })
    }

    @Test func lengthIsCappedAfterEncoding() {
        let base = "https://example.org/"
        #expect(LinkTarget(base + String(repeating: "a", count: LinkTarget.maximumLength - base.count)) != nil)
        #expect(LinkTarget(base + String(repeating: "a", count: LinkTarget.maximumLength - base.count + 1)) == nil)
        // Each Arabic letter is six bytes once encoded.
        #expect(LinkTarget(base + String(repeating: "م", count: LinkTarget.maximumLength / 6)) == nil)
    }

    @Test func theIdIsHexAndTheSameForTheSameURL() throws {
        let a = try #require(LinkTarget("https://example.org/a")), b = try #require(LinkTarget("https://example.org/b"))
        #expect(a.id == (try #require(LinkTarget("https://example.org/a"))).id)
        #expect(a.id != b.id)
        #expect(a.id.count == 16 && a.id.allSatisfy(\.isHexDigit))
    }
}

/// The bytes of OSC 8 and of the pass that re-writes link cells after ncurses' update.
@Suite struct HyperlinkSequenceTests {
    let target = LinkTarget("https://example.org/x")!

    @Test func openAndCloseAreOSC8EndedBySTWithAnId() {
        #expect(ControlSequences.hyperlinkOpen(target) == "\u{1B}]8;id=\(target.id);https://example.org/x\u{1B}\\")
        #expect(ControlSequences.hyperlinkClose == "\u{1B}]8;;\u{1B}\\")
    }

    @Test func sgrSetsEveryAttributeAndColourFromNormal() {
        let look = RoleLook(.index(196), on: .terminalDefault, [.bold, .underline])
        #expect(ControlSequences.sgr(look, depth: .indexed256, useDefaults: true) == "\u{1B}[0;1;4;38;5;196;49m")
        #expect(ControlSequences.sgr(RoleLook(.index(3), on: .index(12)), depth: .basic8, useDefaults: true)
                == "\u{1B}[0;33;104m")
        #expect(ControlSequences.sgr(RoleLook(), depth: .basic8, useDefaults: false) == "\u{1B}[0;37;40m")
        #expect(ControlSequences.sgr(RoleLook(.index(2), on: .index(0), [.reverse, .dim]), depth: .monochrome,
                                     useDefaults: true) == "\u{1B}[0;2;7m")
    }

    @Test func bytesSaveTheCursorWriteEachSegmentLinkedAndRestore() {
        let cells = "ab".map { Cell(String($0), style: Style(.dim)) } + [Cell("c", style: Style(.link))]
        let segments = [HyperlinkPass.Segment(y: 2, x: 5, cells: cells, target: target),
                        HyperlinkPass.Segment(y: 3, x: 0, cells: [Cell("z")], target: nil)]
        let bytes = HyperlinkPass.bytes(segments, save: "<sc>", restore: "<rc>", sgr: { "<\($0.role)>" },
                                        text: { $0.text })
        #expect(bytes == "<sc>\u{1B}[3;6H" + ControlSequences.hyperlinkOpen(target) + "<dim>ab<link>c"
                + ControlSequences.hyperlinkClose + "\u{1B}[4;1H<normal>z\u{1B}[0m<rc>")
        #expect(HyperlinkPass.bytes([], save: "<sc>", restore: "<rc>", sgr: { _ in "" }, text: { $0.text }) == "")
    }

    @Test func aWideCharacterIsWrittenOnceFromItsFirstHalf() {
        let cells = [Cell("世", width: 2), Cell("", width: 0), Cell("a")]
        let bytes = HyperlinkPass.bytes([HyperlinkPass.Segment(y: 0, x: 0, cells: cells, target: target)],
                                        save: "", restore: "", sgr: { _ in "" }, text: { $0.text })
        #expect(bytes.contains("世a"))
    }

    @Test func cellTextNeverCarriesAControlCharacter() {
        #expect(CellScalars.of(Cell("\u{1B}"), asciiOnly: false) == [0x3F])
        #expect(CellScalars.of(Cell("\u{9B}"), asciiOnly: false) == [0x3F])
        #expect(CellScalars.of(Cell("م"), asciiOnly: true) == [0x3F])
        #expect(CellScalars.of(Cell(""), asciiOnly: false) == [0x20])
    }
}

/// Which cells the pass writes: new spans, spans whose row changed, and the cells of a span
/// that went away (without a link); nothing when the links and their rows are as before.
@Suite struct HyperlinkPlanTests {
    let target = LinkTarget("https://example.org/x")!
    let size = Size(width: 10, height: 3)

    func frame(url: String = "abcd", at x: Int = 2, y: Int = 1, linked: Bool = true, extra: String = "") -> Frame {
        var frame = Frame(size: size)
        for (i, c) in url.enumerated() { frame[x + i, y] = Cell(String(c)) }
        for (i, c) in extra.enumerated() { frame[i, 0] = Cell(String(c)) }
        if linked { frame.link(target, y: y, columns: x..<(x + url.count)) }
        return frame
    }

    @Test func aNewSpanIsWrittenLinkedOnceThenLeftAlone() {
        let first = HyperlinkPass.plan(old: Frame(size: size), new: frame(), written: [], size: size)
        #expect(first.segments == [HyperlinkPass.Segment(y: 1, x: 2, cells: "abcd".map { Cell(String($0)) },
                                                         target: target)])
        // Another row changes: the span's row did not, so nothing is sent.
        let second = HyperlinkPass.plan(old: frame(), new: frame(extra: "zz"), written: first.written, size: size)
        #expect(second.segments.isEmpty)
        #expect(second.written == first.written)
    }

    @Test func aChangeElsewhereOnTheSpansRowWritesItAgain() {
        let first = HyperlinkPass.plan(old: nil, new: frame(), written: [], size: size)
        var changed = frame()
        changed[9, 1] = Cell("!")
        let second = HyperlinkPass.plan(old: frame(), new: changed, written: first.written, size: size)
        #expect(second.segments.map(\.target) == [target])
    }

    @Test func aSpanThatWentAwayIsWrittenAgainWithoutALink() {
        let first = HyperlinkPass.plan(old: nil, new: frame(), written: [], size: size)
        let gone = HyperlinkPass.plan(old: frame(), new: frame(linked: false), written: first.written, size: size)
        #expect(gone.segments == [HyperlinkPass.Segment(y: 1, x: 2, cells: "abcd".map { Cell(String($0)) }, target: nil)])
        #expect(gone.written.isEmpty)
    }

    @Test func aMovedSpanUnlinksOnlyTheUnchangedCellsTheNewOneDoesNotCover() {
        let first = HyperlinkPass.plan(old: nil, new: frame(), written: [], size: size)
        // "abcd" at 2 becomes "cdcd" at 2 with the link on 4..<8: 2 and 3 changed (ncurses wrote
        // them); 4 and 5 are under the new span. Nothing is left to unlink.
        var moved = frame(url: "cd", at: 2, linked: false)
        for (i, c) in "cdcd".enumerated() { moved[2 + i, 1] = Cell(String(c)) }
        moved.link(target, y: 1, columns: 4..<8)
        let plan = HyperlinkPass.plan(old: frame(), new: moved, written: first.written, size: size)
        #expect(plan.segments.map(\.target) == [target])
        // "abcd" stays where it was but the link moves right by two: 2 and 3 are unlinked.
        var shifted = frame(linked: false)
        shifted.link(target, y: 1, columns: 4..<8)
        let again = HyperlinkPass.plan(old: frame(), new: shifted, written: first.written, size: size)
        #expect(again.segments.map(\.target) == [target, nil])
        #expect(again.segments.last?.x == 2 && again.segments.last?.cells.count == 2)
    }

    @Test func aSpanWhoseCellsAllChangedNeedsNoUnlinking() {
        let first = HyperlinkPass.plan(old: nil, new: frame(), written: [], size: size)
        let plan = HyperlinkPass.plan(old: frame(), new: frame(url: "wxyz", linked: false), written: first.written, size: size)
        #expect(plan.segments.isEmpty)
    }

    @Test func spansAreCutToTheDrawnScreenAndNeverTakeTheBottomRightCell() {
        var bottom = Frame(size: size)
        bottom.link(target, y: 2, columns: 6..<10)
        let plan = HyperlinkPass.plan(old: nil, new: bottom, written: [], size: size)
        #expect(plan.segments.map(\.cells.count) == [3])
        let capped = HyperlinkPass.plan(old: nil, new: frame(), written: [], size: Size(width: 4, height: 3))
        #expect(capped.segments.map(\.cells.count) == [2])
        #expect(HyperlinkPass.plan(old: nil, new: frame(), written: [], size: Size(width: 10, height: 1)).segments.isEmpty)
    }
}

/// Which terminals get hyperlinks.
@Suite struct HyperlinkSupportTests {
    static let xterm: [String: String] = ["cup": "\u{1B}[%i%p1%d;%p2%dH", "sc": "\u{1B}7", "rc": "\u{1B}8"]

    @Test(arguments: ["xterm-256color", "tmux-256color", "screen", "foot", "xterm-kitty", "alacritty"])
    func ecma48TerminalsWithSaveAndRestoreGetThem(name: String) {
        #expect(HyperlinkSupport(terminalName: name, terminfo: { Self.xterm[$0] }) == .init(save: "\u{1B}7", restore: "\u{1B}8"))
    }

    @Test(arguments: ["linux", "dumb", "vt100", "vt220", "cons25", "sun-color", ""])
    func consolesAndOldTerminalsGetNone(name: String) {
        #expect(HyperlinkSupport(terminalName: name, terminfo: { Self.xterm[$0] }) == nil)
    }

    @Test func noneWithoutSaveRestoreOrCSICursorAddressing() {
        #expect(HyperlinkSupport(terminalName: "xterm", terminfo: { $0 == "sc" ? nil : Self.xterm[$0] }) == nil)
        #expect(HyperlinkSupport(terminalName: "xterm", terminfo: { $0 == "cup" ? "\u{1B}Y%p1%' '%+%c" : Self.xterm[$0] })
                == nil)
        #expect(HyperlinkSupport(terminalName: "xterm", terminfo: { $0 == "rc" ? "\u{1B}8$<5>" : Self.xterm[$0] }) == nil)
    }
}

extension HyperlinkSupport {
    init(save: String, restore: String) {
        self.init(terminalName: "xterm", terminfo: { ["cup": "\u{1B}[H", "sc": save, "rc": restore][$0] })!
    }
}
