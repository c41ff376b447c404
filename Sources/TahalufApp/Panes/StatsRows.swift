import CoalitionStore

/// The Statistics pane as a list of rows (theme headings, figure titles, observations) and which
/// of them are on screen: shared by drawing and by mouse clicks.
extension StatsPane {
    /// One screen row of the pane.
    enum Row: Hashable {
        case theme(Theme)
        case title(figure: Int)
        case observation(figure: Int, index: Int)

        var figure: Int? {
            switch self {
            case .theme: return nil
            case .title(let f), .observation(let f, _): return f
            }
        }
    }

    static func rows(_ figures: [Figure]) -> [Row] {
        var rows: [Row] = []
        for (i, figure) in figures.enumerated() {
            if i == 0 || figures[i - 1].theme != figure.theme { rows.append(.theme(figure.theme)) }
            rows.append(.title(figure: i))
            rows += figure.observations.indices.map { .observation(figure: i, index: $0) }
        }
        return rows
    }

    /// What the pane's rows show from `first` on. When the list scrolls and `first` is inside a
    /// theme, the top row keeps that theme's heading in view (a sticky heading), so a reader deep in
    /// the 26 stabilisation figures still sees where they are.
    static func screenRows(_ rows: [Row], first: Int, height: Int) -> [Row] {
        guard height > 0, rows.indices.contains(first) else { return [] }
        let end = min(rows.count, first + height)
        guard rows.count > height, height >= 3, rows[first].figure != nil,
              let heading = rows[...first].last(where: { $0.figure == nil }) else { return Array(rows[first..<end]) }
        return [heading] + rows[first..<min(rows.count, first + height - 1)]
    }

    /// The first row to show: `previous` moved just enough to show the selected figure's rows (and
    /// its theme heading when it opens the theme), its title first when it is taller than the pane.
    /// A long list keeps one row for the sticky heading (`screenRows`).
    static func scroll(_ previous: Int, selected: Int, rows: [Row], height fullHeight: Int) -> Int {
        let height = rows.count > fullHeight && fullHeight >= 3 ? fullHeight - 1 : fullHeight
        guard height > 0, let titleRow = rows.firstIndex(of: .title(figure: selected)) else { return 0 }
        let top = titleRow > 0 && rows[titleRow - 1].figure == nil ? titleRow - 1 : titleRow
        let bottom = (rows.lastIndex { $0.figure == selected } ?? titleRow) + 1
        var first = min(max(0, previous), max(0, rows.count - height))
        if bottom > first + height { first = bottom - height }
        if top < first { first = top }
        if titleRow >= first + height { first = titleRow }
        return max(0, first)
    }
}
