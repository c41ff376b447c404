import CoalitionStore
import TahalufTestSupport
import TahalufApp
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// The cost of one keypress in the full-screen shell at 200x60: reduce, render the whole frame,
/// and diff it against the frame on screen (what the ncurses driver then writes).
/// Cursor keys go down and back up so every press changes the screen.
///
/// Scenarios: the bundled data with the timeline focused (the target), the synthetic
/// 100,000-event / 10,000-member store with the timeline focused, and the same store with the map
/// focused (every member is a tile). `tahaluf-bench shell bundled|synthetic|map` runs one of them
/// (for `valgrind --tool=callgrind`); `TAHALUF_BENCH_RUNS=20` takes fewer samples.
func shellBench() -> [BenchRow] {
    let only = CommandLine.arguments.dropFirst(2).first
    let runs = getenv("TAHALUF_BENCH_RUNS").flatMap { Int(String(cString: $0)) }
    let size = Size(width: 200, height: 60)
    var rows: [BenchRow] = []
    if only == nil || only == "bundled" {
        if let directory = DataLocator.bundledDirectory(), let store = try? Store.load(directory: directory) {
            rows += keypressRows("bundled", store: store, focus: .timeline, size: size, withDiff: true,
                                 runs: runs ?? 401)
        } else {
            rows.append(BenchRow(name: "shell: keypress at 200x60", median: 0, unit: "ms",
                                 note: "skipped: bundled data not found"))
        }
    }
    guard only == nil || only == "synthetic" || only == "map" else { return rows }
    let synthetic = Store(dataset: SyntheticData.make(events: 100_000, members: 10_000, seed: 42))
    if only == nil || only == "synthetic" {
        rows += keypressRows("synthetic 100k, timeline", store: synthetic, focus: .timeline, size: size, withDiff: false,
                             runs: runs ?? 401)
    }
    if only == nil || only == "map" {
        rows += keypressRows("synthetic 10k members, map", store: synthetic, focus: .map, size: size, withDiff: false,
                             runs: runs ?? 41)
    }
    return rows
}

/// Medians of a keypress (reduce + render + diff) and of render alone, with `focus` focused.
func keypressRows(_ label: String, store: Store, focus: PaneID, size: Size, withDiff: Bool,
                          runs: Int) -> [BenchRow] {
    var state = reduce(AppState(), .resize(size), store: store).state
    state.focus = focus
    var onScreen = render(state, store: store, size: size)
    let keys: [Key] = Array(repeating: .down, count: 20) + Array(repeating: .up, count: 20)
    var index = 0
    var cellsWritten: [Int] = []

    func press() -> (Frame, [CellRun]) {
        let event = InputEvent.key(keys[index % keys.count])
        index += 1
        if let action = Keymap.action(for: event, state: state) { state = reduce(state, action, store: store).state }
        let frame = render(state, store: store, size: size)
        return (frame, FrameDiff.runs(from: onScreen, to: frame))
    }

    let keypress = medianNanoseconds(runs: runs, warmup: max(4, runs / 10)) {
        let (frame, runs) = press()
        cellsWritten.append(FrameDiff.cellCount(runs))
        onScreen = frame
    }
    let keypressCPU = medianThreadCPUNanoseconds(runs: runs, warmup: max(4, runs / 10)) {
        let (frame, _) = press()
        onScreen = frame
    }
    let renderOnly = medianNanoseconds(runs: runs, warmup: 4) { blackHole(render(state, store: store, size: size)) }
    var rows = [
        BenchRow(name: "shell \(label): keypress (reduce + render + diff) at 200x60", median: keypress / 1e6,
                 unit: "ms", note: "target < 1 ms"),
        BenchRow(name: "shell \(label): keypress at 200x60, thread CPU time", median: keypressCPU / 1e6, unit: "ms",
                 note: "target < 1 ms; other load on the machine counts less"),
        BenchRow(name: "shell \(label): render only at 200x60", median: renderOnly / 1e6, unit: "ms", note: ""),
    ]
    guard withDiff else { return rows }
    let previous = onScreen
    let next = render(reduce(state, .move(.down), store: store).state, store: store, size: size)
    let diffOnly = medianNanoseconds(runs: runs, warmup: 10) { blackHole(FrameDiff.runs(from: previous, to: next)) }
    cellsWritten.sort()
    rows += [
        BenchRow(name: "shell \(label): frame diff only at 200x60", median: diffOnly / 1e6, unit: "ms", note: ""),
        BenchRow(name: "shell \(label): cells rewritten per cursor move at 200x60",
                 median: Double(cellsWritten[cellsWritten.count / 2]), unit: "cells", note: "of 12000"),
    ]
    return rows
}
