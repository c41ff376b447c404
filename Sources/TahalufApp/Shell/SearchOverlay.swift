import CoalitionStore
import RTLText
import TerminalUI

/// `/`: the search line and its results (kind, title, the pane that shows it) in a box at the
/// bottom of the body. Typing updates the results; Enter jumps to the selected one.
enum SearchOverlay {
    static func box(in body: Rect, hits: Int) -> Rect {
        body.splitBottom(min(body.height, max(5, min(hits, 12) + 4))).bottom
    }

    /// The results list inside the box: under the search line and the count.
    static func listArea(_ box: Rect, _ direction: LayoutDirection) -> Rect {
        Box.inner(box).insetHorizontally(start: 1, end: 0, direction).splitTop(2).rest
    }

    /// The result under a point, if any.
    static func hit(atX x: Int, y: Int, search: SearchState, body: Rect, direction: LayoutDirection) -> Int? {
        let list = listArea(box(in: body, hits: search.hits.count), direction)
        guard list.contains(x: x, y: y) else { return nil }
        let top = ListView.scroll(keeping: search.selected, visible: list.height, count: search.hits.count, current: 0)
        let index = top + y - list.y
        return search.hits.indices.contains(index) ? index : nil
    }

    static func render(_ state: AppState, body: Rect, context: PaneContext, into frame: inout Frame) {
        let s = context.strings
        let search = state.search
        let rect = box(in: body, hits: search.hits.count)
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        Box(title: context.text.line(s.hintSearch, base: context.base), direction: context.direction,
            ascii: context.ascii, style: Style(.borderFocused)).render(in: rect, into: &frame)
        let inner = Box.inner(rect).insetHorizontally(start: 1, end: 0, context.direction)
        guard !inner.isEmpty else { return }
        let (prompt, _) = inner.splitTop(1)
        frame.draw(context.text.fit(promptLine(search, context: context), width: prompt.width, base: context.base),
                   in: prompt, align: context.direction.startAlignment, style: Style(.normal, bold: true))
        let count = inner.splitTop(2).top.splitBottom(1).bottom
        let list = listArea(rect, context.direction)
        if !search.query.isEmpty {
            let line = search.waitingForIndex ? SearchStrings.for(context.language).indexing : s.searchResults(search.hits.count)
            frame.draw(context.text.fit(line, width: count.width, base: context.base),
                       in: count, align: context.direction.startAlignment, style: Style(.dim))
        }
        let view = ListView(count: search.hits.count, selected: search.selected,
                            scroll: ListView.scroll(keeping: search.selected, visible: list.height,
                                                    count: search.hits.count, current: 0),
                            direction: context.direction, ascii: context.ascii, marker: context.selectionMarker)
        let searchStrings = SearchStrings.for(context.language)
        view.render(in: list, into: &frame) { index, row, isSelected, frame in
            let hit = search.hits[index]
            let style = isSelected ? Style(.selected) : .normal
            let kindName = s.kindNames[hit.ref.kind] ?? hit.ref.kind.rawValue
            let paneName = s.paneTitle(hit.ref.kind.pane)
            let kind = context.text.line(kindName, base: context.base)
            let pane = context.text.line(paneName, base: context.base)
            let (kindCell, rest) = row.splitStart(8, context.direction)
            frame.draw(kind, in: kindCell, align: context.direction.startAlignment, style: isSelected ? style : Style(.accent))
            // The pane's name at the end edge, a cell clear of the text and of the scroll bar.
            let (paneCell, textCell) = rest.width > pane.width + 12 && pane.width > 0
                ? rest.splitEnd(pane.width + 2, context.direction) : (Rect(x: 0, y: 0, width: 0, height: 0), rest)
            frame.draw(pane, in: paneCell.insetHorizontally(start: 1, end: 1, context.direction),
                       align: context.direction.endAlignment, style: isSelected ? style : Style(.dim))
            drawHit(hit, in: textCell, isSelected: isSelected, strings: searchStrings, context: context, into: &frame)
        }
    }

