import Testing
import RTLText
@testable import TerminalUI

@Suite struct FrameTests {
    @Test func rightAlignedLineEndsAtTheRightEdge() {
        var frame = Frame(size: Size(width: 10, height: 1))
        frame.draw(VisualLine(glyphs: [Glyph(text: "a", width: 1, logicalIndex: 0)], isRTL: true),
                   in: frame.bounds, align: .right)
        #expect(frame.rows == ["         a"])
    }

    @Test func wideGlyphAtTheLastColumnBecomesBlank() {
        var frame = Frame(size: Size(width: 3, height: 1))
        frame.put(Glyph(text: "中", width: 2, logicalIndex: 0), x: 2, y: 0, style: .normal)
        #expect(frame.rows == ["   "])
        frame.put(Glyph(text: "中", width: 2, logicalIndex: 0), x: 0, y: 0, style: .normal)
        #expect(frame.rows == ["中 "])
        frame.put(Glyph(text: "x", width: 1, logicalIndex: 0), x: 1, y: 0, style: .normal)
        #expect(frame.rows == [" x "])
    }
}
