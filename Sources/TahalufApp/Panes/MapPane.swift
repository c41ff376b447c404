import CoalitionStore
import RTLText
import TerminalUI

/// State of the Member map pane: the tile under the cursor, what the map highlights, and the
/// table and frequency views (`t`, `c`).
package struct MapState: Sendable, Hashable {
    /// Member code under the cursor; nil means the first tile in reading order. The table's
    /// selection is the same member.
    package var cursor: String?
    package var highlight: MapHighlight = .group
    /// Tiles or the members table (`t`).
    package var view: MapView = .tiles
    package var sort = MemberSort()
    /// First row of the table on screen.
    package var tableScroll = 0
    /// The frequency view over the table, when open (`c`).
    package var frequency: FrequencyState?
    package init() {}
}

/// The map pane's two views of the members.
package enum MapView: String, Sendable, Hashable { case tiles, table }

/// The Member map pane: every member as a tile at its place on a world tile grid, the theatres
/// (Iraq, Syria) marked, organisations in their own row. Arrows move by geography, `m` cycles
/// what is highlighted, a click selects the tile under the pointer.
///
/// Rows: the legend on top (mode, count, colour key), the grid, the selected member's name below.
/// The grid is never mirrored: east stays on the right in the Arabic UI.
package enum MapPane: Pane {
    package static let id = PaneID.map

    package static func render(_ state: MapState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        if let frequency = state.frequency {
            MemberFrequency.render(frequency, context: context, in: rect, focused: focused, into: &frame)
            return
        }
        if state.view == .table {
            MembersTable.render(state, context: context, in: rect, focused: focused, into: &frame)
            return
        }
        let tiles = MapGeometry.tiles(of: context.store)
        let cursor = cursorIndex(state, tiles: tiles)
        let areas = Areas(rect, gridRows: MapGeometry.rowCount(tiles))
        let layout = MapLayout(tiles: tiles, cursor: cursor, in: areas.grid)
        // With filters on, the map picks out what the table lists and dims the rest.
        let highlighted = context.filters.narrowsMembers ? filteredCodes(context: context)
                                                         : state.highlight.members(groups: app.groups, store: context.store)
        let bands = state.highlight == .joinYear && !context.filters.narrowsMembers
        let mark = context.ascii ? "*" : "◆"
        for p in layout.placed {
            let tile = tiles[p.index]
            var style = tileStyle(tile, isCursor: p.index == cursor, focused: focused, highlighted: bands ? nil : highlighted)
            if bands, p.index != cursor { style = JoinYearScale.band(context.store.member(tile.code)?.joined).style }
            // Gapless two-letter tiles: every other column in the role's second shade (underlined
            // where there is no colour), so neighbours read apart ("FR BE"). Not the join-year
            // bands: without colour an underlined band would read as the next band.
            let scaled = [StyleRole.scale1, .scale2, .scale3].contains(style.role)
            if layout.cellWidth == 2, !tile.isOrganisation, tile.point.column % 2 == 0, !scaled { style.alternate = true }
            frame.draw(context.text.line(p.label, base: .ltr), in: Rect(x: p.x, y: p.y, width: p.width, height: 1),
                       align: .left, style: style)
            if tile.isTheatre, layout.cellWidth >= 3, !tile.isOrganisation, areas.grid.contains(x: p.x + p.width, y: p.y) {
                frame.draw(VisualLine(symbols: mark), in: Rect(x: p.x + p.width, y: p.y, width: 1, height: 1),
                           align: .left, style: Style(.tileTheatre))
            }
        }
        // "of 87" counts the members the data names; the latest count is 90 (`MembershipNote`). The
        // note ends the legend when it fits there, else it ends the name row, so that the colour key
        // keeps its place in a quarter of the grid.
        var note = MembershipNote(store: context.store).map {
            context.segment(context.digits($0.short(context.language)), Style(.dim))
        }
        if let legend = areas.legend {
            var segments = bands ? JoinYearScale.legend(context: context)
                : legendSegments(state, app: app, context: context, highlighted: highlighted,
                                 shown: layout.placed.count, total: tiles.count)
            if let fitting = note, segments.reduce(0, { $0 + $1.line.width + 1 }) + fitting.line.width <= legend.width {
                segments.append(fitting)
                note = nil
            }
            context.drawSegments(segments, in: legend, into: &frame)
        }
        if let nameRow = areas.name, let cursor {
            let name = nameLine(tiles[cursor].code, highlight: state.highlight, groups: app.groups, context: context)
            var nameArea = nameRow
            if let note, context.text.width(name) + 2 + note.line.width <= nameRow.width {
                let (end, rest) = nameRow.splitEnd(note.line.width, context.direction)
                frame.draw(note.line, in: end, align: .left, style: note.style)
                nameArea = rest
            }
            context.drawStart(name, in: nameArea, style: Style(.title), into: &frame)
        }
    }

    package static func reduce(_ state: MapState, action: Action, context: PaneContext, rect: Rect) -> MapState {
        var next = state
        switch action {
        case .toggleTable:
            next.view = state.view == .table ? .tiles : .table
            next.frequency = nil
            return next
        case .frequency:
            // `c` opens the count by region over the table, then steps through the dimensions.
            if let open = state.frequency {
                next.frequency = open.dimension.next.map { FrequencyState($0) } ?? FrequencyState(.region)
            } else {
                next.frequency = FrequencyState(.region)
                next.view = .table
            }
            return next
        default: break
        }
        if let frequency = state.frequency {
            next.frequency = MemberFrequency.reduce(frequency, action: action, context: context, rect: rect)
            return next
        }
        if state.view == .table { return MembersTable.reduce(state, action: action, context: context, rect: rect) }
        let tiles = MapGeometry.tiles(of: context.store)
        guard !tiles.isEmpty else { return state }
        let current = cursorIndex(state, tiles: tiles) ?? 0
        func moved(_ direction: VisualDirection, times: Int = 1) -> String {
            var index = current
            for _ in 0..<times {
                guard let n = MapGeometry.neighbour(of: index, toward: direction, in: tiles.map(\.point)) else { break }
                index = n
            }
            return tiles[index].code
        }
        switch action {
        case .move(let direction): next.cursor = moved(direction)
        case .pageUp: next.cursor = moved(.up, times: 5)
        case .pageDown: next.cursor = moved(.down, times: 5)
        case .home: next.cursor = tiles.first?.code
        case .end: next.cursor = tiles.last?.code
        case .wheel(let up, _, _): next.cursor = moved(up ? .up : .down)
        case .cycleHighlight: next.highlight = state.highlight.next
        case .click(let x, let y):
            let layout = MapLayout(tiles: tiles, cursor: current, in: Areas(rect, gridRows: MapGeometry.rowCount(tiles)).grid)
            if let hit = layout.tile(atX: x, y: y) { next.cursor = tiles[hit].code }
        default: break
        }
        return next
    }

    package static func selection(_ state: MapState, context: PaneContext) -> RecordRef? {
        if state.view == .table {
            let rows = MembersTable.rows(sort: state.sort, context: context)
            return MembersTable.selectedIndex(state, rows: rows).map { RecordRef(.member, rows[$0].code) }
        }
        let tiles = MapGeometry.tiles(of: context.store)
        return cursorIndex(state, tiles: tiles).map { RecordRef(.member, tiles[$0].code) }
    }

    package static func select(_ ref: RecordRef, in state: MapState, context: PaneContext) -> MapState? {
        guard ref.kind == .member, context.store.member(ref.id) != nil else { return nil }
        var next = state
        next.cursor = ref.id
        return next
    }

    /// The cursor's place in reading order, for the status bar ("24/87").
    package static func position(_ state: MapState, context: PaneContext) -> (index: Int, count: Int)? {
        if state.view == .table {
            let rows = MembersTable.rows(sort: state.sort, context: context)
            return MembersTable.selectedIndex(state, rows: rows).map { ($0 + 1, rows.count) }
        }
        let tiles = MapGeometry.tiles(of: context.store)
        return cursorIndex(state, tiles: tiles).map { ($0 + 1, tiles.count) }
    }

    // MARK: - Parts

    /// The pane's rows: legend on top and the name right under the grid, when there is room for
    /// them and a grid row; the grid takes no more rows than it has.
    struct Areas {
        var legend: Rect?
        var grid: Rect
        var name: Rect?

        init(_ rect: Rect, gridRows: Int) {
            let row = { (y: Int) in Rect(x: rect.x, y: y, width: rect.width, height: 1) }
            switch rect.height {
            case ..<2:
                grid = rect
            case 2:
                grid = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
                name = row(rect.y + 1)
            default:
                legend = row(rect.y)
                grid = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: min(gridRows, rect.height - 2))
                name = row(grid.maxY)
            }
        }
    }

    static func cursorIndex(_ state: MapState, tiles: [MapTile]) -> Int? {
        guard !tiles.isEmpty else { return nil }
        return state.cursor.flatMap { code in tiles.firstIndex { $0.code == code } } ?? 0
    }

    static func tileStyle(_ tile: MapTile, isCursor: Bool, focused: Bool, highlighted: Set<String>?) -> Style {
        // Underlined too: on a monochrome terminal member tiles and the selection are both reverse video.
        if isCursor { return Style(focused ? .selected : .selectedUnfocused, bold: true, underline: true) }
        if let highlighted {
            return highlighted.contains(tile.code) ? Style(.tileHighlight) : Style(.tileDim)
        }
        if tile.isTheatre { return Style(.tileTheatre) }
        return Style(tile.isOrganisation ? .tileOrganisation : .tileMember)
    }

    /// The members the filters pass, which the map picks out.
    static func filteredCodes(context: PaneContext) -> Set<String> {
        let match = FacetMatch(context.filters, store: context.store)
        return Set(context.store.dataset.members.filter(match.member).map(\.code))
    }

    /// "Group: CIFG 3/87 · theatre · organisation", the last two in their tile colours.
    static func legendSegments(_ state: MapState, app: AppState, context: PaneContext, highlighted: Set<String>?,
                               shown: Int, total: Int) -> [Segment] {
        let strings = MapStrings.for(context.language)
        let label = FacetText.summary(context.filters, for: .map, context: context)
            ?? state.highlight.label(groups: app.groups, store: context.store, language: context.language)
        let count: String
        if let highlighted {
            let n = highlighted.count
            count = context.digits(strings.highlightedOf(n, total))
        } else {
            count = context.digits(strings.memberTotal(total))
        }
        var segments = [context.segment(label + context.dash + count, Style(.accent))]
        if highlighted != nil { segments.append(context.segment(strings.highlighted, Style(.tileHighlight))) }
        segments.append(context.segment((context.ascii ? "*" : "◆") + strings.theatreKey,
                                        Style(.tileTheatre)))
        if shown < total {
            segments.append(context.segment(context.digits(strings.shownCount(shown)), Style(.dim)))
        }
        return segments
    }

    /// "Saudi Arabia (SAU) · co-chair: CIFG" in the UI language, with what the highlight is about
    /// (the join year, the co-chaired group, the amounts given).
    static func nameLine(_ code: String, highlight: MapHighlight, groups: GroupsState, context: PaneContext) -> String {
        guard let member = context.store.member(code) else { return code }
        let strings = MapStrings.for(context.language)
        var parts = [member.name.text(context.language) + " (" + code + ")"]
        if member.theatre { parts.append(strings.theatreOfOperations) }
        if let joined = member.joined, joined.year > MapHighlight.foundingYear {
            parts.append(context.digits(strings.joined + String(joined.year)))
        }
        if highlight == .group, let group = GroupsPane.selectedGroup(groups, store: context.store),
           group.coChairs.contains(code) {
            parts.append(strings.coChair + group.short.text(context.language))
        }
        if highlight == .donors {
            let amounts = member.roles.filter { $0.kind == .donor }.compactMap(\.amount).map {
                NumberFormat.words($0, language: context.language, digits: context.text.options.digits)
            }
            if !amounts.isEmpty { parts.append(strings.gave + amounts.joined(separator: context.strings.listSeparator)) }
        }
        return parts.joined(separator: context.separator)
    }
}
