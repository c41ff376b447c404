import CoalitionStore
import RTLText
import TerminalUI

/// State of the Sources pane: the selected source, by its place in the list the filters leave.
/// The kind the list is narrowed to is the kind-of-source facet (`Filters.sourceKind`, which `K`
/// cycles), so one filter model serves every pane.
package struct SourcesState: Sendable, Hashable {
    package var selected = 0
    package init() {}
}

/// The Sources pane: every source as a table, one row each (date at its precision, kind, how many
/// records cite it, outlet and title), the filter line on top and the selected source's URL or
/// seed file at the bottom (not in low-bandwidth mode). Enter opens the source's detail, which lists every record citing it.
///
/// Order: by publication date, oldest first, so the list reads like the timeline; a date known
/// only to the month or year sorts before the days of that month or year. Undated sources come
/// last, in data order: their notes bound the date ("after 2022") but give none to sort on.
/// "~" marks a date with a note (inferred or approximate), as the timeline marks inferred dates.
package enum SourcesPane: Pane {
    package static let id = PaneID.sources

    /// The sources the list shows, in its order.
    package static func sources(of store: Store, kind: SourceKind?) -> [Source] {
        let all = store.dataset.sources.enumerated().filter { kind == nil || $0.element.kind == kind }
        return all.sorted { a, b in
            switch (sortKey(a.element.published), sortKey(b.element.published)) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    private static func sortKey(_ date: FactDate?) -> Int? {
        date.map { $0.year * 10_000 + ($0.month ?? 0) * 100 + ($0.day ?? 0) }
    }

    /// The sources the list shows under the filters in force: the kind-of-source facet and the
    /// source facet narrow it (no other facet says anything about a source).
    static func sources(context: PaneContext) -> [Source] {
        let shown = sources(of: context.store, kind: context.filters.sourceKind)
        guard let id = context.filters.source else { return shown }
        return shown.filter { $0.id == id }
    }

    /// The kinds `K` steps through: those the data has, in `SourceKind` order, then back to all.
    static func nextKind(after kind: SourceKind?, store: Store) -> SourceKind? {
        let present = SourceKind.allCases.filter { k in store.dataset.sources.contains { $0.kind == k } }
        guard let kind, let index = present.firstIndex(of: kind) else { return present.first }
        return index + 1 < present.count ? present[index + 1] : nil
    }

    /// The date as the list shows it: at its precision, "~" when a note explains it, "undated".
    static func dateText(_ source: Source, context: PaneContext) -> String {
        let text = DateFormat.full(source.published, language: context.language, months: context.months)
        return context.digits(DateFormat.marked(text, inferred: source.published != nil && source.dateNote != nil,
                                                language: context.language))
    }

    // MARK: Layout inside the pane

    struct Areas { var header: Rect?; var headings: Rect?; var list: Rect; var footer: Rect? }

    /// One cell in from the start edge: the filter line, the column headings and the footer when
    /// there is room; the list in between.
    static func areas(_ pane: Rect, _ direction: LayoutDirection) -> Areas {
        let rect = pane.insetHorizontally(start: 1, end: 0, direction)
        var areas = Areas(header: nil, headings: nil, list: rect, footer: nil)
        if rect.height >= 3 { (areas.header, areas.list) = areas.list.splitTop(1) }
        if rect.height >= 6 { (areas.footer, areas.list) = areas.list.splitBottom(1) }
        if rect.height >= 8 { (areas.headings, areas.list) = areas.list.splitTop(1) }
        return areas
    }

    /// Column widths: the date column fits the widest date shown; the kind column is left out
    /// below 60 cells.
    struct Columns { var date: Int; var kind: Int; var count: Int }

    static func columns(_ sources: [Source], width: Int, context: PaneContext) -> Columns {
        let s = SourcesStrings.for(context.language)
        let date = max(context.text.width(s.headingDate),
                       sources.map { context.text.width(dateText($0, context: context)) }.max() ?? 0)
        let kind = width >= 60 ? max(context.text.width(s.headingKind),
                                     SourceKind.allCases.map { context.text.width(s.kindName($0)) }.max() ?? 0) : 0
        // Wide enough for the largest count (a source of a million-event data set: six digits).
        let largest = sources.map { context.store.citingRecordCount(ofSource: $0.id) }.max() ?? 0
        let count = max(context.text.width(s.headingRecords), 3, String(largest).count)
        return Columns(date: date, kind: kind, count: count)
    }

    // MARK: Render

    package static func render(_ state: SourcesState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let s = SourcesStrings.for(context.language)
        let sources = sources(context: context)
        let kind = context.filters.sourceKind
        let areas = areas(rect, context.direction)
        let direction = context.direction
        if let header = areas.header {
            let label = s.filterLabel + (kind.map { s.kindName($0) } ?? s.allKinds) + context.dash
                + context.digits(s.count(sources.count))
            context.drawStart(label, in: header, style: Style(kind == nil ? .dim : .accent), into: &frame)
        }
        guard !sources.isEmpty else {
            context.drawStart(s.noSourcesOfKind, in: areas.list, style: Style(.dim), into: &frame)
            return
        }
        let selected = min(max(0, state.selected), sources.count - 1)
        let columns = columns(sources, width: areas.list.width, context: context)
        if let headings = areas.headings {
            drawRow(date: s.headingDate, kind: s.headingKind, count: s.headingRecords, text: s.headingSource,
                    columns: columns, in: headings, styles: (Style(.dim), Style(.dim)), context: context, into: &frame)
        }
        let list = areas.list
        let view = ListView(count: sources.count, selected: selected,
                            scroll: ListView.scroll(keeping: selected, visible: list.height, count: sources.count,
                                                    current: 0),
                            direction: direction, ascii: context.ascii, focused: focused, marker: context.selectionMarker)
        view.render(in: list, into: &frame) { index, row, isSelected, frame in
            let source = sources[index]
            let style = isSelected ? Style(focused ? .selected : .selectedUnfocused) : .normal
            let text = source.outlet.text(context.language) + context.dash + source.title.text(context.language)
            drawRow(date: dateText(source, context: context), kind: s.kindName(source.kind),
                    count: context.digits(String(context.store.citingRecordCount(ofSource: source.id))), text: text,
                    columns: columns, in: row, styles: (isSelected ? style : Style(.dim), style), context: context,
                    into: &frame)
        }
        // Low bandwidth: no footer, which would rewrite a whole row on every move (Enter shows the URL).
        if let footer = areas.footer, !context.lowBandwidth {
            let source = sources[selected]
            if let link = source.url ?? source.file {
                let drawn = frame.draw(context.text.fit(link, width: footer.width, base: .ltr), in: footer,
                                       align: direction.startAlignment, style: Style(.dim))
                if let url = source.url, let target = LinkTarget(url) { frame.link(target, y: footer.y, columns: drawn) }
            } else {
                context.drawStart(s.noLink, in: footer, style: Style(.dim), into: &frame)
            }
        }
    }

    /// One row of the table: date, kind, count (right-aligned toward the text), outlet and title.
    private static func drawRow(date: String, kind: String, count: String, text: String, columns: Columns, in row: Rect,
                                styles: (columns: Style, text: Style), context: PaneContext, into frame: inout Frame) {
        let direction = context.direction
        let (dateCell, afterDate) = row.splitStart(columns.date + 2, direction)
        context.drawStart(date, in: dateCell, style: styles.columns, into: &frame)
        var rest = afterDate
        if columns.kind > 0 {
            let (kindCell, afterKind) = rest.splitStart(columns.kind + 2, direction)
            context.drawStart(kind, in: kindCell, style: styles.columns, into: &frame)
            rest = afterKind
        }
        let (countCell, textCell) = rest.splitStart(columns.count + 2, direction)
        let number = countCell.insetHorizontally(start: 0, end: 2, direction)
        frame.draw(context.fitted(count, width: number.width), in: number, align: direction.endAlignment,
                   style: styles.columns)
        context.drawStart(text, in: textCell, style: styles.text, into: &frame)
    }

    // MARK: Reduce

    package static func reduce(_ state: SourcesState, action: Action, context: PaneContext, rect: Rect) -> SourcesState {
        var next = state
        let count = sources(context: context).count
        guard count > 0 else { return state }
        let current = min(max(0, state.selected), count - 1)
        let list = areas(rect, context.direction).list
        let page = max(1, list.height - 1)
        switch action {
        case .move(.up), .wheel(up: true, _, _): next.selected = max(0, current - 1)
        case .move(.down), .wheel(up: false, _, _): next.selected = min(count - 1, current + 1)
        case .pageUp: next.selected = max(0, current - page)
        case .pageDown: next.selected = min(count - 1, current + page)
        case .home: next.selected = 0
        case .end: next.selected = count - 1
        case .click(let x, let y):
            guard list.contains(x: x, y: y) else { break }
            let top = ListView.scroll(keeping: current, visible: list.height, count: count, current: 0)
            let index = top + y - list.y
            if index < count { next.selected = index }
        default: break
        }
        return next
    }

    package static func selection(_ state: SourcesState, context: PaneContext) -> RecordRef? {
        let sources = sources(context: context)
        guard !sources.isEmpty else { return nil }
        return RecordRef(.source, sources[min(max(0, state.selected), sources.count - 1)].id)
    }

    /// Selects a source (a jump clears the filters first when they hide it: `FacetMatch.shows`).
    package static func select(_ ref: RecordRef, in state: SourcesState, context: PaneContext) -> SourcesState? {
        guard ref.kind == .source else { return nil }
        var next = state
        guard let index = sources(context: context).firstIndex(where: { $0.id == ref.id }) else { return nil }
        next.selected = index
        return next
    }

    package static func position(_ state: SourcesState, context: PaneContext) -> (index: Int, count: Int)? {
        let count = sources(context: context).count
        return count == 0 ? nil : (min(max(0, state.selected), count - 1) + 1, count)
    }
}
