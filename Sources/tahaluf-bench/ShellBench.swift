import CoalitionStore
import TahalufApp
import TerminalUI

/// The cost of one keypress in the full-screen shell at 200x60: reduce, render the whole frame,
/// and diff it against the frame on screen (what the ncurses driver then writes).
/// Cursor keys go down and back up the timeline so every press changes the screen.
func shellBench() -> [BenchRow] {
    guard let directory = DataLocator.bundledDirectory(), let store = try? Store.load(directory: directory) else {
        return [BenchRow(name: "shell: keypress at 200x60", median: 0, unit: "ms", note: "skipped: bundled data not found")]
    }
    let size = Size(width: 200, height: 60)
    var state = reduce(AppState(), .resize(size), store: store)
    var onScreen = render(state, store: store, size: size)
    let keys: [Key] = Array(repeating: .down, count: 20) + Array(repeating: .up, count: 20)
    var index = 0
    var cellsWritten: [Int] = []

    func press() -> (Frame, [CellRun]) {
        let event = InputEvent.key(keys[index % keys.count])
        index += 1
        if let action = Keymap.action(for: event, state: state) { state = reduce(state, action, store: store) }
        let frame = render(state, store: store, size: size)
        return (frame, FrameDiff.runs(from: onScreen, to: frame))
    }

    let keypress = medianNanoseconds(runs: 401, warmup: 40) {
        let (frame, runs) = press()
        cellsWritten.append(FrameDiff.cellCount(runs))
        onScreen = frame
    }
    let keypressCPU = medianThreadCPUNanoseconds(runs: 401, warmup: 10) {
        let (frame, _) = press()
        onScreen = frame
    }
    let renderOnly = medianNanoseconds(runs: 401, warmup: 10) { blackHole(render(state, store: store, size: size)) }
    let previous = onScreen
    let next = render(reduce(state, .move(.down), store: store), store: store, size: size)
    let diffOnly = medianNanoseconds(runs: 401, warmup: 10) { blackHole(FrameDiff.runs(from: previous, to: next)) }
    cellsWritten.sort()
    return [
        BenchRow(name: "shell: keypress (reduce + render + diff) at 200x60", median: keypress / 1e6, unit: "ms",
                 note: "target < 1 ms"),
        BenchRow(name: "shell: keypress at 200x60, thread CPU time", median: keypressCPU / 1e6, unit: "ms",
                 note: "target < 1 ms; other load on the machine counts less"),
        BenchRow(name: "shell: render only at 200x60", median: renderOnly / 1e6, unit: "ms", note: ""),
        BenchRow(name: "shell: frame diff only at 200x60", median: diffOnly / 1e6, unit: "ms", note: ""),
        BenchRow(name: "shell: cells rewritten per cursor move at 200x60", median: Double(cellsWritten[cellsWritten.count / 2]),
                 unit: "cells", note: "of 12000"),
    ]
}
