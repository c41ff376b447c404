import TahalufTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `tahaluf-bench write-data`: a synthetic data directory of any size for `--data`, with the same
/// event rows as CSV (VisiData) and HTML (lynx), for `scripts/scalebench.sh`.
///
/// ```
/// tahaluf-bench write-data --events 100000 --members 1000 --seed 42 --out /tmp/d \
///     --csv /tmp/events.csv --html /tmp/events.html
/// ```
func writeData(_ arguments: [String]) -> Int32 {
    let usage = "usage: tahaluf-bench write-data --events N [--members M] [--seed S] --out DIR [--csv FILE] [--html FILE]"
    var options: [String: String] = [:]
    var rest = arguments[...]
    while let flag = rest.popFirst() {
        guard ["--events", "--members", "--seed", "--out", "--csv", "--html"].contains(flag), let value = rest.popFirst() else {
            printError("tahaluf-bench write-data: unexpected \"\(flag)\"\n\(usage)")
            return 64
        }
        options[flag] = value
    }
    guard let events = options["--events"].flatMap({ Int($0) }), events >= 0, let out = options["--out"],
          let members = Int(options["--members"] ?? "1000"), members > 0,
          let seed = UInt64(options["--seed"] ?? "42") else {
        printError("tahaluf-bench write-data: --events and --out are required; numbers must be whole\n\(usage)")
        return 64
    }
    do {
        try SyntheticDataWriter.write(events: events, members: members, seed: seed, to: out,
                                      csv: options["--csv"], html: options["--html"])
        return 0
    } catch {
        printError("tahaluf-bench write-data: \(error)")
        return 74
    }
}

private func printError(_ text: String) {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
