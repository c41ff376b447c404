import Foundation
import SharedValues
import Testing
@testable import CoalitionStore

/// `check` refuses what the display cannot show (issue 15, item 8): numbers outside their unit's
/// range and text that would reorder or hide the text around it; and an export never writes such
/// text raw, even for data that did not come through the loader.
@Suite struct DataRuleTests {
    /// The fixture with `changes` applied to `file` (each the first occurrence), and its problems
    /// (none when it loads).
    func problems(_ file: String, _ changes: [(String, String)], name: String = #function) -> [DataProblem] {
        let directory = Fixture.directory(changing: file, name: name) { text in
            changes.reduce(text) { text, change in
                guard let range = text.range(of: change.0) else { return text }
                return text.replacingCharacters(in: range, with: change.1)
            }
        }
        do {
            _ = try Store.load(directory: directory)
            return []
        } catch {
            return (error as? DataLoadError)?.problems ?? [DataProblem(file: "?", message: "\(error)")]
        }
    }

    static let outOfRange: [(unit: String, value: String)] = [
        ("count", "-5"), ("count", "2.5"), ("count", "1e308"), ("people", "-123456789"),
        ("countries", "251"), ("percent", "100.5"), ("percent", "-1"), ("usd", "-1"), ("usd", "1e300"),
        ("square-metres", "-0.5"),
    ]

    @Test(arguments: outOfRange)
    func aNumberOutsideItsUnitIsRefusedAtItsPlace(unit: String, value: String) throws {
        let problems = problems("figures.json", [("\"value\": 33000", "\"value\": \(value)"),
                                                 ("\"unit\": \"count\"", "\"unit\": \"\(unit)\"")])
        let p = try #require(problems.first { $0.field == "observations[0].value" }, "\(problems)")
        #expect(p.file == "figures.json" && p.record == "\"air-strikes\"" && p.line != nil)
        #expect(p.message.hasPrefix("expected a") && p.message.contains("for unit \"\(unit)\""), "\(p.message)")
    }

    static let inRange: [(unit: String, value: String)] = [
        ("count", "0"), ("people", "10000000000"), ("percent", "0"), ("percent", "99.5"), ("usd", "2500000.5"),
    ]

    @Test(arguments: inRange)
    func aNumberInsideItsUnitLoads(unit: String, value: String) {
        let problems = problems("figures.json", [("\"value\": 33000", "\"value\": \(value)"),
                                                 ("\"unit\": \"count\"", "\"unit\": \"\(unit)\"")])
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Written as JSON escapes and raw: both are refused, with the character named.
    static let refusedText: [(text: String, named: String)] = [
        ("\\u202eMarrakesh", "U+202E"), ("\u{202E}Marrakesh", "U+202E"), ("\\u202aMarrakesh\\u202c", "U+202A"),
        ("Marra\\ufeffkesh", "U+FEFF"), ("Marrakesh\\uffff", "U+FFFF"), ("Marrakesh\u{FFFE}", "U+FFFE"),
        ("\\u2067Marrakesh", "not closed"), ("Marrakesh\\u2069", "closes no isolate"),
        ("\\u2067Marra\\nkesh\\u2069", "not closed"), ("\\u0085Marrakesh", "U+0085"),
    ]

    @Test(arguments: refusedText)
    func textThatReordersOrHidesIsRefused(text: String, named: String) throws {
        let problems = problems("events.json", [("Ministerial meeting in Marrakesh", text)])
        let p = try #require(problems.first { $0.field == "title.en" }, "\(problems)")
        #expect(p.message.hasPrefix("text contains") && p.message.contains(named), "\(p.message)")
        #expect(p.line != nil)
    }

    /// Marks and balanced isolates are what correct Arabic text needs: they load.
    @Test(arguments: ["\\u2067Marrakesh\\u2069", "Marrakesh\\u200f 2022", "\\u2068a\\u2066b\\u2069c\\u2069", "Mar\\u061Crakesh"])
    func marksAndBalancedIsolatesLoad(text: String) {
        let problems = problems("events.json", [("Ministerial meeting in Marrakesh", text)])
        #expect(problems.isEmpty, "\(problems)")
    }

    /// A store built in memory (not checked by the loader) still exports no raw override, BOM,
    /// noncharacter or isolate: JSON writes them as `\uXXXX`, and loading the export back gives
    /// the same text.
    @Test func jsonExportEscapesWhatTheRuleRefuses() throws {
        var dataset = Fixture.dataset
        let hostile = "a\u{202E}b\u{FEFF}c\u{FFFF}d\u{2067}e\u{1FFFE}f\u{1B}g"
        dataset.events[0].title.en = hostile
        let json = try Exporter.json(Store(dataset: dataset))
        #expect(!json.unicodeScalars.contains { DataTextRule.mustEscapeInJSON($0) && $0 != "\n" && $0 != "\t" })
        #expect(json.contains("a\\u202eb\\ufeffc\\uffffd\\u2067e\\ud83f\\udffef\\u001bg"), "escaped, in order")
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let events = try #require(decoded?["events"] as? [[String: Any]])
        #expect((events[0]["title"] as? [String: String])?["en"] == hostile, "nothing is lost")
    }

    /// The rule for formats without escapes (CSV): what it refuses becomes visible `\u{…}` text;
    /// balanced isolates and marks stay; text that keeps the rule is unchanged.
    @Test func exportSafeEscapesOnlyWhatTheRuleRefuses() {
        #expect(DataTextRule.exportSafe("a\u{202E}b") == "a\\u{202E}b")
        #expect(DataTextRule.exportSafe("\u{2067}x\u{2069}\u{2069}") == "\u{2067}x\u{2069}\\u{2069}")
        #expect(DataTextRule.exportSafe("\u{2067}x\ny\u{2069}") == "\\u{2067}x\ny\\u{2069}")
        #expect(DataTextRule.exportSafe("مراكش\u{200F} 2022\tz") == "مراكش\u{200F} 2022\tz")
        #expect(DataTextRule.problem(in: "مراكش\u{200F} 2022\tz\nw") == nil)
    }
}
