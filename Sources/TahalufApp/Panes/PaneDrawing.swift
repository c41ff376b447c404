import CoalitionStore
import RTLText
import TerminalUI

/// A piece of a row with its own style: a legend swatch, a warning mark, a bar.
struct Segment {
    var line: VisualLine
    var style: Style
}

/// Small drawing helpers the panes share, so every pane aligns to the start edge (right in the
/// Arabic UI) and passes every string through the text engine the same way.
extension PaneContext {
    /// The edge rows start from: right in Arabic, left in English.
    var startAlignment: Frame.Alignment { direction == .rtl ? .right : .left }

    /// One row of UI or data text, fitted to `width` with an ellipsis, in visual order.
    func fitted(_ text: String, width: Int) -> VisualLine {
        self.text.fit(text, width: max(0, width), base: base)
    }

    /// Text as a segment.
    func segment(_ text: String, _ style: Style = .normal) -> Segment {
        Segment(line: self.text.line(text, base: base), style: style)
    }

    /// Between the parts of a row ("35 thousand · air strikes · Al-Dostor"); plain ASCII with `--ascii`.
    var separator: String { ascii ? " - " : " · " }

    /// Between a label and its value in a legend ("Small Group — 32 of 87").
    var dash: String { ascii ? " - " : " — " }

    /// Western digits in `text` as the user asked (Arabic-Indic with `--digits arabic`).
    func digits(_ text: String) -> String { NumberFormat.localDigits(text, self.text.options.digits) }

    /// Draws `text` in the first row of `rect` from the start edge.
    func drawStart(_ text: String, in rect: Rect, style: Style = .normal, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        frame.draw(fitted(text, width: rect.width), in: rect, align: startAlignment, style: style)
    }

    /// Draws segments one after another from the start edge, in reading order (the first segment
    /// is rightmost in Arabic), one space apart; segments that do not fit are left out whole.
    func drawSegments(_ segments: [Segment], in rect: Rect, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        var used = 0
        for segment in segments where segment.line.width > 0 {
            let width = segment.line.width
            guard used + width <= rect.width else { break }
            let x = direction == .rtl ? rect.maxX - used - width : rect.x + used
            frame.draw(segment.line, in: Rect(x: x, y: rect.y, width: width, height: 1), align: .left,
                       style: segment.style)
            used += width + 1
        }
    }
}

extension VisualLine {
    /// A row of symbols (bars, sparklines, marks) that are not text: one scalar and one cell each,
    /// as given (scalars, not characters: no grapheme breaking for a bar of block elements).
    init(symbols: String) {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(symbols.utf8.count)
        for (offset, scalar) in symbols.unicodeScalars.enumerated() {
            glyphs.append(Glyph(text: String(scalar), width: 1, logicalIndex: offset))
        }
        self.init(glyphs: glyphs, isRTL: false)
    }
}

/// Which part of a long list or grid is on screen.
enum Window {
    /// The first of `visible` items to show out of `total` so that `focus` sits near the middle.
    ///
    /// ```swift
    /// Window.start(total: 100, visible: 10, focus: 50)   // 45
    /// ```
    static func start(total: Int, visible: Int, focus: Int) -> Int {
        guard visible > 0, visible < total else { return 0 }
        return min(max(0, focus - visible / 2), total - visible)
    }
}
