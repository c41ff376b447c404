/// Direction-aware rectangle splitting: code says "start" and "end", never "left" and "right",
/// and one `LayoutDirection` decides which screen side each is. In right-to-left layouts a
/// rectangle computed left to right is mirrored inside its parent with `x' = W − x − w`.
///
/// ```swift
/// let screen = Rect(x: 0, y: 0, width: 100, height: 10)
/// let (first, rest) = screen.splitStart(30, .rtl)
/// first.x   // 70: the first column sits at the right edge in Arabic
/// rest.x    // 0
/// ```
extension Rect {
    /// This rectangle mirrored horizontally inside `outer` when `direction` is RTL; unchanged in LTR.
    package func mirrored(in outer: Rect, _ direction: LayoutDirection) -> Rect {
        guard direction == .rtl else { return self }
        return Rect(x: outer.x + outer.maxX - maxX, y: y, width: width, height: height)
    }

    /// Cuts `cells` columns off the start edge (the right edge in RTL).
    package func splitStart(_ cells: Int, _ direction: LayoutDirection) -> (start: Rect, rest: Rect) {
        let n = min(max(0, cells), width)
        let start = Rect(x: x, y: y, width: n, height: height).mirrored(in: self, direction)
        let rest = Rect(x: x + n, y: y, width: width - n, height: height).mirrored(in: self, direction)
        return (start, rest)
    }

    /// Cuts `cells` columns off the end edge (the left edge in RTL).
    package func splitEnd(_ cells: Int, _ direction: LayoutDirection) -> (end: Rect, rest: Rect) {
        let (rest, end) = splitStart(width - min(max(0, cells), width), direction)
        return (end, rest)
    }

    /// Cuts `rows` rows off the top.
    package func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// Cuts `rows` rows off the bottom.
    package func splitBottom(_ rows: Int) -> (bottom: Rect, rest: Rect) {
        let (rest, bottom) = splitTop(height - min(max(0, rows), height))
        return (bottom, rest)
    }

    /// `count` columns of (nearly) equal width, in reading order: the first at the start edge.
    /// Columns nearer the start get the spare cells.
    package func columns(_ count: Int, _ direction: LayoutDirection) -> [Rect] {
        guard count > 0 else { return [] }
        var result: [Rect] = []
        var cursor = x
        for i in 0..<count {
            let w = width / count + (i < width % count ? 1 : 0)
            result.append(Rect(x: cursor, y: y, width: w, height: height).mirrored(in: self, direction))
            cursor += w
        }
        return result
    }

    /// `count` rows of (nearly) equal height, top first; upper rows get the spare lines.
    package func rows(_ count: Int) -> [Rect] {
        guard count > 0 else { return [] }
        var result: [Rect] = []
        var cursor = y
        for i in 0..<count {
            let h = height / count + (i < height % count ? 1 : 0)
            result.append(Rect(x: x, y: cursor, width: width, height: h))
            cursor += h
        }
        return result
    }

    /// A rectangle of at most `width` x `height` centred in this one.
    package func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(max(0, w), width), ch = min(max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// The rectangle without `start` columns at the start edge and `end` at the end edge.
    package func insetHorizontally(start: Int, end: Int, _ direction: LayoutDirection) -> Rect {
        splitStart(start, direction).rest.splitEnd(end, direction).rest
    }
}

extension LayoutDirection {
    /// Text alignment at the start edge: right in RTL.
    package var startAlignment: Frame.Alignment { self == .rtl ? .right : .left }
    /// Text alignment at the end edge: left in RTL.
    package var endAlignment: Frame.Alignment { self == .rtl ? .left : .right }
}
