import TerminalUI

/// OSC 8 hyperlinks over what ncurses drew. ncurses cannot attach a link to a cell, so after its
/// `doupdate` the driver writes the cells of each new link span again, the same text in the same
/// style, between `OSC 8 ; id=… ; URI ST` and `OSC 8 ; ; ST`. The whole pass sits between DECSC
/// and DECRC (terminfo `sc`/`rc`), which put the cursor, its attributes and its wrap state back
/// exactly as ncurses left them, so ncurses' idea of the terminal stays true: same cells, same
/// cursor, normal attributes (its `doupdate` always ends in them).
///
/// Only what changed is sent: a span whose cells and row are as they were needs nothing, so a
/// keypress that does not redraw a URL costs no byte more. The cells of a span that went away
/// and that ncurses did not rewrite (they did not change) are written again without a link, so
/// no stale link is left; the rest ncurses has already written over.
///
/// ```swift
/// let plan = HyperlinkPass.plan(old: before, new: after, emitted: [], size: after.size)
/// plan.segments   // one linked segment per span of `after.links`
/// ```
enum HyperlinkPass {
    /// A link span and the cells under it, as last written.
    struct Written: Hashable {
        var span: LinkSpan
        var cells: [Cell]
    }

    /// Cells to write on one row, from column `x`; linked when `target` is set.
    struct Segment: Hashable {
        var y: Int
        var x: Int
        var cells: [Cell]
        var target: LinkTarget?
    }

    struct Plan: Equatable {
        var segments: [Segment]
        /// What the screen's links are after the segments are written.
        var written: [Written]
    }

    /// What to write after ncurses has shown `new`. `old` is the frame shown before (nil after a
    /// full repaint, which leaves no link on screen: then `written` must be empty too); `size` is
    /// the part of the screen ncurses drew.
    static func plan(old: Frame?, new: Frame, written: [Written], size: Size) -> Plan {
        let current = new.links.compactMap { visible($0, size: size) }.map { span in
            Written(span: span, cells: cells(of: new, y: span.y, columns: span.columns))
        }
        var segments: [Segment] = []
        for link in current where !unchanged(link, old: old, new: new, written: written) {
            segments.append(Segment(y: link.span.y, x: link.span.x, cells: link.cells, target: link.span.target))
        }
        if let old, old.size == new.size {
            for gone in written where !current.contains(gone) && gone.span.y < size.height {
                segments += unlinked(gone.span, old: old, new: new, current: current, size: size)
            }
        }
        return Plan(segments: segments, written: current)
    }

    /// The cells of a vanished span that still hold its link: those ncurses left alone because
    /// they did not change, and that no new span covers. Written again without a link.
    private static func unlinked(_ gone: LinkSpan, old: Frame, new: Frame, current: [Written], size: Size) -> [Segment] {
        let y = gone.y
        let covered = current.filter { $0.span.y == y }.map(\.span.columns)
        func stale(_ x: Int) -> Bool { old[x, y] == new[x, y] && !covered.contains { $0.contains(x) } }
        var segments: [Segment] = []
        var x = gone.x
        let end = min(gone.columns.upperBound, size.width)
        while x < end {
            guard stale(x) else { x += 1; continue }
            var stop = x + 1
            while stop < end, stale(stop) { stop += 1 }
            segments.append(Segment(y: y, x: x, cells: cells(of: new, y: y, columns: x..<stop), target: nil))
            x = stop
        }
        return segments
    }

    /// A span already on screen whose row ncurses did not touch. Any change on the row counts:
    /// ncurses may rewrite a few unchanged cells between two changed ones rather than move the
    /// cursor over them, which would drop their link.
    private static func unchanged(_ link: Written, old: Frame?, new: Frame, written: [Written]) -> Bool {
        guard let old, old.size == new.size, written.contains(link) else { return false }
        let row = link.span.y * new.size.width
        return old.cells[row..<(row + new.size.width)] == new.cells[row..<(row + new.size.width)]
    }

    /// The span cut to the drawn screen, leaving out the bottom-right cell (writing there could
    /// scroll a terminal) and a wide character's first half whose second half is cut off.
    private static func visible(_ span: LinkSpan, size: Size) -> LinkSpan? {
        guard span.y < size.height else { return nil }
        var end = min(span.columns.upperBound, size.width)
        if span.y == size.height - 1 && end == size.width { end -= 1 }
        guard span.x < end else { return nil }
        return LinkSpan(target: span.target, y: span.y, x: span.x, width: end - span.x)
    }

    private static func cells(of frame: Frame, y: Int, columns: Range<Int>) -> [Cell] {
        columns.map { frame[$0, y] }
    }

    /// The bytes of the pass: `save`, each segment (cursor to its start, link opened, its cells
    /// with their styles, link closed), attributes reset, `restore`. Empty with no segment.
    /// `sgr` gives the attribute sequence of a style; `text` a cell's characters (`CellScalars`).
    static func bytes(_ segments: [Segment], save: String, restore: String,
                      sgr: (Style) -> String, text: (Cell) -> String) -> String {
        guard !segments.isEmpty else { return "" }
        var out = save
        for segment in segments {
            out += ControlSequences.cursorPosition(row: segment.y, column: segment.x)
            if let target = segment.target { out += ControlSequences.hyperlinkOpen(target) }
            var style: Style?
            var x = segment.x
            for cell in segment.cells {
                defer { x += 1 }
                // The second half of a wide character is written with its first; one whose first
                // half lies before the segment is already on screen.
                if cell.isContinuation { continue }
                if style != cell.style { out += sgr(cell.style); style = cell.style }
                out += text(cell)
            }
            if segment.target != nil { out += ControlSequences.hyperlinkClose }
        }
        return out + ControlSequences.resetAttributes + restore
    }
}
