/// What one screen cell (or two, for a wide character) shows: a base character with the
/// combining marks that ride on it. `logicalIndex` is the scalar offset of the base in the source
/// text, so mouse clicks and cursors can map back to logical positions; a lam-alef ligature
/// carries the lam's offset.
///
/// ```swift
/// TextEngine().line("بِسْمِ", base: .rtl).glyphs.map(\.text)   // ["ﻢِ", "ﺴْ", "ﺑِ"] (visual order)
/// ```
public struct Glyph: Hashable, Sendable {
    public var text: String
    /// 1 or 2 cells.
    public var width: Int
    public var logicalIndex: Int

    public init(text: String, width: Int, logicalIndex: Int) {
        self.text = text; self.width = width; self.logicalIndex = logicalIndex
    }
}
