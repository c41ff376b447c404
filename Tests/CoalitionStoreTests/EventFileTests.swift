import Foundation
import Testing
@testable import CoalitionStore
import TahalufTestSupport

/// The large-file path (`EventFileReader`, `EventScanner`, `ScanAhead`, `EventFile`) gives what the
/// in-memory path gives. (`Fixture.problems` checks the same for every loader error test.)
@Suite struct EventFileTests {
    static let bundled = DataLocator.bundledDirectory()!

    @Test func theBundledEventsReadInPiecesAreTheSameEvents() throws {
        let inMemory = try DatasetLoader.load(directory: Self.bundled)
        let inPieces = try DatasetLoader.load(directory: Self.bundled, eventsInPiecesFrom: 0)
        guard case .file = inPieces.events.table.backing else {
            Issue.record("events.json was not read in pieces")
            return
        }
        #expect(Array(inPieces.events) == Array(inMemory.events))
        #expect(inPieces == inMemory)
        let a = Store(dataset: inMemory), b = Store(dataset: inPieces)
        #expect(a.eventsByDate.map(\.id) == b.eventsByDate.map(\.id))
        for query in ["مراكش", "air", "004", "الباغوز"] {
            #expect(a.search(query).map(\.ref) == b.search(query).map(\.ref), "search \(query)")
        }
        for source in inMemory.sources.map(\.id) {
            #expect(a.uses(ofSource: source) == b.uses(ofSource: source))
        }
    }

    /// The helper on the other core starts at a guessed record boundary; wherever that lands, the
    /// result is what one core reads. The second data set puts `}, {` inside a text at the middle.
    @Test(arguments: [false, true])
    func scanningAheadGivesWhatOneCoreReads(trap: Bool) throws {
        var dataset = SyntheticData.make(events: 3000, members: 60, seed: 9)
        if trap {
            var events = Array(dataset.events)
            for i in stride(from: 1000, to: 2000, by: 3) {
                events[i].summary.en = "a text with a record boundary inside: }, {\"id\": \"fake\"} , { and more"
            }
            dataset.events = EventList(events)
        }
        let directory = Fixture.temporaryDirectory("scanAhead\(trap)")
        try DatasetWriter.write(dataset, to: directory)
        let oneCore = try DatasetLoader.load(directory: directory, eventsInPiecesFrom: 0, aheadFrom: .max)
        let twoCores = try DatasetLoader.load(directory: directory, eventsInPiecesFrom: 0, aheadFrom: 0)
        #expect(oneCore.events.count == 3000)
        #expect(twoCores.events.map(\.id) == oneCore.events.map(\.id))
        #expect(twoCores == oneCore)
        #expect(twoCores == dataset)
    }

    /// A duplicate id in the half read ahead is reported like one in the first half.
    @Test func aDuplicateInTheSecondHalfIsNamedWithBothPlaces() throws {
        var events = Array(SyntheticData.make(events: 2000, members: 40, seed: 4).events)
        events[1800].id = events[10].id
        let directory = Fixture.temporaryDirectory()
        try DatasetWriter.write(Dataset(sources: SyntheticData.make(events: 0, members: 40, seed: 4).sources, events: events,
                                        members: SyntheticData.make(events: 0, members: 40, seed: 4).members,
                                        groups: SyntheticData.make(events: 0, members: 40, seed: 4).groups,
                                        figures: SyntheticData.make(events: 0, members: 40, seed: 4).figures), to: directory)
        func problems(aheadFrom: Int) -> [String] {
            do {
                _ = try DatasetLoader.load(directory: directory, eventsInPiecesFrom: 0, aheadFrom: aheadFrom)
                return []
            } catch let error as DataLoadError {
                return error.problems.map(\.description)
            } catch {
                return ["\(error)"]
            }
        }
        let inMemory = problems(aheadFrom: .max)
        #expect(inMemory.count == 1)
        #expect(inMemory.first?.contains("duplicate event id") == true)
        #expect(problems(aheadFrom: 0) == inMemory)
    }

    /// Fuzzing the fast path against the full decoder: records broken at random places must never
    /// be accepted by the fast path unless the full decoder accepts them too, with the same columns.
    @Test func theFastPathNeverAcceptsWhatTheDecoderRefuses() throws {
        let dataset = try DatasetLoader.load(directory: Self.bundled)
        let names = EventScanner.Names(dataset)
        let records: [[UInt8]] = Array(dataset.events).map { event in
            var out = ""
            JSONWriter.write(RecordJSON.event(event), expandDepth: 1, to: &out)
            return Array(out.utf8)
        }
        let pieces: [[UInt8]] = ["\"", "\\", "{", "}", "[", "]", ",", ":", "null", "\\u202e", "\\u0000", "\\ud800", "\\n", "\\r",
                                 " ", "0", "2019-02-30", "ZZZ", "\"members\": [\"XXX\"],", "\"id\": \"x\",", "\u{2067}", "\u{FEFF}",
                                 "\u{85}", "\u{A0}"].map { Array($0.utf8) } + [[0x00], [0x1F], [0x7F], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xFF]]
        var random = SplitMix64(seed: 20261206)
        var accepted = 0, checked = 0
        for _ in 0..<4000 {
            var bytes = records[random.below(records.count)]
            for _ in 0..<(1 + random.below(3)) {
                let at = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes.replaceSubrange(at..<min(bytes.count, at + random.below(3)), with: pieces[random.below(pieces.count)])
                case 1: bytes.remove(at: at)
                default: bytes.insert(contentsOf: pieces[random.below(pieces.count)], at: at)
                }
            }
            var scanner = EventScanner(names: names)
            let outcome = bytes.withUnsafeBufferPointer { scanner.scan($0, from: 0) }
            guard case .record(let end) = outcome else { continue }
            checked += 1
            let context = DecodeContext.declaring(dataset)
            let node = try? JSONParser.parse(Array(bytes[..<end]))
            let event = node.flatMap {
                RecordDecoding.record($0, index: 0, kind: .event, keys: RecordDecoding.Keys.event, file: "events.json",
                                      context: context, declares: false, RecordDecoding.event)
            }
            guard let event, context.problems.isEmpty else {
                Issue.record("the fast path accepted a record the decoder refuses: \(String(decoding: bytes[..<end], as: UTF8.self))")
                continue
            }
            accepted += 1
            let columns = EventColumns([event])
            #expect(String(decoding: bytes[scanner.id], as: UTF8.self) == event.id)
            #expect(scanner.dateKey == columns.dateKeys[0])
            #expect(scanner.category == columns.categories[0])
            #expect(scanner.memberWords.map(names.members.string) == event.members)
            #expect(scanner.groupWords.map(names.groups.string) == event.groups)
            #expect(scanner.sourceWords.map(names.sources.string) == event.sources.map(\.source))
        }
        #expect(checked > 100, "too few mutated records reached the check: \(checked)")
        #expect(accepted == checked)
    }

    /// A record read back after the file changed comes back as a placeholder, not as another event.
    @Test func aFileChangedAfterLoadingGivesAPlaceholder() throws {
        let directory = Fixture.temporaryDirectory()
        try DatasetWriter.write(SyntheticData.make(events: 50, members: 20, seed: 2), to: directory)
        let store = try Store.load(directory: directory, eventsInPiecesFrom: 0)
        let path = directory + "/events.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"changed-")
        try FileHandle(forWritingAtPath: path)!.write(contentsOf: Data(text.utf8))
        let event = store.eventsByDate[40]
        #expect(event.id == store.eventsByDate.id(at: 40))
        #expect(event.title.en.contains("changed after it was loaded"))
    }
}
