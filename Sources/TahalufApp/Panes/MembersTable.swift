import CoalitionStore
import RTLText
import TerminalUI

/// The members as a table, the map pane's second view (`t`): one row per member that passes the
/// filters, sorted on any column. Columns are laid out from the start edge, so the table mirrors
/// in the Arabic UI (the name column at the right); what does not fit is dropped by priority,
/// never the name or the sorted column.
///
/// "Records" counts the records that name the member: the events that list it, the figures
/// about it and the groups it co-chairs or belongs to (`Store.recordCount(ofMember:)`).
///
/// ```swift
/// let rows = MembersTable.rows(sort: MemberSort(column: .joined, descending: true), context: context)
/// rows.first?.code   // the latest member to join
/// ```
enum MembersTable {
    // MARK: - Columns that fit

    /// The narrowest width worth showing a column at and its widest useful width, in cells, and
    /// whether it takes the spare room.
    static func bounds(_ column: MemberColumn, context: PaneContext) -> (min: Int, max: Int, flexible: Bool) {
        let t = TableStrings.for(context.language)
        switch column {
        case .name: return (16, 26, true)
        case .code: return (4, 8, false)
        case .region:
            let widest = context.strings.regionNames.values.map { context.text.width($0) }.max() ?? 10
            return (12, widest, false)
        case .joined: return (13, context.language == .ar ? 20 : 17, false)
        case .roles: return (12, 40, true)
        case .theatre, .records:
            let short = t.columnShortTitles[column] ?? ""
            return (max(3, context.text.width(short)), context.text.width(t.columnTitle(column)) + 2, false)
        }
    }

    /// Which columns show at this width, how wide, in table order. The name and the sorted column
    /// come first; the others join in priority order while their narrowest width fits. Spare
    /// cells widen fixed columns to their widest, then the name and the roles.
    static func columns(width: Int, sort: MemberSort, context: PaneContext) -> [(column: MemberColumn, width: Int)] {
        var priority: [MemberColumn] = [.name, .joined, .region, .code, .records, .roles, .theatre]
        priority.removeAll { $0 == sort.column }
        priority.insert(sort.column, at: sort.column == .name ? 0 : 1)
        var chosen: [MemberColumn] = []
        var used = 0
        for column in priority {
            let need = bounds(column, context: context).min + (chosen.isEmpty ? 0 : 1)
            if used + need <= width { chosen.append(column); used += need }
        }
        var widths = Dictionary(uniqueKeysWithValues: chosen.map { ($0, bounds($0, context: context).min) })
        var spare = width - used
        for column in chosen where !bounds(column, context: context).flexible {
            let grow = min(spare, bounds(column, context: context).max - widths[column]!)
            widths[column]! += grow; spare -= grow
        }
        for column in chosen where bounds(column, context: context).flexible {
            let grow = min(spare, bounds(column, context: context).max - widths[column]!)
            widths[column]! += grow; spare -= grow
        }
        if spare > 0, let flexible = chosen.last(where: { bounds($0, context: context).flexible }) { widths[flexible]! += spare }
        return MemberColumn.allCases.filter { widths[$0] != nil }.map { ($0, widths[$0]!) }
    }

    // MARK: - Drawing

    /// The table's rows: a summary line, the column headers, the list.
    struct Areas {
        var summary: Rect?
        var header: Rect?
        var list: Rect

        init(_ rect: Rect, context: PaneContext) {
            var rest = rect
            if rest.height >= 4 { (summary, rest) = rest.splitTop(1) }
            if rest.height >= 2 { (header, rest) = rest.splitTop(1) }
            list = rest
        }
    }

