import TerminalUI

/// What the driver writes for one cell, wherever it writes it (through ncurses, or itself in the
/// hyperlink pass): the same scalars both ways, so a re-written link cell shows what ncurses drew.
enum CellScalars {
    /// A curses cell holds one spacing character and at most this many scalars in all.
    static let capacity = 5

    /// The cell's scalars: its first one and the marks on it. Of an emoji sequence (👨‍👩‍👧, 👍🏽,
    /// 🇸🇦, one glyph for the text engine) only the first pictograph is kept: the spacing scalars
    /// after it, and the joiners between them, which a terminal would merge into the next cell,
    /// are left out. C0, DEL and C1 become "?", as does anything the locale cannot encode
    /// (`asciiOnly`). Never empty: an empty cell is a space.
    static func of(_ cell: Cell, asciiOnly: Bool) -> [UInt32] {
        var out: [UInt32] = []
        for scalar in cell.text.unicodeScalars {
            guard out.count < capacity else { break }
            let first = out.isEmpty
            if !first && (scalar.value == 0x200D || scalar.value == 0x200C || isSpacing(scalar)) { continue }
            out.append(visible(scalar, first: first, asciiOnly: asciiOnly))
        }
        return out.isEmpty ? [0x20] : out
    }

    /// The columns the first scalar takes on the terminal: regional indicators are one column
    /// each (wcwidth), every other first scalar fills the cell.
    static func columns(_ scalars: [UInt32], cell: Cell) -> Int {
        (0x1F1E6...0x1F1FF).contains(scalars[0]) ? 1 : max(1, Int(cell.width))
    }

    private static func isSpacing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: false
        default: true
        }
    }

    /// Never lets a control character or escape sequence reach the terminal.
    private static func visible(_ scalar: Unicode.Scalar, first: Bool, asciiOnly: Bool) -> UInt32 {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0x3F }
        if asciiOnly && v > 0x7E { return first ? 0x3F : 0x20 }
        return v
    }
}
