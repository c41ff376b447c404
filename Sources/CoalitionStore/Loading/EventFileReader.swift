#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a large `events.json` (a user's 100,000 or 1,000,000 events) in pieces of 8 MiB: each
/// record is checked by the fast path (`EventScanner`) or, when it is unusual, by the full decoder
/// with the same messages as for a small file; only the columns and where each record lies are
/// kept (`EventFile`). Memory stays near the columns' size whatever the file's.
///
/// Limits instead of a file size: a record at most `maximumRecordBytes`, a text at most
/// `JSONParser.maximumTextBytes`, nesting at most `JSONParser.maximumDepth`, at most
/// `maximumEvents` events. Each says what to do when it is reached.
struct EventFileReader {
    /// Files smaller than this are read whole and decoded in memory (the bundled data: 70 KiB).
    static let readInPiecesFrom = 1 << 20
    static let maximumRecordBytes = 16 << 20
    static let maximumEvents = 10_000_000
    private static let pieceBytes = 8 << 20

    enum Result {
        /// The file is small: read it whole.
        case small
        case table(EventTable)
        /// Problems were reported.
        case failed
    }

    private let path: String
    private let file = DatasetFiles.events
    private let context: DecodeContext
    private let descriptor: Int32
    private var window: FileWindow
    /// The second half of the file, scanned on the other core (large files only).
    private var ahead = Ahead.none
    private enum Ahead {
        case none
        /// The helper is at work from `guess` (its first record is at or after it).
        case running(ScanAhead, guess: Int)
        case found(ScanAhead.Result)
    }
    private var columns = EventColumns()
    /// Records read so far, refused ones included (they name a record without an id: `#12`).
    private var recordCount = 0
    private var starts: [Int64] = []
    private var lengths: [UInt32] = []
    private var scanner: EventScanner

    /// `aheadFrom`: the size from which the second half is scanned on the other core (tests set it low).
    static func read(path: String, context: DecodeContext, dataset: Dataset, threshold: Int = readInPiecesFrom,
                     aheadFrom: Int = ScanAhead.minimumSize) -> Result {
        let descriptor: Int32, size: Int
        switch FileReader.open(path) {
        case .failure(let refusal):
            context.report(DatasetFiles.events, nil, refusal.message)
            return .failed
        case .success(let opened): (descriptor, size) = opened
        }
        guard size >= threshold else {
            close(descriptor)
            return .small
        }
        var reader = EventFileReader(path: path, context: context, descriptor: descriptor, dataset: dataset)
        // Real and generated events take 400 to 1,200 bytes; room for the smaller guess.
        reader.columns.reserve(size / 400, idBytes: size / 400 * 24)
        reader.starts.reserveCapacity(size / 400)
        reader.lengths.reserveCapacity(size / 400)
        if size >= aheadFrom {
            reader.ahead = .running(ScanAhead(descriptor: descriptor, size: size, names: reader.scanner.names,
                                              pieceBytes: pieceBytes), guess: size / 2)
        }
        let read = reader.readList()
        if case .running(let helper, _) = reader.ahead { helper.cancel() }
        if let error = reader.window.readError {
            context.report(DatasetFiles.events, nil, "cannot read the file (\(String(cString: strerror(error)))) (\(path))")
        }
        guard read else {
            close(descriptor)
            return .failed
        }
        let columns = reader.columns
        let events = EventFile(file: DatasetFiles.events, descriptor: descriptor, starts: reader.starts,
                               lengths: reader.lengths, ids: { columns.id($0) })
        return .table(EventTable(columns: columns, backing: .file(events)))
    }

    private init(path: String, context: DecodeContext, descriptor: Int32, dataset: Dataset) {
        self.path = path; self.context = context; self.descriptor = descriptor
        window = FileWindow(descriptor: descriptor, from: 0, capacity: EventFileReader.pieceBytes)
        scanner = EventScanner(names: EventScanner.Names(dataset))
        columns.setNames(members: scanner.names.members, groups: scanner.names.groups, sources: scanner.names.sources)
    }

    // MARK: The list