    /// The search line: prompt, query, and the cursor mark where the cursor is.
    static func promptLine(_ search: SearchState, context: PaneContext) -> String {
        let cursor = min(max(0, search.cursor), search.query.count)
        let at = search.query.index(search.query.startIndex, offsetBy: cursor)
        return context.strings.searchPrompt + search.query[..<at] + Marks.set(ascii: context.ascii).cursor + search.query[at...]
    }

    /// A hit's text: the snippet with the match highlighted. When the snippet is not the title as
    /// the UI shows it (another field, or the title in the other language), the title comes
    /// first (at most half the room, or two thirds), then the field's name (for fields other than titles) and
    /// the snippet.
    static func drawHit(_ hit: SearchHit, in cell: Rect, isSelected: Bool, strings: SearchStrings, context: PaneContext,
                        into frame: inout Frame) {
        let style = isSelected ? Style(.selected) : .normal
        let highlight = isSelected ? Style(.selected, bold: true, underline: true) : Style(.match, bold: true)
        var snippetCell = cell
        var lead = ""
        let isTitle = hit.field == .title || hit.field == .name
        let title = hit.title.text(context.language)
        // A match in the title as the UI shows it: the whole title, from its start, highlighted.
        var snippet = hit.snippet
        if isTitle, let whole = wholeTitle(snippet, title) { snippet = whole }
        if !(isTitle && snippet.text == title) {
            // The title in the UI language comes first: two thirds of the room when the match is the
            // title in the other language, half when it is another field.
            let room = isTitle ? cell.width * 2 / 3 : cell.width / 2
            let title = context.text.fit(hit.title.text(context.language), width: max(0, room - 2), base: context.base)
            let (titleCell, rest) = cell.splitStart(min(cell.width, title.width + 2), context.direction)
            frame.draw(title, in: titleCell, align: context.direction.startAlignment, style: style)
            snippetCell = rest
            lead = isTitle ? "" : strings.fieldName(hit.field) + ": "
        }
        // In a narrow row, less context before the match, so that the match stays in view.
        while !snippet.before.isEmpty,
              context.text.width(lead + snippet.before + snippet.match) > max(snippetCell.width * 2 / 3, snippetCell.width - 8) {
            // A word at a time, so no broken word is left at the start.
            let words = snippet.before.hasPrefix("…") ? snippet.before.dropFirst() : Substring(snippet.before)
            let rest = words.firstIndex(of: " ").map { words[words.index(after: $0)...] } ?? ""
            snippet.before = rest.isEmpty ? "" : "…" + rest
        }
        let text = lead + snippet.before + snippet.match + snippet.after
        let start = lead.unicodeScalars.count + snippet.before.unicodeScalars.count
        let match = start..<(start + snippet.match.unicodeScalars.count)
        let line = context.text.fit(text, width: snippetCell.width, base: context.base)
        var x = context.direction.startAlignment == .right ? snippetCell.maxX - line.width : snippetCell.x
        for glyph in line.glyphs {
            frame.put(glyph, x: x, y: snippetCell.y, style: match.contains(glyph.logicalIndex) ? highlight : style,
                      clipTo: snippetCell)
            x += glyph.width
        }
    }

    /// The snippet widened to the whole title it was cut from, or nil when it was not cut from it.
    static func wholeTitle(_ snippet: Snippet, _ title: String) -> Snippet? {
        let before = snippet.before.hasPrefix("…") ? String(snippet.before.dropFirst()) : snippet.before
        let after = snippet.after.hasSuffix("…") ? String(snippet.after.dropLast()) : snippet.after
        guard let range = title.firstRange(of: before + snippet.match + after) else { return nil }
        let matchStart = title.unicodeScalars.index(range.lowerBound, offsetBy: before.unicodeScalars.count)
        let matchEnd = title.unicodeScalars.index(matchStart, offsetBy: snippet.match.unicodeScalars.count)
        return Snippet(before: String(title.unicodeScalars[..<matchStart]), match: snippet.match,
                       after: String(title.unicodeScalars[matchEnd...]))
    }
}
