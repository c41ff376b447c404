import CoalitionStore
import RTLText
import TerminalUI

/// The timeline's selection, scroll and category filter.
package struct TimelineState: Sendable, Hashable {
    /// Position of the selected event among the events the filter shows.
    package var selected = 0
    /// First screen row of the list (year headers count as rows).
    package var scroll = 0
    /// The events the filters pass (`AppState.filters`; `f` / `F` cycle the category); nil shows all.
    package internal(set) var filter: TimelineFilter?
    package init() {}
}

/// Events in date order, grouped by year under a year header, with a year ruler on top. In the
/// Arabic UI time runs from right to left: the ruler's first year is at the right edge and the
/// Left arrow goes forward in time.
///
/// Each row: the date at its precision inside its year ("10 أيلول", "أيلول", "2014"; "~" when
/// inferred), a category mark, the title.
package enum TimelinePane: Pane {
    package static let id = PaneID.timeline

    // MARK: Layout inside the pane

    struct Areas { var header: Rect?; var ruler: Rect?; var list: Rect }

    /// One cell in from the start edge: header (filter) and ruler on top when there is room; the
    /// list below.
    static func areas(_ pane: Rect, _ direction: LayoutDirection) -> Areas {
        let rect = pane.insetHorizontally(start: 1, end: 0, direction)
        var areas = Areas(header: nil, ruler: nil, list: rect)
        if rect.height >= 3 { (areas.header, areas.list) = areas.list.splitTop(1) }
        if rect.height >= 5 { (areas.ruler, areas.list) = areas.list.splitTop(1) }
        return areas
    }

    /// The category mark: a symbol, or a letter in ASCII mode.
    package static func mark(_ category: EventCategory, ascii: Bool) -> String {
        switch category {
        case .founding: ascii ? "*" : "★"
        case .ministerial: ascii ? "M" : "◆"
        case .military: ascii ? "X" : "▲"
        case .stabilisation: ascii ? "S" : "■"
        case .counterMessaging: ascii ? "P" : "◉"
        case .counterFinance: "$"
        case .foreignFighters: ascii ? "T" : "◇"
        case .membership: "+"
        case .leadership: ascii ? "L" : "●"
        }
    }

    // MARK: Render

    package static func render(_ state: TimelineState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let rows = TimelineRows(store: context.store, filter: state.filter)
        let areas = areas(rect, context.direction)
        let direction = context.direction
        let strings = context.strings
        if let header = areas.header {
            let label = strings.filterLabel + strings.categoryName(state.filter?.category)
            frame.draw(context.text.fit(label, width: header.width, base: context.base), in: header,
                       align: direction.startAlignment, style: Style(state.filter?.category == nil ? .dim : .accent))
        }
        guard rows.count > 0 else {
            frame.draw(context.text.fit(strings.noEvents, width: areas.list.width, base: context.base),
                       in: areas.list, align: direction.startAlignment, style: Style(.dim))
            return
        }
        let selected = min(max(0, state.selected), rows.count - 1)
        let selectedYear = rows.event(selected).date.year
        if let ruler = areas.ruler { TimelineRuler.draw(rows, selectedYear: selectedYear, in: ruler, context: context, into: &frame) }

        let list = areas.list
        let view = ListView(count: rows.rowCount, selected: rows.displayRow(ofEvent: selected),
                            scroll: scroll(state.scroll, selected: selected, rows: rows, visible: list.height),
                            direction: direction, ascii: context.ascii, focused: focused,
                            marker: context.selectionMarker)
        let dateWidth = DateFormat.columnWidth(language: context.language, months: context.months)
        let glyphs = BoxGlyphs.set(ascii: context.ascii)
        view.render(in: list, into: &frame) { index, row, isSelected, frame in
            switch rows.row(index) {
            case .year(let year):
                let label = context.text.line(String(year), base: .ltr)
                for x in row.x..<row.maxX {
                    frame.put(Glyph(text: glyphs.horizontal, width: 1, logicalIndex: 0), x: x, y: row.y, style: Style(.dim))
                }
                let slot = row.splitStart(label.width + 1, direction).start
                frame.fill(slot)
                frame.draw(label, in: slot, align: direction.startAlignment, style: Style(.title, bold: true))
            case .event(let position):
                let event = rows.event(position)
                let style = isSelected ? Style(focused ? .selected : .selectedUnfocused) : .normal
                let date = dateLabel(event, withinYear: true, context: context)
                let (dateCell, afterDate) = row.splitStart(dateWidth, direction)
                frame.draw(context.text.fit(date, width: dateCell.width, base: context.base), in: dateCell,
                           align: direction.startAlignment, style: isSelected ? style : Style(.dim))
                let (markCell, afterMark) = afterDate.splitStart(3, direction)
                // The mark is one of our own one-cell symbols: put directly, no text layout needed.
                frame.put(Glyph(text: mark(event.category, ascii: context.ascii), width: 1, logicalIndex: 0),
                          x: markCell.x + 1, y: markCell.y, style: isSelected ? style : Style(.category), clipTo: markCell)
                let title = event.title.text(context.language)
                frame.draw(context.text.fit(title, width: afterMark.width, base: context.base), in: afterMark,
                           align: direction.startAlignment, style: style)
            }
        }
    }

    /// The row's date: within its year ("18 Jun", the year is in the group's header) or whole
    /// ("18 June 2014", what `y` copies), with "~" in front when inferred.
    static func dateLabel(_ event: Event, withinYear: Bool, context: PaneContext) -> String {
        let text = withinYear ? DateFormat.withinYear(event.date, language: context.language, months: context.months)
                              : DateFormat.full(event.date, language: context.language, months: context.months)
        return DateFormat.marked(text, inferred: event.inferred != nil, language: context.language)
    }

    /// The row as one line, its date whole: "~18 June 2014 ◆ Title". What `y` copies first.
    static func rowText(_ event: Event, context: PaneContext) -> String {
        dateLabel(event, withinYear: false, context: context) + " " + mark(event.category, ascii: context.ascii) + " "
            + event.title.text(context.language)
    }

    /// The list's first row: keeps the selected event on screen and, when it opens a year, that year's header too.
    static func scroll(_ current: Int, selected: Int, rows: TimelineRows, visible: Int) -> Int {
        let row = rows.displayRow(ofEvent: selected)
        var top = ListView.scroll(keeping: row, visible: visible, count: rows.rowCount, current: current)
        if top == row, row > 0, case .year = rows.row(row - 1) { top -= 1 }
        return max(0, top)
    }

    // MARK: Reduce

    package static func reduce(_ state: TimelineState, action: Action, context: PaneContext, rect: Rect) -> TimelineState {
        var next = state
        var rows = TimelineRows(store: context.store, filter: state.filter)
        let areas = areas(rect, context.direction)
        let list = areas.list
        let page = max(1, list.height - 1)
        let last = max(0, rows.count - 1)
        let laterOnLeft = context.direction == .rtl
        next.selected = min(max(0, state.selected), last)
        switch action {
        case .move(.up): next.selected -= 1
        case .move(.down): next.selected += 1
        case .move(.left): next.selected = yearStart(rows, from: next.selected, later: laterOnLeft)
        case .move(.right): next.selected = yearStart(rows, from: next.selected, later: !laterOnLeft)
        case .pageUp: next.selected -= page
        case .pageDown: next.selected += page
        case .home: next.selected = 0
        case .end: next.selected = last
        case .previousYear: next.selected = yearStart(rows, from: next.selected, later: false)
        case .nextYear: next.selected = yearStart(rows, from: next.selected, later: true)
        case .wheel(let up, _, _): next.selected += up ? -3 : 3
        case .filterCategory, .previousCategory:
            var filters = state.filter?.filters ?? Filters()
            filters.category = nextCategory(after: filters.category, forward: action == .filterCategory, store: context.store)
            next = refiltered(next, filters: filters, store: context.store)
            rows = TimelineRows(store: context.store, filter: next.filter)
        case .click(let x, let y):
            if let ruler = areas.ruler, ruler.contains(x: x, y: y), rows.count > 0 {
                let year = TimelineRuler.year(atX: x, rows, selectedYear: rows.event(next.selected).date.year,
                                              in: ruler, direction: context.direction)
                next.selected = rows.years.first { $0.year == year }?.first ?? next.selected
            } else if list.contains(x: x, y: y) {
                let view = ListView(count: rows.rowCount, selected: nil,
                                    scroll: scroll(state.scroll, selected: next.selected, rows: rows, visible: list.height),
                                    direction: context.direction)
                switch view.index(atY: y, in: list).map(rows.row) {
                case .event(let p)?: next.selected = p
                case .year(let year)?: next.selected = rows.years.first { $0.year == year }?.first ?? next.selected
                case nil: break
                }
            }
        default: break
        }
        next.selected = min(max(0, next.selected), max(0, rows.count - 1))
        next.scroll = rows.count > 0 ? scroll(state.scroll, selected: next.selected, rows: rows, visible: list.height) : 0
        return next
    }

    /// The first event of the year before or after the selected event's year; at the ends, the
    /// first (or last) event.
    static func yearStart(_ rows: TimelineRows, from position: Int, later: Bool) -> Int {
        guard rows.count > 0 else { return 0 }
        let g = rows.group(ofEvent: position)
        if later { return g + 1 < rows.years.count ? rows.years[g + 1].first : rows.count - 1 }
        if rows.years[g].first < position { return rows.years[g].first }
        return g > 0 ? rows.years[g - 1].first : 0
    }

    /// The next category (in `EventCategory` order, or back with `forward: false`) that has
    /// events, then all: `f` goes all, founding, ministerial, …; `F` all, leadership, membership, ….
    static func nextCategory(after current: EventCategory?, forward: Bool, store: Store) -> EventCategory? {
        let all = forward ? EventCategory.allCases : EventCategory.allCases.reversed()
        let start = current.flatMap { all.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        for c in all[start...] where !store.events(in: c).isEmpty { return c }
        return nil
    }

    /// The timeline under new filters, keeping the place: the selection moves to the nearest
    /// event the filters pass at or after the one selected.
    static func refiltered(_ state: TimelineState, filters: Filters, store: Store) -> TimelineState {
        var next = state
        let rows = TimelineRows(store: store, filter: state.filter)
        let kept = rows.count > 0 ? rows.storeIndex(min(max(0, state.selected), rows.count - 1)) : 0
        next.filter = filters.isEmpty ? nil : TimelineFilter(filters, store: store)
        next.selected = TimelineRows(store: store, filter: next.filter).position(nearStoreIndex: kept)
        return next
    }

    // MARK: Selection

    package static func selection(_ state: TimelineState, context: PaneContext) -> RecordRef? {
        let rows = TimelineRows(store: context.store, filter: state.filter)
        guard rows.count > 0 else { return nil }
        return RecordRef(.event, rows.event(min(max(0, state.selected), rows.count - 1)).id)
    }

    /// Selects an event; clears the filter when the event is filtered out.
    package static func select(_ ref: RecordRef, in state: TimelineState, context: PaneContext) -> TimelineState? {
        guard ref.kind == .event, let index = context.store.timelineIndex(ofEvent: ref.id) else { return nil }
        var next = state
        var rows = TimelineRows(store: context.store, filter: state.filter)
        if rows.position(ofStoreIndex: index) == nil {
            next.filter = nil
            rows = TimelineRows(store: context.store, filter: nil)
        }
        next.selected = rows.position(ofStoreIndex: index) ?? 0
        next.scroll = max(0, rows.displayRow(ofEvent: next.selected) - 2)
        return next
    }

    package static func position(_ state: TimelineState, context: PaneContext) -> (index: Int, count: Int)? {
        let rows = TimelineRows(store: context.store, filter: state.filter)
        guard rows.count > 0 else { return nil }
        return (min(max(0, state.selected), rows.count - 1) + 1, rows.count)
    }
}
