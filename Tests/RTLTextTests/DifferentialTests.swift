import CFriBidi
import Foundation
import Testing
@testable import RTLText

/// The engine against an independent reference on `Differential/corpus.jsonl` (235 strings:
/// mixed scripts, brackets, digits, harakat, joiners, emoji, isolates, line-end punctuation), in
/// both paragraph directions, at several widths. The reference (`Differential/reference.py`) is
/// not FriBidi: its levels come from python-bidi (the Rust `unicode-bidi` crate), its shaping,
/// mirroring and widths from the Unicode data files, its NFC from Python's `unicodedata`.
/// `make test` installs python-bidi into `.build/pyenv` (`make python-deps`).
///
/// Every row must match, except the cases in `knownDifferences`, each with its reason; a listed
/// case that no longer differs fails too, so the list stays true.
@Suite struct DifferentialTests {
    static let widths = [8, 13, 30, 200]
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Differential")
    static let packageRoot = directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// "corpus index/base/width" → why the engine and the reference differ there.
    static let knownDifferences: [String: String] = {
        var known: [String: String] = [:]
        // FriBidi before 1.0.9 (fribidi#141, Debian 11 and 12 ship 1.0.8): in the second of two
        // isolates in a row, a number takes the direction of a letter outside the isolate, so a
        // file name in an RTL line reads "895_000db…". Only an author's own isolates meet it: the
        // app's (`TextEngine.isolate`, corpus line 70) carry a strong mark that avoids it.
        if (FRIBIDI_MAJOR_VERSION, FRIBIDI_MINOR_VERSION, FRIBIDI_MICRO_VERSION) < (1, 0, 9) {
            for width in widths { known["68/R/\(width)"] = "fribidi#141: a number in consecutive isolates" }
        }
        return known
    }()

    struct ReferenceRow: Decodable { var index: Int; var base: String; var width: Int; var rows: [String] }

    static func python() -> String? {
        if let path = ProcessInfo.processInfo.environment["TAHALUF_PYTHON"] { return path }
        let venv = packageRoot.appendingPathComponent(".build/pyenv/bin/python3").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : nil
    }

    static func reference() throws -> [ReferenceRow] {
        guard let python = python() else {
            Issue.record("python-bidi is not installed: run `make python-deps` (or set TAHALUF_PYTHON)")
            return []
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [directory.appendingPathComponent("reference.py").path,
                             directory.appendingPathComponent("corpus.jsonl").path, "/usr/share/unicode"]
            + widths.map(String.init)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Issue.record("reference.py failed: \(String(decoding: problems, as: UTF8.self))")
            return []
        }
        return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(ReferenceRow.self, from: Data($0.utf8))
        }
    }

    static func corpus() throws -> [String] {
        let text = try String(contentsOf: directory.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(String.self, from: Data($0.utf8)) }
    }

    @Test func corpusIsLargeAndVaried() throws {
        let corpus = try Self.corpus()
        #expect(corpus.count >= 200)
        func some(_ test: (Unicode.Scalar) -> Bool) -> Bool { corpus.contains { $0.unicodeScalars.contains(where: test) } }
        #expect(some { (0x0600...0x06FF).contains($0.value) } && some { $0.properties.isASCIIHexDigit })
        #expect(some { "([{«".unicodeScalars.contains($0) })
        #expect(some { (0x064B...0x0652).contains($0.value) })        // harakat
        #expect(some { $0.value == 0x200D } && some { $0.value == 0x200C })
        #expect(some { $0.value >= 0x1F300 })                         // emoji
        #expect(some { (0x2066...0x2069).contains($0.value) })        // isolates
        #expect(corpus.contains { $0.hasSuffix(".") || $0.hasSuffix("!") || $0.hasSuffix("؟") })
    }

    @Test func engineMatchesTheReference() throws {
        let corpus = try Self.corpus()
        let reference = try Self.reference()
        guard !reference.isEmpty else { return }
        #expect(reference.count == corpus.count * 2 * Self.widths.count)
        let engine = TextEngine()
        var differing: [String: String] = [:]
        for expected in reference {
            let base: BaseDirection = expected.base == "R" ? .rtl : .ltr
            let rows = engine.wrap(corpus[expected.index], width: expected.width, base: base)
            let strings = rows.map(\.string)
            for row in rows { #expect(row.width <= expected.width) }
            if strings != expected.rows {
                differing["\(expected.index)/\(expected.base)/\(expected.width)"] =
                    "\(corpus[expected.index].debugDescription): engine \(strings) reference \(expected.rows)"
            }
        }
        let unexplained = differing.filter { Self.knownDifferences[$0.key] == nil }
        for (key, detail) in unexplained.sorted(by: { $0.key < $1.key }).prefix(40) {
            Issue.record("\(key) differs: \(detail)")
        }
        #expect(unexplained.count == 0, "\(unexplained.count) unexplained differences")
        let stale = Self.knownDifferences.keys.filter { differing[$0] == nil }
        #expect(stale.isEmpty, "listed but no longer different: \(stale.sorted())")
    }
}
