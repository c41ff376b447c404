// tahaluf-bench: in-process benchmarks, printed as table rows for `make bench`.
// Each area adds its function to `suites`.
let suites: [(String, () -> [BenchRow])] = [
    ("store", storeBench),
    ("text", textBench),
    ("shell", shellBench),
]

let filter = CommandLine.arguments.dropFirst().first
print("| benchmark | median | unit | note |")
print("|---|---|---|---|")
for (name, suite) in suites where filter == nil || name == filter {
    for row in suite() {
        print("| \(row.name) | \(formatted(row.median)) | \(row.unit) | \(row.note) |")
    }
}
