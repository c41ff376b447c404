/// One screen row of text in visual (left-to-right screen) order, ready to be copied into cells.
///
/// ```swift
/// let row = TextEngine().line("لا إله", base: .rtl)
/// row.string        // "ﻪﻟﺇ ﻻ": the first word at the right, lam-alef in one cell
/// row.cellToLogical // [5, 4, 3, 2, 0]: the scalar offset in the source each cell shows
/// ```
public struct VisualLine: Hashable, Sendable {
    public var glyphs: [Glyph]
    /// Sum of the glyph widths, in cells.
    public var width: Int
    /// The resolved paragraph direction: true when the line belongs to a right-to-left paragraph,
    /// so it aligns to the right edge.
    public var isRTL: Bool
    /// The scalar offsets of the source text this row shows (for a wrapped paragraph, consecutive
    /// rows have consecutive ranges; the spaces at a break fall between them).
    public var logicalRange: Range<Int>

    public init(glyphs: [Glyph], isRTL: Bool) {
        let indices = glyphs.map(\.logicalIndex)
        let start = indices.min() ?? 0
        self.init(glyphs: glyphs, isRTL: isRTL, logicalRange: start..<(indices.max().map { $0 + 1 } ?? start))
    }

    public init(glyphs: [Glyph], isRTL: Bool, logicalRange: Range<Int>) {
        self.glyphs = glyphs
        var width = 0
        for glyph in glyphs { width += glyph.width }
        self.width = width
        self.isRTL = isRTL
        self.logicalRange = logicalRange
    }

    /// The glyphs joined, as the row reads on screen from left to right.
    public var string: String {
        var result = ""
        for glyph in glyphs { result += glyph.text }
        return result
    }

    /// For each cell from the left, the source offset it shows (both cells of a wide glyph map
    /// to it): for mouse clicks and cursor placement.
    public var cellToLogical: [Int] {
        var map: [Int] = []
        map.reserveCapacity(width)
        for glyph in glyphs {
            for _ in 0..<glyph.width { map.append(glyph.logicalIndex) }
        }
        return map
    }
}
