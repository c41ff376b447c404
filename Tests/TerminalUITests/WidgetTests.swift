import Testing
import RTLText
@testable import TerminalUI

@Suite struct LayoutTests {
    let screen = Rect(x: 0, y: 0, width: 100, height: 10)

    @Test func mirroringUsesWidthMinusXMinusW() {
        let r = Rect(x: 10, y: 2, width: 30, height: 5)
        #expect(r.mirrored(in: screen, .rtl) == Rect(x: 60, y: 2, width: 30, height: 5))
        #expect(r.mirrored(in: screen, .ltr) == r)
        let inner = Rect(x: 20, y: 0, width: 50, height: 1)
        #expect(Rect(x: 20, y: 0, width: 10, height: 1).mirrored(in: inner, .rtl).x == 60)
    }

    @Test func startIsRightInRTL() {
        let (start, rest) = screen.splitStart(30, .rtl)
        #expect(start == Rect(x: 70, y: 0, width: 30, height: 10))
        #expect(rest == Rect(x: 0, y: 0, width: 70, height: 10))
        let (ltrStart, ltrRest) = screen.splitStart(30, .ltr)
        #expect(ltrStart.x == 0 && ltrRest.x == 30)
        let (end, _) = screen.splitEnd(1, .rtl)
        #expect(end == Rect(x: 0, y: 0, width: 1, height: 10))
    }

    @Test func columnsAreInReadingOrder() {
        let rtl = screen.columns(3, .rtl)
        #expect(rtl.map(\.x) == [66, 33, 0])
        #expect(rtl.map(\.width) == [34, 33, 33])
        #expect(screen.columns(3, .ltr).map(\.x) == [0, 34, 67])
        #expect(screen.rows(3).map(\.height) == [4, 3, 3])
    }

    @Test func splittingNeverGoesNegative() {
        let tiny = Rect(x: 0, y: 0, width: 2, height: 1)
        #expect(tiny.splitStart(5, .rtl).rest.width == 0)
        #expect(tiny.splitBottom(3).rest.height == 0)
        #expect(tiny.insetHorizontally(start: 2, end: 2, .ltr).width == 0)
        #expect(Rect(x: 0, y: 0, width: 0, height: 0).columns(2, .rtl).allSatisfy { $0.isEmpty })
        #expect(screen.centered(width: 200, height: 4) == Rect(x: 0, y: 3, width: 100, height: 4))
    }
}

@Suite struct BoxTests {
    static func title(_ s: String, rtl: Bool = false) -> VisualLine {
        VisualLine(glyphs: s.enumerated().map { Glyph(text: String($1), width: 1, logicalIndex: $0) }, isRTL: rtl)
    }

    @Test func theTitleSitsAtTheStartEdge() {
        var ltr = Frame(size: Size(width: 12, height: 3))
        Box(title: Self.title("abc"), direction: .ltr).render(in: ltr.bounds, into: &ltr)
        #expect(ltr.rows == ["┌─ abc ────┐", "│          │", "└──────────┘"])
        var rtl = Frame(size: Size(width: 12, height: 3))
        Box(title: Self.title("abc", rtl: true), direction: .rtl).render(in: rtl.bounds, into: &rtl)
        #expect(rtl.rows == ["┌──── abc ─┐", "│          │", "└──────────┘"])
    }

    @Test func asciiBordersAndLongTitlesCut() {
        var frame = Frame(size: Size(width: 9, height: 3))
        Box(title: Self.title("abcdefgh"), direction: .ltr, ascii: true).render(in: frame.bounds, into: &frame)
        #expect(frame.rows == ["+- abc -+", "|       |", "+-------+"])
    }

    @Test func anRTLTitleKeepsItsRightSideWhenCut() {
        var frame = Frame(size: Size(width: 9, height: 2))
        Box(title: Self.title("abcdefgh", rtl: true), direction: .rtl).render(in: frame.bounds, into: &frame)
        #expect(frame.rows[0] == "┌─ fgh ─┐")
    }

    @Test func mirroredGlyphs() {
        let g = BoxGlyphs.unicode
        #expect(g.arrowForward(.rtl) == "◀" && g.arrowForward(.ltr) == "▶")
        #expect(g.arrowBack(.rtl) == "▶" && g.arrowBack(.ltr) == "◀")
        #expect(BoxGlyphs.ascii.arrowBack(.rtl) == ">")
    }

