#if canImport(Glibc)
import Glibc
#endif

/// One row of the benchmark table.
struct BenchRow {
    var name: String
    /// The median, in the row's unit.
    var median: Double
    var unit: String
    /// What the figure is compared with ("target < 20 µs", "w3m 20 ms").
    var note: String
}

/// Monotonic time in nanoseconds.
func nowNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Runs `body` `runs` times after `warmup` runs and returns the median duration in nanoseconds.
func medianNanoseconds(runs: Int = 31, warmup: Int = 3, _ body: () -> Void) -> Double {
    for _ in 0..<warmup { body() }
    var samples: [UInt64] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let t0 = nowNanoseconds()
        body()
        samples.append(nowNanoseconds() - t0)
    }
    samples.sort()
    return Double(samples[samples.count / 2])
}

/// Keeps the optimiser from deleting work whose result is unused.
@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

/// `value` with three significant decimals, without Foundation.
func formatted(_ value: Double) -> String {
    let scaled = (value * 1000).rounded() / 1000
    return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
}
