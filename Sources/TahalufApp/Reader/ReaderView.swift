import CoalitionStore
import RTLText
import TerminalUI

/// Draws the reader over the panes: a box filling the body, a header line (outlet, title, date
/// at the start; the lines shown and how far through at the end), the wrapped text with its scroll
/// bar, and the search line while `/` is typed. Quoted passages are drawn in the `quote` role,
/// the current one as a selection, search matches in the `match` role. The paragraphs take the
/// article's direction (right to left for the Arabic seeds), whatever the UI language.
enum ReaderView {
    /// Where everything goes for a state: the laid-out text and its rectangles.
    struct Geometry {
        var document: ReaderDocument
        var lines: [ReaderDocument.Line]
        var box: Rect
        var header: Rect
        var text: Rect
        var searchLine: Rect?
        var visible: Int { max(1, text.height) }
        var maxTop: Int { max(0, lines.count - visible) }
    }

    static func geometry(_ state: AppState, reader: ReaderState, context: PaneContext) -> Geometry? {
        guard let article = context.store.article(ofSource: reader.source) else { return nil }
        let box = Shell.layout(state, context: context).body
        let inner = Box.inner(box).insetHorizontally(start: 1, end: 0, context.direction)
        let (header, rest) = inner.splitTop(min(1, inner.height))
        var text = rest
        var searchLine: Rect?
        if reader.search.isEditing, rest.height > 1 {
            let split = rest.splitBottom(1)
            searchLine = split.bottom; text = split.rest
        }
        let document = ReaderDocument(article, context: context)
        // Two cells short of the area: the scroll bar's column and a cell clear of it.
        let lines = document.lines(width: max(1, text.width - 2), context: context)
        return Geometry(document: document, lines: lines, box: box, header: header, text: text, searchLine: searchLine)
    }

    static func render(_ state: AppState, reader: ReaderState, context: PaneContext, into frame: inout Frame) {
        guard let g = geometry(state, reader: reader, context: context), !g.box.isEmpty else { return }
        let s = ReaderStrings.for(context.language)
        frame.fill(g.box)
        Box(title: context.text.line(s.title, base: context.base), direction: context.direction, ascii: context.ascii,
            style: Style(.borderFocused)).render(in: g.box, into: &frame)
        let top = min(max(0, reader.top), g.maxTop)
        drawHeader(g, top: top, article: g.document.article, context: context, into: &frame)

        let matches = g.document.matches(reader.search.query)
        // Each block's pieces of the matches, so a glyph is checked against its own block's only.
        var matchesByBlock: [Int: [(range: Range<Int>, match: Int)]] = [:]
        for (m, match) in matches.enumerated() {
            for b in match.lowerBound.paragraph...match.upperBound.paragraph {
                let length = g.document.blocks[b].text.unicodeScalars.count
                if let offsets = match.offsets(inParagraph: b, length: length) { matchesByBlock[b, default: []].append((offsets, m)) }
            }
        }
        let view = ListView(count: g.lines.count, selected: nil, scroll: top, direction: context.direction,
                            ascii: context.ascii, focused: true)
        view.render(in: g.text, into: &frame) { index, whole, _, frame in
            let row = textRow(whole, context: context)
            let line = g.lines[index]
            let block = g.document.blocks[line.block]
            var x = firstCell(of: line, in: row, block: block)
            for glyph in line.text.glyphs {
                let style = style(at: glyph.logicalIndex, block: block, reader: reader,
                                  matches: matchesByBlock[line.block] ?? [])
                frame.put(glyph, x: x, y: row.y, style: style, clipTo: row)
                x += glyph.width
            }
        }
        if let line = g.searchLine {
            // The count on its own at the end edge: after an Arabic query in an English line, a
            // number would join the Arabic run.
            let count = context.text.line(reader.search.query.isEmpty ? "" : s.matches(nil, matches.count), base: context.base)
            let (end, start) = line.width > count.width + 20 ? line.splitEnd(count.width + 2, context.direction)
                                                              : (Rect(x: 0, y: 0, width: 0, height: 0), line)
            frame.draw(count, in: end.insetHorizontally(start: 0, end: 1, context.direction), align: context.direction.endAlignment,
                       style: Style(.dim))
            let typed = s.searchPrompt + reader.search.query + Marks.set(ascii: context.ascii).cursor
            frame.draw(context.text.fit(typed, width: start.width, base: context.base), in: start,
                       align: context.direction.startAlignment, style: Style(.normal, bold: true))
        }
        if let chosen = reader.chooser, let current = reader.current, g.document.spans.indices.contains(current) {
            ReaderChooser.render(g.document.spans[current].passage.records, selected: chosen, over: g.box,
                                 context: context, into: &frame)
        }
    }

    /// Where a line's text goes in its list row: a cell clear of the scroll bar.
    private static func textRow(_ row: Rect, context: PaneContext) -> Rect {
        row.insetHorizontally(start: 0, end: 1, context.direction)
    }

    /// The column of a line's first (leftmost) cell.
    private static func firstCell(of line: ReaderDocument.Line, in row: Rect, block: ReaderDocument.Block) -> Int {
        block.align == .right ? row.maxX - line.text.width : row.x
    }

