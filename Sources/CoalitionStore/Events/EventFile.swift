#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SharedValues

/// The events of a large `events.json`, left in the file: where each record starts and how long
/// it is, and an open descriptor to read one back when a row shows it. The loader checked every
/// record before the program showed anything; reading one again parses ~500 bytes.
///
/// The file is the user's: if it changes while the program runs, a record that no longer reads
/// back as the same event comes back nil (the table shows a placeholder that says so), never as
/// a different event. Keeping the descriptor means a file replaced by an editor (a new file
/// renamed over the old one) is still read as it was loaded.
final class EventFile: Sendable {
    let file: String
    private let descriptor: Int32
    private let starts: [Int64]
    private let lengths: [UInt32]
    /// The ids the records must have (the columns'), to notice a file changed in place.
    private let ids: @Sendable (Int) -> String
    private let cache = Locked(DecodedEvents())

    init(file: String, descriptor: Int32, starts: [Int64], lengths: [UInt32], ids: @escaping @Sendable (Int) -> String) {
        self.file = file; self.descriptor = descriptor; self.starts = starts; self.lengths = lengths; self.ids = ids
    }

    deinit { close(descriptor) }

    /// Record `row` decoded, or nil if the file no longer holds it.
    func event(_ row: Int) -> Event? {
        if let event = cache.withLock({ $0.event(row) }) { return event }
        guard let event = read(row) else { return nil }
        cache.withLock { $0.keep(event, row) }
        return event
    }

    private func read(_ row: Int) -> Event? {
        let count = Int(lengths[row])
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + filled, count - filled, off_t(starts[row]) + off_t(filled)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            filled += n
        }
        guard let node = try? JSONParser.parse(bytes) else { return nil }
        let context = DecodeContext.trustingLinks()
        let event = RecordDecoding.record(node, index: row, kind: .event, keys: RecordDecoding.Keys.event, file: file,
                                          context: context, RecordDecoding.event)
        guard context.problems.isEmpty, let event, event.id == ids(row) else { return nil }
        return event
    }
}

/// The events read back lately: two generations of up to 1,024 each, so scrolling back and forth
/// over a few screens decodes nothing twice, and memory stays bounded.
private struct DecodedEvents: Sendable {
    private var current: [Int: Event] = [:]
    private var previous: [Int: Event] = [:]

    mutating func event(_ row: Int) -> Event? {
        if let event = current[row] { return event }
        guard let event = previous[row] else { return nil }
        keep(event, row)
        return event
    }

    mutating func keep(_ event: Event, _ row: Int) {
        if current.count >= 1024 { previous = current; current = [:] }
        current[row] = event
    }
}
