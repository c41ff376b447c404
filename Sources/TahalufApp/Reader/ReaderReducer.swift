import CoalitionStore
import TerminalUI

extension Shell {
    /// Opens the article reader on a source; with `quote`, at the passage that quotes it (made
    /// current, in view a third of the way down), else at the top. The entry point for every
    /// "read the article" action (`r` on a record, the Sources pane).
    ///
    /// ```swift
    /// state = Shell.openReader(state, source: "seed-004", at: "أكثر من 33000 غارة جوية", context: context)
    /// state.reader?.current   // the passage's index; Enter lists the records that quote it
    /// ```
    static func openReader(_ state: AppState, source: String, at quote: String?, context: PaneContext) -> AppState {
        var next = state
        guard context.store.source(source) != nil else { next.notice = context.strings.notFound; return next }
        var reader = ReaderState(source: source)
        if let quote, let g = ReaderView.geometry(state, reader: reader, context: context),
           let span = g.document.spans.firstIndex(where: { $0.passage.quote == quote }) {
            reader.current = span
            if let line = ReaderDocument.line(of: g.document.spans[span].start, in: g.lines) {
                reader.top = min(max(0, line - g.visible / 3), g.maxTop)
            }
        }
        next.reader = reader
        return next
    }

    /// `r`: the reader at a record's quote. In the detail view, the first quote at or below the
    /// top of what is shown (so scrolling to a figure's second observation and pressing `r` reads
    /// that one); on a pane's selection, its first quote. A record that quotes nothing but cites
    /// an article opens it at the top.
    static func openReader(for ref: RecordRef, _ state: AppState, context: PaneContext) -> AppState {
        let citations = ReaderCitations.displayed(ref, store: context.store)
        let quoted = citations.filter { $0.quote != nil }
        let chosen = state.detail.current == ref ? ReaderCitations.inView(quoted, state, context: context) : quoted.first
        if let chosen { return openReader(state, source: chosen.source, at: chosen.quote, context: context) }
        if let article = citations.first(where: { context.store.source($0.source)?.file != nil }) {
            return openReader(state, source: article.source, at: nil, context: context)
        }
        var next = state
        next.notice = ReaderStrings.for(context.language).noQuote
        return next
    }

    /// After a resize the text wraps anew: the first line shown is the one holding the text that
    /// was first before, so the reader keeps its place.
    static func keepReadingPosition(from old: AppState, in resized: AppState, store: Store) -> AppState {
        let context = PaneContext(store: store, config: resized.config)
        guard var reader = resized.reader, let before = ReaderView.geometry(old, reader: reader, context: context),
              let after = ReaderView.geometry(resized, reader: reader, context: context) else { return resized }
        let top = min(max(0, reader.top), before.maxTop)
        guard before.lines.indices.contains(top) else { return resized }
        let position = ArticlePosition(paragraph: before.lines[top].block, offset: before.lines[top].text.logicalRange.lowerBound)
        reader.top = min(ReaderDocument.line(of: position, in: after.lines) ?? 0, after.maxTop)
        var next = resized
        next.reader = reader
        return next
    }

