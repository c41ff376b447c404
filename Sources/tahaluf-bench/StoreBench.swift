import CoalitionStore
import TahalufTestSupport
#if canImport(Glibc)
import Glibc
#endif
import FoundationEssentials

/// Store benchmarks: the bundled data's load (read, parse, validate, index) against the 5 ms target,
/// with and without the search index (built on the first search, not at load), a synthetic
/// 100,000-event / 10,000-member store's load and indexing, and search medians over it against the
/// 20 ms target.
func storeBench() -> [BenchRow] {
    var rows: [BenchRow] = []
    if let directory = DataLocator.bundledDirectory() {
        do {
            _ = try Store.load(directory: directory)
        } catch {
            return [BenchRow(name: "store: bundled data", median: .nan, unit: "-", note: problemSummary(error))]
        }
        var fastest = UInt64.max
        let load = medianNanoseconds(runs: 51, warmup: 5) {
            let start = nowNanoseconds()
            blackHole(try? Store.load(directory: directory))
            fastest = min(fastest, nowNanoseconds() - start)
        }
        rows.append(BenchRow(name: "store: bundled data load+validate+index", median: load / 1e6, unit: "ms",
                             note: "target < 5 ms; fastest of 51: \(formatted(Double(fastest) / 1e6)) ms; \(loadAverage())"))
        let loadAndFirstSearch = medianNanoseconds(runs: 51, warmup: 5) {
            blackHole((try? Store.load(directory: directory))?.search("مراكش", limit: 1))
        }
        rows.append(BenchRow(name: "store: bundled load, then first search", median: loadAndFirstSearch / 1e6, unit: "ms",
                             note: "the search index is built here, on first use"))
        if let store = try? Store.load(directory: directory) {
            let search = medianNanoseconds(runs: 101) { blackHole(store.search("مراكش", limit: 100)) }
            rows.append(BenchRow(name: "store: bundled search \"مراكش\"", median: search / 1e3, unit: "µs",
                                 note: "\(store.eventsByDate.count) events, \(store.dataset.members.count) members"))
        }
    } else {
        rows.append(BenchRow(name: "store: bundled data", median: .nan, unit: "-", note: "Resources not found"))
    }

    let dataset = SyntheticData.make(events: 100_000, members: 10_000, seed: 42)
    let environment = ProcessInfo.processInfo.environment
    let directory = (environment["TMPDIR"] ?? "/tmp") + "/tahaluf-bench-store-\(getpid())"
    do {
        try DatasetWriter.write(dataset, to: directory)
    } catch {
        return rows + [BenchRow(name: "store: synthetic 100k", median: .nan, unit: "-", note: "cannot write \(directory): \(error)")]
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let size = (try? FileManager.default.attributesOfItem(atPath: directory + "/events.json"))?[.size]
    let megabytes = (size as? any BinaryInteger).map { String(Int($0) >> 20) } ?? "?"

    do {
        guard try DatasetLoader.load(directory: directory) == dataset else {
            return rows + [BenchRow(name: "store: synthetic 100k", median: .nan, unit: "-", note: "loads back different")]
        }
    } catch {
        return rows + [BenchRow(name: "store: synthetic 100k", median: .nan, unit: "-", note: problemSummary(error))]
    }
    let loadDataset = medianNanoseconds(runs: 5, warmup: 0) { blackHole(try? DatasetLoader.load(directory: directory)) }
    rows.append(BenchRow(name: "store: synthetic 100k/10k read+parse+validate", median: loadDataset / 1e6, unit: "ms",
                         note: "events.json \(megabytes) MiB"))
    let index = medianNanoseconds(runs: 5, warmup: 1) { blackHole(Store(dataset: dataset).search("x", limit: 1)) }
    rows.append(BenchRow(name: "store: synthetic 100k/10k index (incl. search index)", median: index / 1e6, unit: "ms",
                         note: "Store.init and the first search"))

    let store = Store(dataset: dataset)
    let queries = ["مراكش", "مَرَّاكُش", "اجتماع وزاري", "جده", "تحالف", "marrakesh", "fund", "ministerial meeting",
                   "ABC", "zzzz"]
    var medians: [Double] = []
    for query in queries {
        let median = medianNanoseconds(runs: 31, warmup: 3) { blackHole(store.search(query, limit: 100)) }
        medians.append(median)
        rows.append(BenchRow(name: "store: search 100k \"\(query)\"", median: median / 1e6, unit: "ms",
                             note: "\(store.search(query, limit: 100).count) hits; target < 20 ms"))
    }
    medians.sort()
    rows.append(BenchRow(name: "store: search 100k, median over queries", median: medians[medians.count / 2] / 1e6,
                         unit: "ms", note: "target < 20 ms; \(loadAverage())"))
    return rows
}

/// A load failure in one table cell: the count, not the list (`tahaluf check` lists them).
func problemSummary(_ error: any Error) -> String {
    guard let error = error as? DataLoadError else { return "does not load" }
    return "does not load: \(error.problems.count) problems (first: \(error.problems.first?.description ?? "-"))"
}

/// The machine's 1-minute load average, so figures from a busy shared machine read as such.
private func loadAverage() -> String {
    guard let file = fopen("/proc/loadavg", "r") else { return "load average unknown" }
    defer { fclose(file) }
    var buffer = [CChar](repeating: 0, count: 64)
    guard fgets(&buffer, Int32(buffer.count), file) != nil else { return "load average unknown" }
    let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return "load average \(text.split(separator: " ").first ?? "?")"
}
