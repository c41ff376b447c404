import RTLText
import TerminalUI

/// The timeline's year ruler: the years that have events, as a rule across the pane. It reads
/// from the start edge, so in Arabic the earliest year is at the right and time runs leftwards.
/// When the years do not all fit it shows a window around the selected year, with an arrow at
/// each end where years are hidden. A click on a year jumps to it.
///
/// ```text
/// ar: ◀─────2023─2022─2021─2020─2019─2018─2017─2016─2015─2014──
/// en: ─2014─2015─2019─2020─2021─2022─2024───────────────────────
/// ```
enum TimelineRuler {
    struct Layout {
        var years: [(year: Int, rect: Rect)] = []
        /// Where the arrows to the hidden earlier and later years are.
        var earlier: Rect?
        var later: Rect?
    }

    static let labelWidth = 4
    static let gap = 1

    static func layout(_ rows: TimelineRows, selectedYear: Int, in rect: Rect, direction: LayoutDirection) -> Layout {
        let years = rows.years.map(\.year)
        var result = Layout()
        let fitting = (rect.width - 2 + gap) / (labelWidth + gap)
        guard fitting > 0, !years.isEmpty else { return result }
        var shown = years.count
        var first = 0
        var band = rect.insetHorizontally(start: 1, end: 1, direction)
        if years.count > fitting {
            shown = max(1, (rect.width - 4 + gap) / (labelWidth + gap))
            let selected = years.firstIndex(of: selectedYear) ?? 0
            first = min(max(0, selected - shown / 2), years.count - shown)
            band = band.insetHorizontally(start: 1, end: 1, direction)
            if first > 0 { result.earlier = rect.splitStart(1, direction).start }
            if first + shown < years.count { result.later = rect.splitEnd(1, direction).end }
        }
        let window = Array(years[first..<first + shown])
        let rects = Strip.layout(widths: window.map { _ in labelWidth }, gap: gap, in: band, direction: direction,
                                 align: .start)
        for (year, r) in zip(window, rects) { if let r { result.years.append((year, r)) } }
        return result
    }

    static func draw(_ rows: TimelineRows, selectedYear: Int, in rect: Rect, context: PaneContext,
                     into frame: inout Frame) {
        let direction = context.direction
        let glyphs = BoxGlyphs.set(ascii: context.ascii)
        for x in rect.x..<rect.maxX {
            frame.put(Glyph(text: glyphs.horizontal, width: 1, logicalIndex: 0), x: x, y: rect.y, style: Style(.dim))
        }
        let layout = layout(rows, selectedYear: selectedYear, in: rect, direction: direction)
        if let cell = layout.earlier {
            frame.draw(context.text.line(glyphs.arrowBack(direction), base: .ltr), in: cell, align: .left,
                       style: Style(.accent))
        }
        if let cell = layout.later {
            frame.draw(context.text.line(glyphs.arrowForward(direction), base: .ltr), in: cell, align: .left,
                       style: Style(.accent))
        }
        for (year, r) in layout.years {
            frame.draw(context.text.line(String(year), base: .ltr), in: r, align: .left,
                       style: year == selectedYear ? Style(.accent, bold: true) : Style(.dim))
        }
    }

    /// The year a click at column x picks: a year label, or the year just past a hidden end.
    static func year(atX x: Int, _ rows: TimelineRows, selectedYear: Int, in rect: Rect,
                     direction: LayoutDirection) -> Int? {
        let layout = layout(rows, selectedYear: selectedYear, in: rect, direction: direction)
        if let hit = layout.years.first(where: { $0.rect.contains(x: x, y: rect.y) }) { return hit.year }
        let all = rows.years.map(\.year)
        if layout.earlier?.contains(x: x, y: rect.y) == true, let shown = layout.years.first?.year,
           let i = all.firstIndex(of: shown), i > 0 { return all[i - 1] }
        if layout.later?.contains(x: x, y: rect.y) == true, let shown = layout.years.last?.year,
           let i = all.firstIndex(of: shown), i + 1 < all.count { return all[i + 1] }
        return nil
    }
}