    /// The reader's keys (`KeyScope.reader`), the wheel and clicks; Esc and q (`.close`) close the
    /// list of records, else the reader; Back and Forward go through the place history. Other
    /// browsing keys do nothing here.
    static func reader(_ state: AppState, _ action: Action, context: PaneContext) -> AppState {
        var next = state
        guard var reader = state.reader, let g = ReaderView.geometry(state, reader: reader, context: context) else {
            next.reader = nil
            return next
        }
        let s = ReaderStrings.for(context.language)
        reader.top = min(max(0, reader.top), g.maxTop)

        func scroll(by delta: Int) { reader.top = min(max(0, reader.top + delta), g.maxTop) }
        func reveal(_ position: ArticlePosition) {
            guard let line = ReaderDocument.line(of: position, in: g.lines) else { return }
            if line < reader.top || line >= reader.top + g.visible { reader.top = min(max(0, line - g.visible / 3), g.maxTop) }
        }
        func lineOf(_ span: Int) -> Int { ReaderDocument.line(of: g.document.spans[span].start, in: g.lines) ?? 0 }
        func inView(_ span: Int?) -> Int? {
            guard let span, g.document.spans.indices.contains(span) else { return nil }
            let line = lineOf(span)
            return line >= reader.top && line < reader.top + g.visible ? span : nil
        }
        func select(_ span: Int) {
            reader.current = span
            reader.search.match = nil
            reveal(g.document.spans[span].start)
        }
        func showMatch(_ index: Int, of matches: [Range<ArticlePosition>]) {
            reader.search.match = index
            reader.current = nil
            reveal(matches[index].lowerBound)
            next.notice = s.matches(index + 1, matches.count)
        }
        /// The first match at or after the top line (wrapping to the first).
        func firstMatchInView(_ matches: [Range<ArticlePosition>]) -> Int? {
            guard !matches.isEmpty else { return nil }
            return matches.firstIndex { (ReaderDocument.line(of: $0.lowerBound, in: g.lines) ?? 0) >= reader.top } ?? 0
        }

        if let chosen = reader.chooser, case .reader(let command) = action {
            let records = reader.current.flatMap { g.document.spans.indices.contains($0) ? g.document.spans[$0].passage.records : nil } ?? []
            switch command {
            case .lineDown, .nextSpan: reader.chooser = min(chosen + 1, max(0, records.count - 1))
            case .lineUp, .previousSpan: reader.chooser = max(0, chosen - 1)
            case .top: reader.chooser = 0
            case .bottom: reader.chooser = max(0, records.count - 1)
            case .follow:
                // The reader at the passage is the place left: Back returns to it.
                reader.chooser = nil
                guard records.indices.contains(chosen) else { break }
                next.reader = reader
                var jumped = jump(next, to: records[chosen], context: context)
                jumped.reader = nil
                return jumped
            default: break
            }
            next.reader = reader
            return next
        }
        if reader.chooser != nil, action == .close {
            reader.chooser = nil
            next.reader = reader
            return next
        }

        switch action {
        case .reader(let command):
            switch command {
            case .lineDown: scroll(by: 1)
            case .lineUp: scroll(by: -1)
            case .pageDown: scroll(by: max(1, g.visible - 1))
            case .pageUp: scroll(by: -max(1, g.visible - 1))
            case .top: reader.top = 0
            case .bottom: reader.top = g.maxTop
            case .nextSpan:
                guard !g.document.spans.isEmpty else { next.notice = s.noSpans; break }
                if let current = inView(reader.current) {
                    if current + 1 < g.document.spans.count { select(current + 1) } else { next.notice = s.lastSpan }
                } else if let span = g.document.spans.indices.first(where: { lineOf($0) >= reader.top }) {
                    select(span)
                } else {
                    next.notice = s.lastSpan
                }
            case .previousSpan:
                guard !g.document.spans.isEmpty else { next.notice = s.noSpans; break }
                if let current = inView(reader.current) {
                    if current > 0 { select(current - 1) } else { next.notice = s.firstSpan }
                } else if let span = g.document.spans.indices.last(where: { lineOf($0) < reader.top + g.visible }) {
                    select(span)
                } else {
                    next.notice = s.firstSpan
                }
            case .follow:
                if let current = inView(reader.current) {
                    reader.current = current
                    reader.chooser = 0
                } else if let span = g.document.spans.indices.first(where: { lineOf($0) >= reader.top && lineOf($0) < reader.top + g.visible }) {
                    select(span)
                } else {
                    next.notice = s.noSpans
                }
            case .startSearch:
                reader.search = ReaderSearch()
                reader.search.isEditing = true
            case .searchInput(let c):
                guard reader.search.query.count < 200 else { break }
                reader.search.query.append(c)
                let matches = g.document.matches(reader.search.query)
                reader.search.match = nil
                if let first = firstMatchInView(matches) { reveal(matches[first].lowerBound) }
            case .searchErase:
                if !reader.search.query.isEmpty { reader.search.query.removeLast() }
                reader.search.match = nil
            case .searchCancel: reader.search = ReaderSearch()
            case .searchDone:
                reader.search.isEditing = false
                let matches = g.document.matches(reader.search.query)
                if let first = firstMatchInView(matches) { showMatch(first, of: matches) }
                else if !reader.search.query.isEmpty { next.notice = s.noMatches }
            case .nextMatch, .previousMatch:
                let matches = g.document.matches(reader.search.query)
                guard !matches.isEmpty else { next.notice = s.noMatches; break }
                let forward = command == .nextMatch
                let index: Int
                if let current = reader.search.match, matches.indices.contains(current) {
                    index = (current + (forward ? 1 : matches.count - 1)) % matches.count
                } else {
                    index = firstMatchInView(matches) ?? 0
                }
                showMatch(index, of: matches)
            }
        case .wheel(let up, _, _): scroll(by: up ? -3 : 3)
        case .click(let x, let y):
            // A click on a passage selects it; on the selected one, lists its records.
            guard reader.chooser == nil, let span = ReaderView.span(atX: x, y: y, g, reader: reader, context: context) else { break }
            if reader.current == span { reader.chooser = 0 } else { select(span) }
        case .toggleHelp: next.showHelp = true; next.helpScroll = 0
        case .close: next.reader = nil; return next
        case .back: return back(next, context: context)
        case .forward: return forward(next, context: context)
        default: break
        }
        next.reader = reader
        return next
    }
}

