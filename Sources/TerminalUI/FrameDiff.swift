/// A horizontal run of cells that changed: what the driver writes, left to right, starting at (x, y).
/// A run never starts on the continuation half of a wide character and never ends between the two
/// halves, so the driver can write it with one call per lead cell.
package struct CellRun: Hashable, Sendable {
    package var x: Int
    package var y: Int
    /// The new cells, continuation cells included (the driver skips them).
    package var cells: [Cell]

    package init(x: Int, y: Int, cells: [Cell]) {
        self.x = x; self.y = y; self.cells = cells
    }
}

/// Which cells differ between the frame on screen and the next one: the heart of "write only what
/// changed" (ratatui's buffer diff). Pure, so it is tested without a terminal.
///
/// ```swift
/// var a = Frame(size: Size(width: 4, height: 1))
/// var b = a
/// b[2, 0] = Cell("x")
/// FrameDiff.runs(from: a, to: b)   // [CellRun(x: 2, y: 0, cells: [Cell("x")])]
/// FrameDiff.runs(from: nil, to: b) // every row, whole
/// ```
package enum FrameDiff {
    /// The runs that turn `old` into `new`. With no old frame, or one of another size, every row
    /// is one full run (a full repaint).
    package static func runs(from old: Frame?, to new: Frame) -> [CellRun] {
        let width = new.size.width
        guard width > 0, new.size.height > 0 else { return [] }
        guard let old, old.size == new.size else {
            return (0..<new.size.height).map { y in
                CellRun(x: 0, y: y, cells: Array(new.cells[(y * width)..<((y + 1) * width)]))
            }
        }
        var runs: [CellRun] = []
        for y in 0..<new.size.height {
            let base = y * width
            var x = 0
            while x < width {
                guard old.cells[base + x] != new.cells[base + x] else { x += 1; continue }
                var start = x
                // A changed continuation belongs to the wide character before it.
                if new.cells[base + start].isContinuation, start > 0 { start -= 1 }
                var end = x + 1
                while end < width, old.cells[base + end] != new.cells[base + end] { end += 1 }
                // Keep a wide character's second half with it.
                while end < width, new.cells[base + end].isContinuation { end += 1 }
                if let last = runs.last, last.y == y, last.x + last.cells.count >= start {
                    // Overlaps the previous run (it was extended backwards): merge.
                    let merged = Array(new.cells[(base + last.x)..<(base + end)])
                    runs[runs.count - 1] = CellRun(x: last.x, y: y, cells: merged)
                } else {
                    runs.append(CellRun(x: start, y: y, cells: Array(new.cells[(base + start)..<(base + end)])))
                }
                x = end
            }
        }
        return runs
    }

    /// How many cells the runs cover (what a present writes).
    package static func cellCount(_ runs: [CellRun]) -> Int {
        runs.reduce(0) { $0 + $1.cells.count }
    }
}