    /// The quoted passage drawn at a screen cell, if any (for clicks).
    static func span(atX x: Int, y: Int, _ g: Geometry, reader: ReaderState, context: PaneContext) -> Int? {
        let top = min(max(0, reader.top), g.maxTop)
        let view = ListView(count: g.lines.count, selected: nil, scroll: top, direction: context.direction, ascii: context.ascii)
        let rows = view.rowArea(in: g.text)
        guard rows.contains(x: x, y: y), g.lines.indices.contains(top + y - rows.y) else { return nil }
        let line = g.lines[top + y - rows.y]
        let block = g.document.blocks[line.block]
        var cell = firstCell(of: line, in: textRow(rows, context: context), block: block)
        for glyph in line.text.glyphs {
            if x < cell + glyph.width {
                return x < cell ? nil : block.spans.first { $0.range.contains(glyph.logicalIndex) }?.span
            }
            cell += glyph.width
        }
        return nil
    }

    /// The style of the glyph at `offset` in a block: the current passage or match, another
    /// match, a quoted passage, or the block's own.
    private static func style(at offset: Int, block: ReaderDocument.Block, reader: ReaderState,
                              matches: [(range: Range<Int>, match: Int)]) -> Style {
        if let hit = matches.first(where: { $0.range.contains(offset) }) {
            return hit.match == reader.search.match ? Style(.selected) : Style(.match)
        }
        var quoted = false
        for piece in block.spans where piece.range.contains(offset) {
            if piece.span == reader.current { return Style(.selected) }
            quoted = true
        }
        return quoted ? Style(.quote) : block.style
    }

    /// "outlet — title — date" at the start edge, the position at the end edge.
    private static func drawHeader(_ g: Geometry, top: Int, article: Article, context: PaneContext,
                                   into frame: inout Frame) {
        guard !g.header.isEmpty else { return }
        let s = ReaderStrings.for(context.language)
        let total = g.lines.count
        let last = min(total, top + g.visible)
        let percent = total == 0 ? 100 : last * 100 / total
        let position = context.text.line(s.position(total == 0 ? 0 : top + 1, last, total, percent), base: context.base)
        let (end, start) = g.header.width > position.width + 12 ? g.header.splitEnd(position.width + 1, context.direction)
                                                                : (Rect(x: 0, y: 0, width: 0, height: 0), g.header)
        frame.draw(position, in: end, align: context.direction.endAlignment, style: Style(.dim))
        frame.draw(context.text.fit(headline(article.source, context: context), width: start.width, base: context.base),
                   in: start, align: context.direction.startAlignment, style: Style(.title, bold: true))
    }

    /// The source as the header names it.
    static func headline(_ source: Source, context: PaneContext) -> String {
        let dash = " " + Marks.set(ascii: context.ascii).dash + " "
        let date = source.published.map { DateFormat.full($0, language: context.language, months: context.months) }
            ?? context.strings.undated
        return source.outlet.text(context.language) + dash + source.title.text(context.language) + dash + date
    }
}

/// Enter on a quoted passage: the records that quote it, in a small box; Enter goes to one.
enum ReaderChooser {
    static func box(count: Int, over area: Rect, context: PaneContext) -> Rect {
        area.centered(width: min(area.width, max(40, area.width * 2 / 3)), height: min(area.height, count + 2))
    }

    static func render(_ records: [RecordRef], selected: Int, over area: Rect, context: PaneContext,
                       into frame: inout Frame) {
        let rect = box(count: records.count, over: area, context: context)
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        Box(title: context.text.line(ReaderStrings.for(context.language).chooserTitle, base: context.base),
            direction: context.direction, ascii: context.ascii, style: Style(.borderFocused)).render(in: rect, into: &frame)
        let inner = Box.inner(rect).insetHorizontally(start: 1, end: 0, context.direction)
        let view = ListView(count: records.count, selected: selected,
                            scroll: ListView.scroll(keeping: selected, visible: inner.height, count: records.count, current: 0),
                            direction: context.direction, ascii: context.ascii)
        view.render(in: inner, into: &frame) { index, row, isSelected, frame in
            let style = isSelected ? Style(.selected) : Style.normal
            if isSelected { frame.fill(row, with: Cell(" ", style: style)) }
            frame.draw(context.text.fit(label(records[index], context: context), width: row.width, base: context.base),
                       in: row, align: context.direction.startAlignment, style: style)
        }
    }

    /// "figure: Air strikes": the record's kind and name.
    static func label(_ ref: RecordRef, context: PaneContext) -> String {
        let s = context.strings
        let store = context.store, language = context.language
        let name: String? = switch ref.kind {
        case .event: store.event(ref.id)?.title.text(language)
        case .member: store.member(ref.id)?.name.text(language)
        case .group: store.group(ref.id)?.name.text(language)
        case .figure: store.figure(ref.id)?.title.text(language)
        case .source: store.source(ref.id)?.title.text(language)
        }
        return (s.kindNames[ref.kind] ?? ref.kind.rawValue) + ": " + (name ?? ref.id)
    }
}
