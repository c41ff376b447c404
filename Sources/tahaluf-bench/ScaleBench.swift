import CoalitionStore
import TahalufApp
import TerminalUI

/// `tahaluf-bench scale DIR`: on a data directory written by `write-data` (100k or 1M events),
/// the in-process targets of issue 14 through the path `--data DIR` takes: `Store.load`, the
/// first search (which builds the index), search medians over realistic queries (target < 20 ms),
/// and a keypress at 200x60 (target < 1 ms). A directory the loader refuses is one row saying so.
func scaleBench(directory: String) -> [BenchRow] {
    let start = nowNanoseconds()
    let store: Store
    do {
        store = try Store.load(directory: directory)
    } catch {
        return [BenchRow(name: "scale: Store.load", median: .nan, unit: "-", note: problemSummary(error))]
    }
    let count = store.eventsByDate.count
    var rows = [BenchRow(name: "scale \(count): Store.load (one run)", median: Double(nowNanoseconds() - start) / 1e6,
                         unit: "ms", note: "\(store.dataset.members.count) members")]
    let firstSearch = nowNanoseconds()
    blackHole(store.search("الموصل", limit: 100))
    rows.append(BenchRow(name: "scale \(count): first search (builds the index)", median: Double(nowNanoseconds() - firstSearch) / 1e6,
                         unit: "ms", note: ""))
    // Towns with and without harakat, phrases in both languages, a Latin name inside Arabic, a miss.
    let queries = ["الموصل", "المَوْصِل", "غارة جوية", "عبوة ناسفة", "Mosul", "air strike", "HIMARS", "Abu Omar",
                   "UNMAS", "zzzz"]
    var medians: [Double] = []
    for query in queries {
        medians.append(medianNanoseconds(runs: 11, warmup: 2) { blackHole(store.search(query, limit: 100)) })
    }
    medians.sort()
    rows.append(BenchRow(name: "scale \(count): search, median over \(queries.count) queries", median: medians[medians.count / 2] / 1e6,
                         unit: "ms", note: "target < 20 ms; slowest \(formatted(medians.last! / 1e6)) ms"))
    rows += keypressRows("scale \(count), timeline", store: store, focus: .timeline, size: Size(width: 200, height: 60),
                         withDiff: false, runs: 201)
    return rows
}