    static func render(_ state: MapState, context: PaneContext, in rect: Rect, focused: Bool, into frame: inout Frame) {
        let rows = rows(sort: state.sort, context: context)
        let t = TableStrings.for(context.language)
        let areas = Areas(rect, context: context)
        let arrow = sortArrow(state.sort, ascii: context.ascii)
        if let summary = areas.summary {
            let total = context.store.dataset.members.count
            var segments = [context.segment(context.digits(t.memberCount(rows.count, total)), Style(.accent))]
            segments.append(context.segment(t.sortedBy + t.columnTitle(state.sort.column) + " " + arrow, Style(.dim)))
            context.drawSegments(segments, in: summary, into: &frame)
        }
        let listArea = context.withGutter(areas.list)
        let selected = selectedIndex(state, rows: rows)
        let view = ListView(count: rows.count, selected: selected,
                            scroll: scroll(state, selected: selected, count: rows.count, visible: listArea.height),
                            direction: context.direction, ascii: context.ascii,
                            focused: focused, marker: context.selectionMarker)
        let columns = columns(width: view.rowArea(in: listArea).width, sort: state.sort, context: context)
        if let header = areas.header {
            let row = context.withGutter(header)
            var rest = row
            for (column, width) in columns {
                let (cell, after) = rest.splitStart(width, context.direction)
                let sorted = column == state.sort.column
                var title = t.columnTitle(column)
                if context.text.width(title) + (sorted ? 2 : 0) > width { title = t.columnShortTitles[column] ?? title }
                if sorted { title += " " + arrow }
                frame.draw(context.fitted(title, width: cell.width), in: cell, align: context.startAlignment,
                           style: Style(sorted ? .accent : .title, bold: true))
                rest = after.splitStart(1, context.direction).rest
            }
        }
        guard !rows.isEmpty else {
            context.drawStart(t.noMembers, in: areas.list.splitTop(1).top, style: Style(.dim), into: &frame)
            return
        }
        view.render(in: listArea, into: &frame) { index, row, isSelected, frame in
            let member = rows[index]
            let style = isSelected ? Style(focused ? .selected : .selectedUnfocused) : .normal
            var rest = row
            for (column, width) in columns {
                let (cell, after) = rest.splitStart(width, context.direction)
                let (text, base) = self.cell(member, column, context: context)
                if !text.isEmpty {
                    let align: Frame.Alignment = column == .records ? context.direction.endAlignment : context.startAlignment
                    frame.draw(context.text.fit(text, width: cell.width, base: base), in: cell, align: align, style: style)
                }
                rest = after.splitStart(1, context.direction).rest
            }
        }
    }

    /// ▲ ascending, ▼ descending; ^ and v in ASCII.
    static func sortArrow(_ sort: MemberSort, ascii: Bool) -> String {
        ascii ? (sort.descending ? "v" : "^") : (sort.descending ? "▼" : "▲")
    }

    /// The selected row: the member under the map's cursor when shown, else the first row.
    static func selectedIndex(_ state: MapState, rows: [Member]) -> Int? {
        guard !rows.isEmpty else { return nil }
        return state.cursor.flatMap { code in rows.firstIndex { $0.code == code } } ?? 0
    }

    /// The first row on screen: the stored one, moved as little as needed to show the selection
    /// (which the map may have moved while the table was hidden).
    static func scroll(_ state: MapState, selected: Int?, count: Int, visible: Int) -> Int {
        ListView.scroll(keeping: selected ?? 0, visible: visible, count: count, current: state.tableScroll)
    }

    /// Moves the table's selection; the map's cursor follows it (the two views share one cursor).
    /// A new sort starts at the top, on the first member in the new order.
    static func reduce(_ state: MapState, action: Action, context: PaneContext, rect: Rect) -> MapState {
        var next = state
        switch action {
        case .nextSort: next.sort = state.sort.next
        case .reverseSort: next.sort.descending.toggle()
        default: break
        }
        let rows = rows(sort: next.sort, context: context)
        guard !rows.isEmpty else { return next }
        let list = context.withGutter(Areas(rect, context: context).list)
        let page = max(1, list.height - 1)
        var index = selectedIndex(state, rows: rows) ?? 0
        next.tableScroll = scroll(state, selected: index, count: rows.count, visible: list.height)
        switch action {
        case .nextSort, .reverseSort: index = 0
        case .move(.up): index -= 1
        case .move(.down): index += 1
        case .pageUp: index -= page
        case .pageDown: index += page
        case .home: index = 0
        case .end: index = rows.count - 1
        case .wheel(let up, _, _): index += up ? -3 : 3
        case .click(_, let y):
            let view = ListView(count: rows.count, selected: nil, scroll: next.tableScroll, direction: context.direction)
            if let hit = view.index(atY: y, in: list) { index = hit }
        default: break
        }
        index = min(max(0, index), rows.count - 1)
        next.cursor = rows[index].code
        next.tableScroll = ListView.scroll(keeping: index, visible: list.height, count: rows.count, current: next.tableScroll)
        return next
    }
}
