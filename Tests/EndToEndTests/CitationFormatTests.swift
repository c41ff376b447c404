import Foundation
import Testing

/// `tahaluf cite` and `tahaluf export --format bibtex|csl-json` read by real tools: pybtex for
/// BibTeX, the CSL data schema (jsonschema) and citeproc-py for CSL-JSON, rispy for RIS
/// (`scripts/check-citations.py`, in the virtual environment `make python-deps` makes).
@Suite(.serialized) struct CitationFormatTests {
    static let python = Paths.repositoryRoot.appendingPathComponent(".build/pyenv/bin/python").path
    static let checker = Paths.repositoryRoot.appendingPathComponent("scripts/check-citations.py").path
    /// The bundled sources as the data files have them.
    static func sources() throws -> [[String: Any]] {
        let data = try Data(contentsOf: Paths.repositoryRoot.appendingPathComponent("Resources/sources.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    static func title(of id: String, _ language: String) throws -> String {
        let source = try #require(try sources().first { $0["id"] as? String == id })
        return try #require((source["title"] as? [String: String])?[language])
    }

    /// What the real tool parsed from `text`, as the checker prints it.
    func parsed(_ format: String, _ text: String) throws -> Any {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            throw TestFailure("the citation tools are not installed: run `make python-deps` (make test does)")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tahaluf-cite-\(UUID().uuidString)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try Subprocess.run(Self.python, [Self.checker, format, file.path])
        #expect(run.status == 0, "\(format) rejected by the real parser: \(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    func tahaluf(_ arguments: [String]) throws -> String {
        let run = try CommandRun.tahaluf(arguments)
        #expect(run.status == 0, "tahaluf \(arguments): \(run.stderr)")
        return run.stdout
    }

    func sourceIds() throws -> [String] { try Self.sources().compactMap { $0["id"] as? String } }

    @Test func exportedBibTeXLoadsInPybtex() throws {
        let entries = try #require(try parsed("bibtex", tahaluf(["export", "--format", "bibtex", "--lang", "en"])) as? [[String: Any]])
        #expect(entries.compactMap { $0["key"] as? String } == (try sourceIds()))
        let sheet = try #require(entries.first { $0["key"] as? String == "seed-004" })
        let fields = try #require(sheet["fields"] as? [String: String])
        #expect(fields["title_plain"] == (try Self.title(of: "seed-004", "en")))
        #expect(fields["year"] == "2019")
        #expect(fields["date"] == "2019-02-06")
        #expect(fields["url"] == "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm")
        let arabic = try #require(try parsed("bibtex", tahaluf(["export", "--format", "bibtex", "--lang", "ar"])) as? [[String: Any]])
        let arabicSheet = try #require(arabic.first { $0["key"] as? String == "seed-004" }?["fields"] as? [String: String])
        #expect(arabicSheet["title_plain"] == (try Self.title(of: "seed-004", "ar")))
        #expect(arabicSheet["langid"] == "arabic")
    }

    @Test func citedBibTeXKeepsTheRecordAndItsQuote() throws {
        let entries = try #require(try parsed("bibtex", tahaluf(["cite", "iraqi-forces-trained", "--format", "bibtex"]))
                                   as? [[String: Any]])
        #expect(entries.compactMap { $0["key"] as? String } == ["seed-004", "seed-000"])
        let dostor = try #require(entries.last?["fields"] as? [String: String])
        #expect(dostor["note"]?.contains("«وحتى اليوم درب التحالف 126,500 من قوات الأمن العراقية»") == true)
        #expect(dostor["note"]?.contains("القوات العراقية المدرَّبة") == true)
    }

    @Test func exportedCSLJSONIsValidAndRendersInCiteproc() throws {
        let result = try #require(try parsed("csl-json", tahaluf(["export", "--format", "csl-json", "--lang", "ar"]))
                                  as? [String: Any])
        let items = try #require(result["items"] as? [[String: Any]])
        let rendered = try #require(result["rendered"] as? [String])
        #expect(items.compactMap { $0["id"] as? String } == (try sourceIds()))
        #expect(rendered.count == items.count)
        let arabicTitle = try Self.title(of: "seed-004", "ar")
        #expect(rendered.contains { $0.contains(arabicTitle) && $0.contains("https://www.state.gov/") })
        let sheet = try #require(items.first { $0["id"] as? String == "seed-004" })
        #expect((sheet["issued"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2019, 2, 6]])
        #expect(sheet["language"] as? String == "ar")
    }