    @Test func tinyBoxesDrawNothingAndHaveNoInside() {
        var frame = Frame(size: Size(width: 1, height: 5))
        Box(title: Self.title("x"), direction: .rtl).render(in: frame.bounds, into: &frame)
        #expect(frame.rows.allSatisfy { $0 == " " })
        #expect(Box.inner(frame.bounds).isEmpty)
        #expect(Box.inner(Rect(x: 0, y: 0, width: 2, height: 2)).isEmpty)
    }
}

@Suite struct ListViewTests {
    static func draw(count: Int, selected: Int?, scroll: Int, direction: LayoutDirection,
                     size: Size = Size(width: 6, height: 3)) -> Frame {
        var frame = Frame(size: size)
        let list = ListView(count: count, selected: selected, scroll: scroll, direction: direction)
        list.render(in: frame.bounds, into: &frame) { index, row, _, frame in
            frame.draw(BoxTests.title("r\(index)"), in: row, align: direction == .rtl ? .right : .left)
        }
        return frame
    }

    @Test func onlyVisibleRowsAreDrawnWithTheScrollBarOnTheEndSide() {
        let rtl = Self.draw(count: 10, selected: 4, scroll: 3, direction: .rtl)
        #expect(rtl.rows == ["│   r3", "█   r4", "│   r5"])
        let ltr = Self.draw(count: 10, selected: 4, scroll: 3, direction: .ltr)
        #expect(ltr.rows == ["r3   │", "r4   █", "r5   │"])
        #expect(ltr[3, 1].style.role == .selected)
        #expect(ltr[3, 0].style.role == .normal)
    }

    @Test func noScrollBarWhenEverythingFits() {
        #expect(Self.draw(count: 2, selected: nil, scroll: 0, direction: .rtl).rows == ["    r0", "    r1", "      "])
    }

    @Test func scrollKeepsTheSelectionInView() {
        #expect(ListView.scroll(keeping: 0, visible: 5, count: 100, current: 10) == 0)
        #expect(ListView.scroll(keeping: 20, visible: 5, count: 100, current: 10) == 16)
        #expect(ListView.scroll(keeping: 12, visible: 5, count: 100, current: 10) == 10)
        #expect(ListView.scroll(keeping: 99, visible: 5, count: 100, current: 0) == 95)
        #expect(ListView.scroll(keeping: 3, visible: 5, count: 4, current: 2) == 0)
        #expect(ListView.scroll(keeping: 3, visible: 0, count: 4, current: 2) == 0)
    }

    @Test func scrollPastTheEndIsClampedAndRowsMapToIndexes() {
        let list = ListView(count: 10, selected: nil, scroll: 50, direction: .ltr)
        let rect = Rect(x: 0, y: 5, width: 10, height: 4)
        #expect(list.effectiveScroll(in: rect) == 6)
        #expect(list.index(atY: 5, in: rect) == 6)
        #expect(list.index(atY: 9, in: rect) == nil)
        #expect(Self.draw(count: 10, selected: nil, scroll: 50, direction: .ltr).rows[2].hasPrefix("r9"))
    }

    @Test func theThumbReachesTheBottomAtTheEnd() {
        let frame = Self.draw(count: 30, selected: nil, scroll: 27, direction: .ltr, size: Size(width: 4, height: 3))
        #expect(frame[3, 2].text == "█")
        #expect(frame[3, 0].text == "│")
    }
}

@Suite struct StripTests {
    @Test func itemsGoInReadingOrderFromTheChosenEdge() {
        let bar = Rect(x: 0, y: 0, width: 20, height: 1)
        let rtl = Strip.layout(widths: [3, 4], gap: 1, in: bar, direction: .rtl, align: .start)
        #expect(rtl == [Rect(x: 17, y: 0, width: 3, height: 1), Rect(x: 12, y: 0, width: 4, height: 1)])
        let end = Strip.layout(widths: [3, 4], gap: 1, in: bar, direction: .ltr, align: .end)
        #expect(end == [Rect(x: 12, y: 0, width: 3, height: 1), Rect(x: 16, y: 0, width: 4, height: 1)])
    }

    @Test func itemsThatDoNotFitAreLeftOutWhole() {
        let bar = Rect(x: 0, y: 0, width: 8, height: 1)
        let rects = Strip.layout(widths: [3, 4, 2], gap: 1, in: bar, direction: .ltr, align: .start)
        #expect(rects[0] != nil && rects[1] != nil && rects[2] == nil)
    }
}
