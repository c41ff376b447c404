import TerminalUI

/// Where each map tile lands on screen for a given area: the one computation shared by drawing
/// and by mouse clicks, so a click always selects the tile drawn under the pointer.
///
/// Tiles are as wide as the area allows: the alpha-3 code and a gap (4 cells a tile), the alpha-2
/// code and a gap (3), the alpha-2 code alone (2). When even that does not fit, the map keeps
/// 3-cell tiles and shows a window around the cursor; likewise rows scroll when the area is
/// short. Organisations are laid out in their own row from the west edge, by full name when the
/// row has room. Tiles never overlap and never cross the area's edge.
///
/// ```swift
/// let layout = MapLayout(tiles: tiles, cursor: fra, in: Rect(x: 0, y: 0, width: 120, height: 30))
/// layout.cellWidth          // 4
/// layout.tile(atX: 45, y: 5) // index of the tile drawn there
/// ```
struct MapLayout {
    struct Placed: Hashable {
        var index: Int
        var x: Int
        var y: Int
        var width: Int
        var label: String
    }

    let placed: [Placed]
    let cellWidth: Int

    init(tiles: [MapTile], cursor: Int?, in area: Rect) {
        guard !tiles.isEmpty, !area.isEmpty else { placed = []; cellWidth = 0; return }
        // One pass for the extent (10,000 tiles in the synthetic data set: no copies).
        var firstColumn = Int.max, lastColumn = Int.min, firstRow = Int.max, lastRow = Int.min
        for tile in tiles {
            firstRow = min(firstRow, tile.point.row); lastRow = max(lastRow, tile.point.row)
            guard !tile.isOrganisation else { continue }
            firstColumn = min(firstColumn, tile.point.column); lastColumn = max(lastColumn, tile.point.column)
        }
        let hasStates = firstColumn <= lastColumn
        let columns = hasStates ? lastColumn - firstColumn + 1 : 1
        if !hasStates { firstColumn = 1 }
        let rows = lastRow - firstRow + 1
        let focus = cursor.flatMap { tiles.indices.contains($0) ? tiles[$0].point : nil }

        // Widest tiles that fit; else 3-cell tiles in a window that follows the cursor.
        var cell = 3
        var visibleColumns = columns
        if (columns - 1) * 4 + 3 <= area.width { cell = 4 }
        else if (columns - 1) * 3 + 2 <= area.width { cell = 3 }
        else if columns * 2 <= area.width { cell = 2 }
        else { visibleColumns = max(1, (area.width + 1) / 3) }
        cellWidth = cell
        let gap = cell == 2 ? 0 : 1
        let firstVisibleColumn = Window.start(total: columns, visible: visibleColumns,
                                                       focus: (focus?.column ?? firstColumn) - firstColumn)
        let visibleRows = min(rows, area.height)
        let firstVisibleRow = Window.start(total: rows, visible: visibleRows,
                                                    focus: (focus?.row ?? firstRow) - firstRow)
        let gridWidth = min(visibleColumns, columns) * cell - gap
        let left = area.x + max(0, (area.width - gridWidth) / 2)

        var placed: [Placed] = []
        for (i, tile) in tiles.enumerated() where !tile.isOrganisation {
            let col = tile.point.column - firstColumn - firstVisibleColumn
            let row = tile.point.row - firstRow - firstVisibleRow
            guard col >= 0, col < visibleColumns, row >= 0, row < visibleRows else { continue }
            let x = left + col * cell
            let width = min(cell - gap, area.maxX - x)
            guard width > 0 else { continue }
            let label = cell == 4 ? tile.code : MapLabels.short(tile.code)
            placed.append(Placed(index: i, x: x, y: area.y + row, width: width, label: Self.clipped(label, to: width)))
        }
        placed += MapLayout.organisationRow(tiles: tiles, firstRow: firstRow, firstVisibleRow: firstVisibleRow,
                                            visibleRows: visibleRows, left: left, area: area, focus: focus)
        self.placed = placed
    }

    /// At most `width` characters; a label that fits (as almost all do) is kept without counting
    /// its characters one by one.
    static func clipped(_ label: String, to width: Int) -> String {
        label.utf8.count <= width ? label : String(label.prefix(width))
    }

    /// The tile drawn at a screen cell, if any.
    func tile(atX x: Int, y: Int) -> Int? {
        placed.first { $0.y == y && x >= $0.x && x < $0.x + $0.width }?.index
    }

    /// Organisations from the west edge in their grid order: full names when they all fit, two
    /// letters otherwise, scrolled so the cursor's organisation stays in view.
    private static func organisationRow(tiles: [MapTile], firstRow: Int, firstVisibleRow: Int, visibleRows: Int,
                                        left: Int, area: Rect, focus: MapPoint?) -> [Placed] {
        let organisations = tiles.enumerated().filter { $0.element.isOrganisation }
            .sorted { $0.element.point.column < $1.element.point.column }
        guard let row = organisations.first?.element.point.row else { return [] }
        let screenRow = row - firstRow - firstVisibleRow
        guard screenRow >= 0, screenRow < visibleRows else { return [] }
        let full = organisations.map { MapLabels.organisation($0.element.code) }
        let fullWidth = full.reduce(0) { $0 + $1.count } + full.count - 1
        let labels = fullWidth <= area.maxX - left ? full : organisations.map { MapLabels.short($0.element.code) }
        // Skip leading organisations when the row is too narrow for the cursor's one.
        let cursorSlot = organisations.firstIndex { $0.element.point == focus } ?? 0
        var start = 0
        while start < cursorSlot,
              labels[start...cursorSlot].reduce(0, { $0 + $1.count + 1 }) - 1 > area.maxX - left { start += 1 }
        var x = left
        var placed: [Placed] = []
        for slot in start..<organisations.count {
            let width = min(labels[slot].count, area.maxX - x)
            guard width > 0 else { break }
            placed.append(Placed(index: organisations[slot].offset, x: x, y: area.y + screenRow, width: width,
                                 label: clipped(labels[slot], to: width)))
            x += width + 1
        }
        return placed
    }
}
