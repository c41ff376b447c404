import Foundation
import Testing
@testable import CoalitionStore
import TahalufTestSupport

/// A small, hand-made dataset shaped like the real one, for loader, search and export tests.
enum Fixture {
    static func l(_ ar: String, _ en: String) -> Localized { Localized(ar: ar, en: en) }
    static let seed2 = [Citation(source: "seed-002", quote: "وعام 2022م في مراكش")]
    static let seed4 = [Citation(source: "seed-004")]

    static let dataset = Dataset(
        sources: [
            Source(id: "seed-002", file: "002_example.txt", outlet: l("الشرق الأوسط", "Asharq Al-Awsat"),
                   title: l("التحالف الدولي", "The international coalition"), published: FactDate(iso: "2022-05-11")),
            Source(id: "seed-004", file: "004_example.txt", outlet: l("وزارة الخارجية الأمريكية", "US Department of State"),
                   title: l("صحيفة وقائع", "Fact sheet"), published: nil,
                   dateNote: l("غير مؤرخ", "undated"), url: "https://www.state.gov/example"),
        ],
        events: [
            Event(id: "ministerial-2022-marrakesh", date: FactDate(iso: "2022-05-11")!, category: .ministerial,
                  title: l("الاجتماع الوزاري في مراكش", "Ministerial meeting in Marrakesh"),
                  summary: l("اجتماع وزاري للتحالف", "Coalition ministerial meeting"), place: l("مراكش", "Marrakesh"),
                  members: ["MAR"], groups: ["africa-focus"], sources: seed2),
            Event(id: "africa-focus-2021", date: FactDate(iso: "2021-12-02")!, category: .leadership,
                  title: l("إنشاء مجموعة التركيز على أفريقيا", "Africa Focus Group created in Brussels"),
                  summary: l("تمهيداً لاجتماع مراكش القادم", "Ahead of the coming Marrakesh meeting"),
                  place: l("بروكسل", "Brussels"), members: ["MAR", "NER", "USA", "ITA"], groups: ["africa-focus"],
                  sources: seed2,
                  notes: [l("النص يقول كانون الأول/سبتمبر", "The seed says December/September")]),
            Event(id: "ffis-2015", date: FactDate(iso: "2015-06-11")!, category: .stabilisation,
                  title: l("إطلاق صندوق تمويل الاستقرار الفوري", "Funding Facility for Immediate Stabilization (FFIS) launched"),
                  summary: l("صندوق لدعم المناطق المحررة في العراق", "A fund for liberated areas of Iraq"),
                  members: ["IRQ"], sources: seed4),
            Event(id: "ministerial-2016-brussels", date: FactDate(iso: "2016-06")!, category: .ministerial,
                  title: l("اجتماع وزاري", "Ministerial meeting"),
                  summary: l("عقد في بروكسل", "Held in Brussels, among others"), members: [], sources: seed4),
            Event(id: "ministerial-2014-paris", date: FactDate(iso: "2014")!, category: .ministerial,
                  title: l("مؤتمر باريس", "Paris conference"), summary: l("مؤتمر دولي", "International conference"),
                  place: l("باريس", "Paris"), members: ["USA"], figures: ["air-strikes"], sources: seed4),
        ],
        members: [
            Member(code: "MAR", kind: .state, name: l("المغرب", "Morocco"), region: .mena, tile: Tile(x: 10, y: 8),
                   sources: seed2),
            Member(code: "NER", kind: .state, name: l("النيجر", "Niger"), region: .subSaharanAfrica, tile: Tile(x: 12, y: 10),
                   sources: seed2),
            Member(code: "NGA", kind: .state, name: l("نيجيريا", "Nigeria"), region: .subSaharanAfrica,
                   tile: Tile(x: 12, y: 11), sources: seed2),
            Member(code: "USA", kind: .state, name: l("الولايات المتحدة", "United States"), region: .americas,
                   tile: Tile(x: 3, y: 5), roles: [Role(kind: .troops, text: l("قوات", "Troops"), sources: seed4)], sources: seed4),
            Member(code: "SAU", kind: .state, name: l("السعودية", "Saudi Arabia"), region: .mena, tile: Tile(x: 14, y: 9),
                   roles: [Role(kind: .donor, text: l("تبرعت بمبلغ ١٠٠ مليون دولار", "Gave $100 million, \"for stabilisation\""),
                                amount: Amount(value: 100_000_000, unit: .usd), sources: seed4)], sources: seed4),
            Member(code: "ITA", kind: .state, name: l("إيطاليا", "Italy"), region: .europe, tile: Tile(x: 11, y: 5),
                   sources: seed2),
            Member(code: "IRQ", kind: .state, name: l("العراق", "Iraq"), region: .mena, tile: Tile(x: 15, y: 7),
                   theatre: true, sources: seed4),
            Member(code: "EUU", kind: .organisation, name: l("الاتحاد الأوروبي", "European Union"), region: .international,
                   tile: Tile(x: 1, y: 1), sources: seed4),
        ],
        groups: [
            WorkingGroup(id: "counter-finance", kind: .workingGroup, name: l("مجموعة مكافحة تمويل داعش", "Counter-ISIS Finance Group"),
                         short: l("التمويل", "CIFG"), coChairs: ["SAU", "USA", "ITA"],
                         mandate: l("تجفيف موارد داعش", "Cut off Daesh's funding"), resolutions: ["UNSCR 2178"],
                         sources: seed4),
            WorkingGroup(id: "africa-focus", kind: .focusGroup, name: l("مجموعة التركيز على أفريقيا", "Africa Focus Group"),
                         short: l("أفريقيا", "Africa"), coChairs: ["MAR", "NER", "USA", "ITA"],
                         mandate: l("مواجهة داعش في أفريقيا، بما فيها منطقة ترانسنيجر", "Counter Daesh in Africa, e.g. the Transniger zone"),
                         founded: FactDate(iso: "2021-12-02"), sources: seed2),
            WorkingGroup(id: "small-group", kind: .smallGroup, name: l("المجموعة المصغرة", "Small Group"),
                         short: l("المصغرة", "Small"), members: ["USA", "SAU", "MAR", "USA"],
                         mandate: l("توجيه التحالف", "Steers the coalition"), sources: seed4),
        ],
        figures: [
            Figure(id: "air-strikes", theme: .military, title: l("الضربات الجوية", "Air strikes"),
                   observations: [
                       Observation(value: 33000, qualifier: .moreThan, unit: .count, asOf: FactDate(iso: "2019-02"),
                                   counts: l("غارات جوية", "air strikes"), source: seed4[0]),
                       Observation(value: 35000, unit: .count, asOf: FactDate(iso: "2020-09-08"),
                                   counts: l("غارات جوية", "air strikes"), source: seed2[0]),
                   ],
                   disagreement: Disagreement(kind: .series, reason: l("عدّ لاحق", "a later count")), members: ["USA"]),
        ])