    @Test func citedCSLJSONAndRISLoad() throws {
        let csl = try #require(try parsed("csl-json", tahaluf(["cite", "SAU", "counter-finance", "--format", "csl-json",
                                                               "--lang", "en"])) as? [String: Any])
        let items = try #require(csl["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { ($0["note"] as? String)?.isEmpty == false })
        let ris = try #require(try parsed("ris", tahaluf(["cite", "iraqi-forces-trained", "--format", "ris", "--lang", "en"]))
                               as? [[String: Any]])
        #expect(ris.compactMap { $0["id"] as? String } == ["seed-004", "seed-000"])
        #expect(ris.first?["type_of_reference"] as? String == "NEWS")
        #expect(ris.first?["year"] as? String == "2019")
        #expect((ris.last?["notes"] as? [String])?.contains { $0.contains("126.5 thousand") } == true)
    }

    /// A source whose title carries every LaTeX special character, braces and quotes: pybtex reads
    /// the title as one field holding exactly the escaped text (braces balanced, nothing spilling
    /// into the next field), and the fields after it are intact.
    @Test func latexSpecialsStayInsideTheirField() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tahaluf-cite-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["events", "members", "groups", "figures"] {
            try FileManager.default.copyItem(at: Paths.repositoryRoot.appendingPathComponent("Resources/\(name).json"),
                                             to: directory.appendingPathComponent("\(name).json"))
        }
        let sources = try Self.sources().map { source -> [String: Any] in
            guard source["id"] as? String == "seed-004", let title = source["title"] as? [String: String] else { return source }
            var changed = source
            changed["title"] = ["ar": title["ar"] ?? "", "en": #"50% of {funds} & #1 $ "quoted" A_B ~ ^ \ end}"#]
            return changed
        }
        try JSONSerialization.data(withJSONObject: sources).write(to: directory.appendingPathComponent("sources.json"))
        let output = try tahaluf(["export", "--format", "bibtex", "--lang", "en", "--data", directory.path])
        let entries = try #require(try parsed("bibtex", output) as? [[String: Any]])
        let sheet = try #require(entries.first { $0["key"] as? String == "seed-004" }?["fields"] as? [String: String])
        #expect(sheet["title"] == ##"50\% of \textbraceleft{}funds\textbraceright{} \& \#1 \$ "quoted" A\_B \textasciitilde{} \textasciicircum{} \textbackslash{} end\textbraceright{}"##)
        #expect(sheet["year"] == "2019")
        #expect(sheet["url"] == "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm")
        #expect(entries.count == (try sourceIds()).count)
    }

    @Test func unknownIdsAreNamedAndNothingIsPrinted() throws {
        let run = try CommandRun.tahaluf(["cite", "SAU", "no-such-record", "--format", "bibtex"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("unknown record id \"no-such-record\""))
    }

    @Test func textCitationIsArabicByDefault() throws {
        let text = try tahaluf(["cite", "iraqi-forces-trained"])
        #expect(text.hasPrefix("≠ القوات العراقية المدرَّبة"))
        #expect(text.contains("ملف البذرة: 000_895db97fb6067cf4.txt"))
    }

    @Test func dumpSourcesListsEverySourceWithItsCitingCount() throws {
        let lines = try tahaluf(["dump", "sources", "--lang", "en", "--logical"]).split(separator: "\n").map(String.init)
        #expect(lines.first == "# Sources")
        let ids = try sourceIds()
        #expect(lines.count == ids.count + 1)
        for (line, id) in zip(lines.dropFirst(), ids) { #expect(line.hasPrefix(id + " · ")) }
        #expect(lines.first { $0.hasPrefix("seed-004 · seed article · ") } != nil)
        let sheet = try #require(lines.first { $0.hasPrefix("seed-004 ") })
        #expect(sheet.contains("6 February 2019"))
        #expect(sheet.contains("https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm"))
        #expect(sheet.range(of: #"cited by \d+ records$"#, options: .regularExpression) != nil)
    }
}
