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
    static let maximumRecordBytes = 1 << 20
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
    private var buffer: [UInt8]
    /// File offset of `buffer[0]`; bytes `position..<filled` are still to be read.
    private var base = 0
    private var position = 0
    private var filled = 0
    private var atEnd = false
    private var columns = EventColumns()
    private var starts: [Int64] = []
    private var lengths: [UInt32] = []
    private var scanner: EventScanner

    static func read(path: String, context: DecodeContext, dataset: Dataset, threshold: Int = readInPiecesFrom) -> Result {
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
        guard reader.readList() else {
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
        buffer = [UInt8](repeating: 0, count: EventFileReader.pieceBytes)
        func names(_ ids: [String]) -> WordTable {
            var table = WordTable()
            for id in ids { var id = id; _ = id.withUTF8 { table.intern($0) } }
            return table
        }
        let members = names(dataset.members.map(\.code)), groups = names(dataset.groups.map(\.id))
        let sources = names(dataset.sources.map(\.id))
        scanner = EventScanner(members: members, groups: groups, figures: names(dataset.figures.map(\.id)), sources: sources)
        columns.setNames(members: members, groups: groups, sources: sources)
    }

    // MARK: The list

    /// Reads `[record, record, ...]`; false when the file is not such a list (reported).
    private mutating func readList() -> Bool {
        refill()
        if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
        guard let first = nextNonSpace() else { return fail("the file is empty (expected a JSON value)", truncated: true) }
        guard first == UInt8(ascii: "[") else {
            return fail("expected a list of records ([...]), found \(EventFileReader.typeName(first))", syntax: false)
        }
        position += 1
        guard let afterOpen = nextNonSpace() else { return fail("the file ends inside a list (missing ']')", truncated: true) }
        if afterOpen == UInt8(ascii: "]") { position += 1; return readEnd() }
        while true {
            guard columns.count < EventFileReader.maximumEvents else {
                return fail("more than \(EventFileReader.maximumEvents) events; split them over several data directories", syntax: false)
            }
            guard readRecord() else { return false }
            guard let separator = nextNonSpace() else { return fail("the file ends inside a list (missing ']')", truncated: true) }
            position += 1
            if separator == UInt8(ascii: "]") { return readEnd() }
            guard separator == UInt8(ascii: ",") else {
                position -= 1
                return fail("expected ',' or ']' after a list element, found \(describeHere())")
            }
            guard nextNonSpace() != nil else { return fail("the file ends where a value was expected", truncated: true) }
        }
    }

    private mutating func readEnd() -> Bool {
        guard nextNonSpace() == nil else { return fail("unexpected \(describeHere()) after the end of the JSON value") }
        return true
    }

    /// One record at `position`: the fast path, else the full decoder. False on a syntax error.
    private mutating func readRecord() -> Bool {
        while true {
            let outcome = buffer.withUnsafeBufferPointer { scanner.scan(UnsafeBufferPointer(rebasing: $0[..<filled]), from: position) }
            switch outcome {
            case .record(let end):
                let id = scanner.id
                let duplicate = buffer.withUnsafeBufferPointer { columns.event(withID: UnsafeBufferPointer(rebasing: $0[id])) }
                if let first = duplicate {
                    let text = String(decoding: buffer[id], as: UTF8.self)
                    reportDuplicate(text, offset: base + id.lowerBound - 1, first: first)
                }
                buffer.withUnsafeBufferPointer { columns.append(id: UnsafeBufferPointer(rebasing: $0[id]), dateKey: scanner.dateKey,
                                                                category: scanner.category) }
                scanner.memberWords.withUnsafeBufferPointer { m in
                    scanner.groupWords.withUnsafeBufferPointer { g in
                        scanner.sourceWords.withUnsafeBufferPointer { s in columns.appendLinks(members: m, groups: g, sources: s) }
                    }
                }
                keep(end)
                return true
            case .needMore where !atEnd:
                guard filled - position < EventFileReader.maximumRecordBytes else {
                    return fail("a record longer than \(EventFileReader.maximumRecordBytes >> 20) MiB; keep long texts "
                                + "in a file of their own and quote the passage that matters", syntax: false)
                }
                refill()
            case .needMore, .unusual:
                return decodeInFull()
            }
        }
    }

    /// The full decoder on the record at `position`: every problem reported at its place.
    private mutating func decodeInFull() -> Bool {
        while true {
            let parsed: Swift.Result<(node: JSONNode, end: Int), JSONSyntaxError> = buffer.withUnsafeBufferPointer { bytes in
                Swift.Result { () throws(JSONSyntaxError) in try JSONParser.parsePrefix(UnsafeBufferPointer(rebasing: bytes[position..<filled])) }
            }
            switch parsed {
            case .failure(let error) where error.truncated && !atEnd && filled - position < EventFileReader.maximumRecordBytes:
                refill()
                continue
            case .failure(let error):
                let prefix = error.truncated ? "the file ends early (truncated?): " : "malformed JSON: "
                context.report(file, base + position + error.offset, prefix + error.message)
                return false
            case .success(let (node, end)):
                let start = base + position
                let record = node.shifted(by: start)
                let event = RecordDecoding.record(record, index: columns.count, kind: .event, keys: RecordDecoding.Keys.event,
                                                  file: file, context: context, declares: false, RecordDecoding.event)
                if let event {
                    if let first = columns.event(withID: event.id) {
                        let idOffset = EventFileReader.idNode(of: record)?.offset ?? start
                        reportDuplicate(event.id, offset: idOffset, first: first)
                    }
                    columns.append(event)
                }
                keep(position + end)
                return true
            }
        }
    }

    private mutating func keep(_ end: Int) {
        starts.append(Int64(base + position))
        lengths.append(UInt32(end - position))
        position = end
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

    /// Moves what is left to the front and reads more behind it (growing the buffer for a record
    /// longer than it, up to the record limit).
    private mutating func refill() {
        if position > 0 {
            buffer.withUnsafeMutableBytes { raw in
                _ = memmove(raw.baseAddress!, raw.baseAddress! + position, filled - position)
            }
            base += position
            filled -= position
            position = 0
        }
        if filled == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        while filled < buffer.count {
            let count = buffer.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 {
                context.report(file, nil, "cannot read the file (\(FileReader.describeErrno())) (\(path))")
                atEnd = true
                return
            }
            if count == 0 { atEnd = true; return }
            filled += count
        }
    }

    /// The next byte that is not white space (not consumed), reading more as needed; nil at the end.
    private mutating func nextNonSpace() -> UInt8? {
        while true {
            while position < filled {
                switch buffer[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return buffer[position]
                }
            }
            if atEnd { return nil }
            refill()
        }
    }

    private func describeHere() -> String {
        guard position < filled else { return "the end of the file" }
        var end = position + 1
        while end < filled, end - position < 4, buffer[end] & 0xC0 == 0x80 { end += 1 }
        return "'\(String(decoding: buffer[position..<end], as: UTF8.self))'"
    }

    /// Reports a problem at `position` and stops: `syntax` problems are worded as the parser's.
    private func fail(_ message: String, truncated: Bool = false, syntax: Bool = true) -> Bool {
        let prefix = !syntax ? "" : (truncated ? "the file ends early (truncated?): " : "malformed JSON: ")
        context.report(file, base + position, prefix + message)
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

/// The C library's `read`, named apart from `EventFileReader.read`.
private func readBytes(_ descriptor: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, into, count)
}
