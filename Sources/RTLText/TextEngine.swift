/// The paragraph direction to lay text out in.
public enum BaseDirection: Sendable, Hashable {
    case ltr, rtl
    /// The first strong character decides; RTL when there is none (FriBidi's WRTL).
    case auto
}

/// How numbers are written on screen: `2015` or `٢٠١٥`.
public enum DigitStyle: String, Sendable, Hashable, CaseIterable { case western, arabic }

/// Who reorders: the app (default, right on every terminal) or the terminal (`--bidi=terminal`,
/// text is sent in logical order for terminals that run the Bidi Algorithm themselves).
public enum BidiMode: String, Sendable, Hashable, CaseIterable { case app, terminal }

/// Options that change what a string looks like on screen.
public struct TextOptions: Sendable, Hashable {
    /// Arabic presentation forms and the lam-alef ligature, made by the app (`--arabic-shaping=off`).
    public var shaping: Bool
    public var digits: DigitStyle
    public var bidi: BidiMode

    public init(shaping: Bool = true, digits: DigitStyle = .western, bidi: BidiMode = .app) {
        self.shaping = shaping; self.digits = digits; self.bidi = bidi
    }
}

/// What one screen cell (or two, for a wide character) shows: a base character with the
/// combining marks that ride on it. `logicalIndex` is the scalar offset of the base in the source
/// text, so mouse clicks and cursors can map back to logical positions.
public struct Glyph: Hashable, Sendable {
    public var text: String
    /// 1 or 2 cells.
    public var width: Int
    public var logicalIndex: Int

    public init(text: String, width: Int, logicalIndex: Int) {
        self.text = text; self.width = width; self.logicalIndex = logicalIndex
    }
}

/// One screen row of text in visual (left-to-right screen) order, ready to be copied into cells.
public struct VisualLine: Hashable, Sendable {
    public var glyphs: [Glyph]
    /// Sum of the glyph widths, in cells.
    public var width: Int
    /// The resolved paragraph direction: true when the line belongs to a right-to-left paragraph,
    /// so it aligns to the right edge.
    public var isRTL: Bool

    public init(glyphs: [Glyph], isRTL: Bool) {
        self.glyphs = glyphs
        self.width = glyphs.reduce(0) { $0 + $1.width }
        self.isRTL = isRTL
    }

    /// The glyphs joined, as the row reads on screen from left to right.
    public var string: String { glyphs.map(\.text).joined() }
}

/// Turns logical text into screen rows: sanitise, resolve bidi levels, wrap in logical order,
/// reorder each line, shape Arabic, measure in cells.
///
/// ```swift
/// let engine = TextEngine()
/// let rows = engine.wrap("تأسس صندوق تمويل الاستقرار الفوري (FFIS) في 11 من يونيو 2015", width: 24, base: .rtl)
/// rows[0].string   // the sentence's first words, in visual order, shaped
/// ```
/// PLACEHOLDER implementation: no reordering or shaping yet, one cell per Character.
public struct TextEngine: Sendable {
    public var options: TextOptions

    public init(options: TextOptions = TextOptions()) {
        self.options = options
    }

    /// The whole text as one row (no wrapping).
    public func line(_ text: String, base: BaseDirection) -> VisualLine {
        var glyphs: [Glyph] = []
        for (i, ch) in text.enumerated() { glyphs.append(Glyph(text: String(ch), width: 1, logicalIndex: i)) }
        return VisualLine(glyphs: glyphs, isRTL: base == .rtl)
    }

    /// Rows of at most `width` cells, broken at spaces in logical order, each reordered on its own.
    public func wrap(_ text: String, width: Int, base: BaseDirection) -> [VisualLine] {
        guard width > 0 else { return [] }
        let all = line(text, base: base)
        var rows: [VisualLine] = []
        var i = 0
        while i < all.glyphs.count {
            let end = min(i + width, all.glyphs.count)
            rows.append(VisualLine(glyphs: Array(all.glyphs[i..<end]), isRTL: all.isRTL))
            i = end
        }
        return rows.isEmpty ? [VisualLine(glyphs: [], isRTL: all.isRTL)] : rows
    }

    /// One row of at most `width` cells; when the text is longer it is cut at its logical end and
    /// an ellipsis marks the cut at the visual end (the left edge for RTL).
    public func fit(_ text: String, width: Int, base: BaseDirection) -> VisualLine {
        let all = line(text, base: base)
        guard all.width > width else { return all }
        guard width > 0 else { return VisualLine(glyphs: [], isRTL: all.isRTL) }
        var glyphs = Array(all.glyphs.prefix(width - 1))
        glyphs.append(Glyph(text: "…", width: 1, logicalIndex: all.glyphs.count))
        return VisualLine(glyphs: glyphs, isRTL: all.isRTL)
    }

    /// Cells the text takes on screen after shaping.
    public func width(_ text: String) -> Int {
        line(text, base: .auto).width
    }
}
