import SharedValues

/// The second half of a large event file, scanned on the other core while the loader reads the
/// first half: from a guessed record boundary near the middle (`}`, `,`, `{` with white space
/// between), with the fast path only, until the end or the first unusual record.
///
/// The guess may be wrong (those bytes could be inside a text), so the loader adopts the result
/// only when its own reading arrives exactly at `start` at the start of a record: the bytes from
/// there are then read the same way by both, and nothing else is trusted. Otherwise the work is
/// dropped. Either way the result is what a one-core read gives.
final class ScanAhead: @unchecked Sendable {
    // @unchecked: the worker thread writes `result` and reads `cancelled` (a Locked); the loader
    // reads `result` only after `join`, which orders the two.

    /// What the worker found: records from `start`, the last ending at `end`.
    struct Result {
        var start = 0
        var end = 0
        var starts: [Int64] = []
        var lengths: [UInt32] = []
        var dateKeys: [Int32] = []
        var categories: [UInt8] = []
        var idBytes: [UInt8] = []
        var idBounds: [UInt32] = [0]
        var members: [UInt32] = [], memberBounds: [UInt32] = [0]
        var groups: [UInt32] = [], groupBounds: [UInt32] = [0]
        var sources: [UInt32] = [], sourceBounds: [UInt32] = [0]

        var count: Int { starts.count }
    }

    /// Files smaller than this are read on one core: a thread is not worth it.
    static let minimumSize = 16 << 20

    private var result: Result?
    private let cancelled = Locked(false)
    /// Nil once joined, or if no thread could start (then there is no result: one core reads all).
    private var worker: WorkerThread?

    /// Starts the worker on the half of the file from `size / 2`: its first record is the first
    /// plausible one at or after that offset.
    init(descriptor: Int32, size: Int, names: EventScanner.Names, pieceBytes: Int) {
        worker = WorkerThread.start { [self] in
            self.result = ScanAhead.scan(descriptor: descriptor, from: size / 2, names: names, pieceBytes: pieceBytes,
                                         cancelled: self.cancelled)
        }
    }

    /// Waits for the worker and returns what it found (nil if it found nothing usable).
    func join() -> Result? {
        worker?.join()
        worker = nil
        return result
    }

    /// Tells the worker to stop and waits for it.
    func cancel() {
        cancelled.withLock { $0 = true }
        _ = join()
        result = nil
    }

    private static func scan(descriptor: Int32, from guess: Int, names: EventScanner.Names, pieceBytes: Int,
                             cancelled: Locked<Bool>) -> Result? {
        var window = FileWindow(descriptor: descriptor, from: guess, capacity: pieceBytes)
        window.refill()
        var scanner = EventScanner(names: names)
        // A `}, {` inside a record (between two citations) looks like a boundary too: try the
        // next candidate until one starts a valid event.
        var start: Int?
        for _ in 0..<256 {
            guard let candidate = boundary(in: &window) else { return nil }
            if case .record = window.withBytes({ scanner.scan($0, from: window.position) }) {
                start = candidate
                break
            }
            window.position += 1
        }
        guard let start else { return nil }
        var result = Result(start: start, end: start)
        while true {
            if result.count % 4096 == 0, cancelled.withLock({ $0 }) { return nil }
            let outcome = window.withBytes { scanner.scan($0, from: window.position) }
            switch outcome {
            case .needMore where !window.atEnd && window.filled - window.position < EventFileReader.maximumRecordBytes:
                window.refill()
                continue
            case .needMore, .unusual:
                return result
            case .record(let end):
                let id = scanner.id
                window.withBytes { result.idBytes.append(contentsOf: $0[id]) }
                result.idBounds.append(UInt32(result.idBytes.count))
                result.starts.append(Int64(window.offset))
                result.lengths.append(UInt32(end - window.position))
                result.dateKeys.append(scanner.dateKey)
                result.categories.append(scanner.category)
                result.members += scanner.memberWords; result.memberBounds.append(UInt32(result.members.count))
                result.groups += scanner.groupWords; result.groupBounds.append(UInt32(result.groups.count))
                result.sources += scanner.sourceWords; result.sourceBounds.append(UInt32(result.sources.count))
                window.position = end
                result.end = window.offset
            }
            guard window.nextNonSpace() == UInt8(ascii: ",") else { return result }
            window.position += 1
            guard window.nextNonSpace() == UInt8(ascii: "{") else { return result }
        }
    }

    /// The first `{` after `}` `,` (white space allowed between) in the first MiB from the guess.
    private static func boundary(in window: inout FileWindow) -> Int? {
        let limit = window.offset + (1 << 20)
        while window.offset < limit {
            guard let byte = window.nextNonSpace() else { return nil }
            window.position += 1
            guard byte == UInt8(ascii: "}") else { continue }
            guard window.nextNonSpace() == UInt8(ascii: ",") else { continue }
            window.position += 1
            guard window.nextNonSpace() == UInt8(ascii: "{") else { continue }
            return window.offset
        }
        return nil
    }
}