    /// Reads `[record, record, ...]`; false when the file is not such a list (reported).
    private mutating func readList() -> Bool {
        window.refill()
        if window.withBytes({ $0.count >= 3 && $0[0] == 0xEF && $0[1] == 0xBB && $0[2] == 0xBF }) { window.position = 3 }
        guard let first = window.nextNonSpace() else { return fail("the file is empty (expected a JSON value)", truncated: true) }
        guard first == UInt8(ascii: "[") else {
            return fail("expected a list of records ([...]), found \(EventFileReader.typeName(first))", syntax: false)
        }
        window.position += 1
        guard let afterOpen = window.nextNonSpace() else { return fail("the file ends inside a list (missing ']')", truncated: true) }
        if afterOpen == UInt8(ascii: "]") { window.position += 1; return readEnd() }
        while true {
            guard columns.count < EventFileReader.maximumEvents else {
                return fail("more than \(EventFileReader.maximumEvents) events; split them over several data directories", syntax: false)
            }
            if !adoptAhead() {
                guard readRecord() else { return false }
            }
            guard let separator = window.nextNonSpace() else { return fail("the file ends inside a list (missing ']')", truncated: true) }
            window.position += 1
            if separator == UInt8(ascii: "]") { return readEnd() }
            guard separator == UInt8(ascii: ",") else {
                window.position -= 1
                return fail("expected ',' or ']' after a list element, found \(describeHere())")
            }
            guard window.nextNonSpace() != nil else { return fail("the file ends where a value was expected", truncated: true) }
        }
    }

    private mutating func readEnd() -> Bool {
        guard window.nextNonSpace() == nil else { return fail("unexpected \(describeHere()) after the end of the JSON value") }
        return true
    }

    /// One record at `position`: the fast path, else the full decoder. False on a syntax error.
    private mutating func readRecord() -> Bool {
        while true {
            let outcome = window.withBytes { scanner.scan($0, from: window.position) }
            switch outcome {
            case .record(let end):
                let id = scanner.id
                window.withBytes { appendRow(id: UnsafeBufferPointer(rebasing: $0[id]), idOffset: window.base + id.lowerBound - 1,
                                             dateKey: scanner.dateKey, category: scanner.category) }
                columns.appendLinks(members: scanner.memberWords, groups: scanner.groupWords, sources: scanner.sourceWords)
                keep(end)
                return true
            case .needMore where !window.atEnd:
                guard window.filled - window.position < EventFileReader.maximumRecordBytes else {
                    return fail("a record longer than \(EventFileReader.maximumRecordBytes >> 20) MiB; keep long texts "
                                + "in files of their own and quote the passage that matters", syntax: false)
                }
                window.refill()
            case .needMore, .unusual:
                return decodeInFull()
            }
        }
    }

    /// The full decoder on the record at `position`: every problem reported at its place.
    private mutating func decodeInFull() -> Bool {
        while true {
            let position = window.position
            let parsed: Swift.Result<(node: JSONNode, end: Int), JSONSyntaxError> = window.withBytes { bytes in
                Swift.Result { () throws(JSONSyntaxError) in try JSONParser.parsePrefix(UnsafeBufferPointer(rebasing: bytes[position...])) }
            }
            switch parsed {
            case .failure(let error) where error.truncated && !window.atEnd
                                            && window.filled - position < EventFileReader.maximumRecordBytes:
                window.refill()
                continue
            case .failure(let error) where error.truncated && !window.atEnd:
                return fail("a record longer than \(EventFileReader.maximumRecordBytes >> 20) MiB; keep long texts "
                            + "in files of their own and quote the passage that matters", syntax: false)
            case .failure(let error):
                let prefix = error.truncated ? "the file ends early (truncated?): " : "malformed JSON: "
                context.report(file, window.offset + error.offset, prefix + error.message)
                return false
            case .success(let (node, end)):
                let start = window.offset
                let record = node.shifted(by: start)
                let event = RecordDecoding.record(record, index: recordCount, kind: .event, keys: RecordDecoding.Keys.event,
                                                  file: file, context: context, declares: false, RecordDecoding.event)
                if let event {
                    if let first = columns.event(withID: event.id) {
                        let idOffset = EventFileReader.idNode(of: record)?.offset ?? start
                        reportDuplicate(event.id, offset: idOffset, first: first)
                    }
                    columns.append(event)
                }
                keep(position + end, kept: event != nil)
                return true
            }
        }
    }