    static var store: Store { Store(dataset: dataset) }

    /// A new empty directory under the system's temporary directory.
    static func temporaryDirectory(_ name: String = #function) -> String {
        let path = NSTemporaryDirectory() + "tahaluf-store-tests/" + name.filter(\.isLetter) + "-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The fixture written as a data directory, with one file's text changed by `change`.
    static func directory(changing file: String? = nil, name: String = #function,
                          _ change: (String) -> String = { $0 }) -> String {
        let path = temporaryDirectory(name)
        try! DatasetWriter.write(dataset, to: path)
        if let file {
            let url = URL(fileURLWithPath: path + "/" + file)
            let text = try! String(contentsOf: url, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the change to \(file) must apply")
            try! changed.write(to: url, atomically: true, encoding: .utf8)
        }
        return path
    }

    /// The problems loading `directory` reports; records a test failure if it loads.
    ///
    /// Loads twice: as a small data set (events decoded in memory) and with `events.json` read in
    /// pieces as a large one is (`EventFileReader`), and expects the same report from both, so
    /// that every loader test also checks the large-file path's messages and positions.
    static func problems(_ directory: String, sourceLocation: SourceLocation = #_sourceLocation) -> [DataProblem] {
        func load(inPiecesFrom threshold: Int) -> [DataProblem] {
            do {
                _ = try Store.load(directory: directory, eventsInPiecesFrom: threshold)
                Issue.record("expected the load to fail", sourceLocation: sourceLocation)
                return []
            } catch let error as DataLoadError {
                return error.problems
            } catch {
                Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
                return []
            }
        }
        let inMemory = load(inPiecesFrom: .max), inPieces = load(inPiecesFrom: 0)
        #expect(inPieces.map(\.description) == inMemory.map(\.description), "events.json read in pieces reports differently",
                sourceLocation: sourceLocation)
        return inMemory
    }

    /// The 1-based line of the first occurrence of `marker` in a file of `directory`.
    static func line(of marker: String, in file: String, of directory: String, occurrence: Int = 1) -> Int? {
        guard let text = try? String(contentsOfFile: directory + "/" + file, encoding: .utf8) else { return nil }
        var searchStart = text.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            guard let range = text.range(of: marker, range: searchStart..<text.endIndex) else { return nil }
            found = range
            searchStart = range.upperBound
        }
        guard let found else { return nil }
        return text[..<found.lowerBound].filter { $0 == "\n" }.count + 1
    }
}
