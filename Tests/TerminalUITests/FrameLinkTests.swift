import Testing
import RTLText
import TerminalUI

/// A frame's link spans follow its cells: `draw` says where it wrote, `link` marks it, and any
/// later write takes the cells it covers out of the span.
@Suite struct FrameLinkTests {
    let target = LinkTarget("https://example.org/report")!
    let engine = TextEngine()

    @Test func drawReturnsTheColumnsItWroteForEachAlignment() {
        var frame = Frame(size: Size(width: 20, height: 1))
        let line = engine.line("abc", base: .ltr)
        let row = Rect(x: 2, y: 0, width: 10, height: 1)
        #expect(frame.draw(line, in: row, align: .left) == 2..<5)
        #expect(frame.draw(line, in: row, align: .right) == 9..<12)
        #expect(frame.draw(engine.line("abcdefghijklmnop", base: .ltr), in: row, align: .left) == 2..<12)
        #expect(frame.draw(line, in: Rect(x: 18, y: 0, width: 10, height: 1), align: .left) == 18..<20)
        #expect(frame.draw(engine.line("", base: .ltr), in: row, align: .left).isEmpty)
    }

    @Test func aLinkCoversTheColumnsGivenClippedToTheFrame() {
        var frame = Frame(size: Size(width: 10, height: 2))
        frame.link(target, y: 1, columns: 7..<14)
        #expect(frame.links == [LinkSpan(target: target, y: 1, x: 7, width: 3)])
        frame.link(target, y: 5, columns: 0..<3)
        frame.link(target, y: 0, columns: 4..<4)
        #expect(frame.links.count == 1)
    }

    @Test func drawingOverALinkSplitsItAndFillingRemovesIt() {
        var frame = Frame(size: Size(width: 12, height: 2))
        frame.link(target, y: 0, columns: 0..<10)
        frame.draw(engine.line("xy", base: .ltr), in: Rect(x: 4, y: 0, width: 2, height: 1), align: .left)
        #expect(frame.links == [LinkSpan(target: target, y: 0, x: 0, width: 4), LinkSpan(target: target, y: 0, x: 6, width: 4)])
        frame.fill(Rect(x: 0, y: 0, width: 3, height: 2))
        #expect(frame.links.map(\.columns) == [3..<4, 6..<10])
        frame.fill(Rect(x: 0, y: 0, width: 12, height: 1))
        #expect(frame.links.isEmpty)
    }

    @Test func aLinkOnAnotherRowIsUntouched() {
        var frame = Frame(size: Size(width: 5, height: 2))
        frame.link(target, y: 1, columns: 0..<5)
        frame.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: Cell("x"))
        #expect(frame.links.count == 1)
    }
}