/// Which citations of a record the reader can open, in the order the detail view shows them.
enum ReaderCitations {
    static func displayed(_ ref: RecordRef, store: Store) -> [Citation] {
        switch ref.kind {
        case .event: return store.event(ref.id)?.sources ?? []
        case .member:
            guard let m = store.member(ref.id) else { return [] }
            return m.sources + m.roles.flatMap(\.sources)
        case .group: return store.group(ref.id)?.sources ?? []
        case .figure: return store.figure(ref.id)?.observations.map(\.source) ?? []
        // A source's detail lists every passage records quote from it: the reader opens at one.
        case .source:
            let quoted = store.uses(ofSource: ref.id).map { Citation(source: ref.id, quote: $0.quote) }
            return quoted.isEmpty ? [Citation(source: ref.id)] : quoted
        }
    }

    /// The first quoted citation whose quote line is at or below the top of the detail view as
    /// shown; the last one above it when none is; nil when there is no quote.
    static func inView(_ quoted: [Citation], _ state: AppState, context: PaneContext) -> Citation? {
        guard let ref = state.detail.current, !quoted.isEmpty else { return quoted.first }
        let content = DetailContent(ref, context: context)
        let area = DetailView.textArea(Shell.layout(state, context: context).body, context.direction)
        let width = DetailView.textWidth(area)
        // The first line of each item, counting each item's lines on its own.
        var starts: [Int] = []
        var line = 0
        for item in content.items {
            starts.append(line)
            var single = content
            single.items = [item]
            line += DetailView.lines(single, width: width, context: context, selectedLink: nil).count
        }
        let all = DetailView.lines(content, width: width, context: context, selectedLink: state.detail.selectedLink)
        let top = DetailView.scrollTop(all, state: state.detail, visible: max(1, area.height))
        let marks = Marks.set(ascii: context.ascii)
        var searchFrom = 0
        var placed: [(citation: Citation, line: Int)] = []
        for citation in quoted {
            guard let quote = citation.quote,
                  let item = content.items[searchFrom...].firstIndex(of: .quote(marks.quoted(quote))) else { continue }
            placed.append((citation, starts[item]))
            searchFrom = item + 1
        }
        return placed.first { $0.line >= top }?.citation ?? placed.last?.citation ?? quoted.first
    }
}