    /// Moves past a record; `kept`: it is in the columns, so its place is kept too (rows of the
    /// columns and of `starts` stay the same; a refused record has neither).
    private mutating func keep(_ end: Int, kept: Bool = true) {
        recordCount += 1
        if kept {
            starts.append(Int64(window.offset))
            lengths.append(UInt32(end - window.position))
        }
        window.position = end
    }

    /// Adds a row from the fast path's columns, after the duplicate check. `idOffset` nil: the
    /// record is already in `starts` and its id's place is read back if needed.
    private mutating func appendRow(id: UnsafeBufferPointer<UInt8>, idOffset: Int?, dateKey: Int32, category: UInt8) {
        let row = columns.count
        if let first = columns.append(id: id, dateKey: dateKey, category: category) {
            reportDuplicate(String(decoding: id, as: UTF8.self), offset: idOffset ?? self.idOffset(ofRecord: row), first: first)
        }
    }

    /// At the record where the helper on the other core started (`ScanAhead`), takes its records
    /// and moves past them; true if it did. Past that place without meeting it, stops the helper.
    private mutating func adoptAhead() -> Bool {
        if case .running(let helper, let guess) = ahead, window.offset >= guess {
            ahead = helper.join().map { .found($0) } ?? .none
        }
        guard case .found(let found) = ahead, window.offset >= found.start else { return false }
        ahead = .none
        guard window.offset == found.start, found.count > 0 else { return false }
        for i in 0..<found.count {
            guard columns.count < EventFileReader.maximumEvents else { break }
            let idStart = Int(found.idBounds[i]), idEnd = Int(found.idBounds[i + 1])
            starts.append(found.starts[i])
            lengths.append(found.lengths[i])
            recordCount += 1
            found.idBytes.withUnsafeBufferPointer {
                appendRow(id: UnsafeBufferPointer(rebasing: $0[idStart..<idEnd]), idOffset: nil,
                          dateKey: found.dateKeys[i], category: found.categories[i])
            }
            func words(_ items: [UInt32], _ bounds: [UInt32]) -> ArraySlice<UInt32> { items[Int(bounds[i])..<Int(bounds[i + 1])] }
            columns.appendLinks(members: words(found.members, found.memberBounds), groups: words(found.groups, found.groupBounds),
                                sources: words(found.sources, found.sourceBounds))
        }
        window.seek(to: found.end)
        window.refill()
        return true
    }

    private func reportDuplicate(_ id: String, offset: Int, first: Int) {
        context.reportDuplicate(.event, id, file: file, offset: offset, firstOffset: idOffset(ofRecord: first))
    }

    /// Where record `row`'s id is in the file, read back from it (only for a duplicate's message).
    private func idOffset(ofRecord row: Int) -> Int {
        let count = Int(lengths[row])
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, count, off_t(starts[row])) }
        guard read == count, let node = try? JSONParser.parse(bytes), let id = EventFileReader.idNode(of: node) else {
            return Int(starts[row])
        }
        return Int(starts[row]) + id.offset
    }

    private static func idNode(of record: JSONNode) -> JSONNode? {
        guard case .object(let members) = record.value else { return nil }
        return members.first { $0.key == "id" }?.node
    }

    // MARK: Bytes

    private func describeHere() -> String {
        let position = window.position
        return window.withBytes { JSONParser.describe($0, at: position) }
    }

    /// Reports a problem at `position` and stops: `syntax` problems are worded as the parser's.
    private func fail(_ message: String, truncated: Bool = false, syntax: Bool = true) -> Bool {
        let prefix = !syntax ? "" : (truncated ? "the file ends early (truncated?): " : "malformed JSON: ")
        context.report(file, window.offset, prefix + message)
        return false
    }

    private static func typeName(_ first: UInt8) -> String {
        switch first {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "\""): return "text"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "true/false"
        case UInt8(ascii: "n"): return "null"
        default: return "a number"
        }
    }
}

