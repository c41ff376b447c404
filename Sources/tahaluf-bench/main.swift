// tahaluf-bench: in-process benchmarks, printed as table rows for `make bench`.
// Each area adds its function to `suites`. `tahaluf-bench write-data ...` writes a synthetic data
// set instead (`WriteData.swift`); `tahaluf-bench scale DIR` measures load, search and keypress on
// one (`ScaleBench.swift`, for scripts/scalebench.sh).
#if canImport(Glibc)
import Glibc
#endif

let suites: [(String, () -> [BenchRow])] = [
    ("store", storeBench),
    ("text", textBench),
    ("shell", shellBench),
]

if CommandLine.arguments.dropFirst().first == "write-data" {
    exit(writeData(Array(CommandLine.arguments.dropFirst(2))))
}
let filter = CommandLine.arguments.dropFirst().first
print("| benchmark | median | unit | note |")
print("|---|---|---|---|")
if filter == "scale", CommandLine.arguments.count == 3 {
    for row in scaleBench(directory: CommandLine.arguments[2]) {
        print("| \(row.name) | \(formatted(row.median)) | \(row.unit) | \(row.note) |")
    }
    exit(0)
}
for (name, suite) in suites where filter == nil || name == filter {
    for row in suite() {
        print("| \(row.name) | \(formatted(row.median)) | \(row.unit) | \(row.note) |")
    }
}
