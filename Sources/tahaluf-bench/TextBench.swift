#if canImport(Glibc)
import Glibc
#endif
import RTLText

/// RTLText: how fast Arabic paragraphs become screen rows (sanitise, levels, wrap in logical
/// order, reorder, shape, measure). The corpus is the five seed articles kept in the repository
/// (`Resources/articles` and `Tests/Fixtures/articles`, read from the repository root) when
/// present, else a few built-in paragraphs from them.
func textBench() -> [BenchRow] {
    // First, before anything warms it: the first call builds the 64 K-entry width table.
    let coldStart = nowNanoseconds()
    blackHole(TextEngine().line("تحالف", base: .rtl))
    let coldNanoseconds = Double(nowNanoseconds() - coldStart)

    let corpus = TextCorpus.load()
    let engine = TextEngine()
    var rows: [BenchRow] = [
        BenchRow(name: "text: first call in the process", median: coldNanoseconds / 1000, unit: "µs",
                 note: "one sample; builds the width table unless another suite ran RTLText first"),
    ]

    var lines = 0
    let corpusNanoseconds = medianNanoseconds(runs: 15) {
        lines = 0
        for paragraph in corpus.paragraphs {
            let wrapped = engine.wrap(paragraph, width: 80, base: .rtl)
            lines += wrapped.count
            blackHole(wrapped)
        }
    }
    rows.append(BenchRow(name: "text: wrap+reorder+shape, 80 columns", median: Double(lines) / corpusNanoseconds * 1e9,
                         unit: "lines/s",
                         note: "\(corpus.paragraphs.count) paragraphs, \(lines) lines (\(corpus.origin))"))

    let line = corpus.line(cells: 200, engine: engine)
    let batch = 200
    let lineNanoseconds = medianNanoseconds(runs: 31) {
        for _ in 0..<batch { blackHole(engine.wrap(line, width: 200, base: .rtl)) }
    } / Double(batch)
    rows.append(BenchRow(name: "text: one 200-cell line (wrap+reorder+shape)", median: lineNanoseconds / 1000,
                         unit: "µs", note: "target < 20 µs; \(engine.width(line)) cells; wall clock"))
    let lineCPUNanoseconds = medianThreadCPUNanoseconds(runs: 31) {
        for _ in 0..<batch { blackHole(engine.wrap(line, width: 200, base: .rtl)) }
    } / Double(batch)
    rows.append(BenchRow(name: "text: one 200-cell line, thread CPU time", median: lineCPUNanoseconds / 1000,
                         unit: "µs", note: "target < 20 µs; CPU time of this thread, so other load on the machine counts less"))

    let fitNanoseconds = medianNanoseconds(runs: 31) {
        for _ in 0..<batch { blackHole(engine.fit(line, width: 40, base: .rtl)) }
    } / Double(batch)
    rows.append(BenchRow(name: "text: fit a 200-cell line into 40 cells", median: fitNanoseconds / 1000,
                         unit: "µs", note: "truncation with ellipsis"))
    return rows
}

/// Like `medianNanoseconds`, in CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID): on a
/// shared machine wall time also counts the time other processes held the core.
func medianThreadCPUNanoseconds(runs: Int, warmup: Int = 3, _ body: () -> Void) -> Double {
    func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
    for _ in 0..<warmup { body() }
    var samples: [UInt64] = []
    for _ in 0..<runs {
        let start = now()
        body()
        samples.append(now() - start)
    }
    samples.sort()
    return Double(samples[samples.count / 2])
}

/// The paragraphs the text benchmark lays out.
struct TextCorpus {
    var paragraphs: [String]
    /// Where they came from, for the table's note.
    var origin: String

    static func load(directories: [String] = ["Resources/articles", "Tests/Fixtures/articles"]) -> TextCorpus {
        var paragraphs: [String] = []
        var origins: [String] = []
        for directory in directories {
            let before = paragraphs.count
            for file in textFiles(in: directory) {
                guard let text = readFile(directory + "/" + file) else { continue }
                paragraphs += text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
            }
            if paragraphs.count > before { origins.append(directory) }
        }
        if paragraphs.isEmpty { return TextCorpus(paragraphs: builtIn, origin: "built-in sample") }
        return TextCorpus(paragraphs: paragraphs, origin: origins.joined(separator: " + "))
    }

    /// Words of the corpus joined until the next would pass `cells`.
    func line(cells: Int, engine: TextEngine) -> String {
        var line = ""
        let words = paragraphs.joined(separator: " ").split(separator: " ")
        for word in words.cycled(minimum: 400) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if engine.width(candidate) > cells { break }
            line = candidate
        }
        return line
    }

    static let builtIn = [
        "أعلن التحالف الدولي ضد داعش، عن تنفيذ 35 ألف ضربة جوية ضد التنظيم الإرهابي في العراق وسوريا، منذ تأسيسه عام "
            + "2014، هذا بخلاف دعم القوات العراقية وقوات البشمركة الكردية من خلال التدريبات وتقديم الاستشارة والمساعدات "
            + "العسكرية لأكثر من 300 ألف عنصر من الجيش العراقي والبشمركة.",
        "شكل ظهور تنظيم الدولة في العراق وسوريا صدمة كبيرة للمجتمع الدولي ما دفع الولايات المتحدة لقيادة تشكيل تحالف "
            + "دولي لمواجهة التنظيم الوليد وهو داعش، وانطلق رسميا في سبتمبر 2014، معلنا التزامه بدحر داعش وإلحاق الهزيمة به.",
        "تأسس صندوق تمويل الاستقرار الفوري (FFIS) في 11 من يونيو 2015",
    ]

    private static func textFiles(in directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasSuffix(".txt") { names.append(name) }
        }
        return names.sorted()
    }

    private static func readFile(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while case let count = chunk.withUnsafeMutableBytes({ fread($0.baseAddress, 1, $0.count, file) }), count > 0 {
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

private extension Array {
    /// The elements repeated until there are at least `minimum` (for building long lines from a
    /// short corpus).
    func cycled(minimum: Int) -> [Element] {
        guard !isEmpty else { return [] }
        var result = self
        while result.count < minimum { result += self }
        return result
    }
}
