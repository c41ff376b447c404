import CoalitionStore
import RTLText
import SharedValues

/// A place on the member map, in grid cells: `column` grows eastwards, `row` southwards. States
/// sit at their tile; organisations get their own row, one blank row below the southernmost state.
package struct MapPoint: Hashable, Sendable {
    package var column: Int
    package var row: Int
    package init(column: Int, row: Int) { self.column = column; self.row = row }
}

/// One member as the map knows it.
package struct MapTile: Hashable, Sendable {
    package var code: String
    package var point: MapPoint
    package var isOrganisation: Bool
    package var isTheatre: Bool
}

/// The geometry of the tile map, apart from any screen: where each member is and which tile an
/// arrow key leads to. Geography is never mirrored: east is on the right in the Arabic UI too
/// (the one documented exception to the right-to-left layout).
///
/// ```swift
/// let tiles = MapGeometry.tiles(of: store)
/// let fra = tiles.firstIndex { $0.code == "FRA" }!
/// MapGeometry.neighbour(of: fra, toward: .right, in: tiles.map(\.point))   // BEL, the next tile east
/// ```
package enum MapGeometry {
    /// Every member, in reading order (north to south, then west to east).
    ///
    /// Sorting 10,000 members costs milliseconds, and a keypress asks several times (the map, the
    /// status bar, the detail summary), so the tiles of the last members array are kept. The memo
    /// holds that array, so its storage cannot be reused by another one: a different array is
    /// compared element by element, the same one in O(1) (`Array.==` checks identity first).
    package static func tiles(of store: Store) -> [MapTile] {
        let members = store.dataset.members
        if let tiles = lastTiles.withLock({ $0.flatMap { $0.members == members ? $0.tiles : nil } }) {
            return tiles
        }
        let tiles = makeTiles(members)
        lastTiles.withLock { $0 = (members, tiles) }
        return tiles
    }

    private static let lastTiles = Locked<(members: [Member], tiles: [MapTile])?>(nil)

    private static func makeTiles(_ members: [Member]) -> [MapTile] {
        let lastStateRow = members.filter { $0.kind == .state }.map(\.tile.y).max() ?? 0
        let tiles = members.map { m in
            MapTile(code: m.code,
                    point: MapPoint(column: m.tile.x, row: m.kind == .organisation ? lastStateRow + 2 : m.tile.y),
                    isOrganisation: m.kind == .organisation, isTheatre: m.theatre)
        }
        return tiles.sorted { ($0.point.row, $0.point.column, $0.code) < ($1.point.row, $1.point.column, $1.code) }
    }

    /// Rows from the northernmost tile to the organisations' row.
    package static func rowCount(_ tiles: [MapTile]) -> Int {
        guard let first = tiles.first else { return 0 }
        var low = first.point.row, high = low
        for tile in tiles { low = min(low, tile.point.row); high = max(high, tile.point.row) }
        return high - low + 1
    }

    /// The tile an arrow leads to from `index`: among the tiles strictly on that side, the one with
    /// the lowest cost, where a cell off the arrow's line costs twice a cell along it (so the cursor
    /// prefers to stay in its row or column). Ties go to the better aligned, then the nearer, then
    /// the north-western tile. Nil when no tile lies that way: the cursor never leaves the grid.
    ///
    /// Directions are visual and equal geographic ones: `.right` is east, `.up` is north.
    package static func neighbour(of index: Int, toward direction: VisualDirection, in points: [MapPoint]) -> Int? {
        guard points.indices.contains(index) else { return nil }
        let from = points[index]
        var best: (index: Int, key: (Int, Int, Int, Int, Int))?
        for (i, p) in points.enumerated() where i != index {
            let dx = p.column - from.column, dy = p.row - from.row
            let along: Int, across: Int
            switch direction {
            case .right: (along, across) = (dx, abs(dy))
            case .left: (along, across) = (-dx, abs(dy))
            case .down: (along, across) = (dy, abs(dx))
            case .up: (along, across) = (-dy, abs(dx))
            }
            guard along > 0 else { continue }
            let key = (along + 2 * across, across, along, p.row, p.column)
            if best == nil || key < best!.key { best = (i, key) }
        }
        return best?.index
    }
}
