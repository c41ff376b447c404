import RTLText
import TerminalUI

/// The low-bandwidth selection (`AppConfig.lowBandwidth`), shared by every list: the selected row
/// keeps its own style and a marker in a one-cell gutter at the start edge points at it ("◀" at
/// the right edge in Arabic, "▶" at the left in English, "<" / ">" in ASCII). Restyling a row
/// rewrites every cell of it (three bytes per Arabic letter); the marker moves with two cells.
///
/// ```swift
/// let row = context.withGutter(line)          // one cell in from the start edge when on
/// let lit = context.highlights(index == selected)
/// if index == selected { context.markSelection(row, into: &frame) }
/// ```
extension PaneContext {
    /// The marker glyph for `ListView(marker:)`; nil when the selection is highlighted as usual.
    var selectionMarker: Glyph? {
        lowBandwidth ? Glyph(text: BoxGlyphs.set(ascii: ascii).arrowForward(direction), width: 1, logicalIndex: 0) : nil
    }

    /// Whether a row is drawn in the selection style: only when selected and not in low-bandwidth mode.
    func highlights(_ isSelected: Bool) -> Bool { isSelected && !lowBandwidth }

    /// `rect` less the gutter column at the start edge in low-bandwidth mode (unchanged otherwise),
    /// for lists whose rows start right at the pane's border.
    func withGutter(_ rect: Rect) -> Rect {
        lowBandwidth ? rect.insetHorizontally(start: 1, end: 0, direction) : rect
    }

    /// Puts the marker in the cell just outside `row`'s start edge; nothing when not in low-bandwidth mode.
    func markSelection(_ row: Rect, into frame: inout Frame) {
        guard let marker = selectionMarker else { return }
        ListView.mark(row, with: marker, direction: direction, into: &frame)
    }
}
