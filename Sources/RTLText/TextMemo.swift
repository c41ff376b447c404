#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SharedValues

/// A bounded, thread-safe memo of finished rows, shared by the `TextEngine` values that carry it.
/// A full-screen frame lays out the same few hundred strings on every keypress; with a memo each
/// costs a hash and a lookup instead of sanitising, FriBidi, shaping and reordering again.
///
/// Entries live in two generations: lookups read the current one, then the previous one (and
/// promote what they find); when the current one holds `capacity` entries it becomes the previous
/// one and the old previous one is dropped. So at most `2 * capacity` entries are kept, and
/// whatever the last frame used survives.
///
/// Keys compare texts scalar by scalar (by their UTF-8), not by `String`'s canonical equivalence:
/// "é" and "e\u{301}" are laid out differently, so they are different keys. The memo is invisible:
/// an engine gives the same rows with and without one.
///
/// ```swift
/// let engine = TextEngine(memo: TextMemo(capacity: 1024))
/// engine.fit("مراكش", width: 4, base: .rtl)   // laid out once
/// engine.fit("مراكش", width: 4, base: .rtl)   // from the memo
/// ```
public final class TextMemo: Sendable {
    /// What was asked of the engine, apart from the text.
    enum Operation: Hashable {
        case line
        case fit(width: Int)
        case wrap(width: Int)
        case width
    }

    struct Key: Hashable {
        var text: String
        var operation: Operation
        var base: BaseDirection
        var options: TextOptions

        static func == (a: Key, b: Key) -> Bool {
            a.operation == b.operation && a.base == b.base && a.options == b.options && sameScalars(a.text, b.text)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(operation)
            hasher.combine(base)
            hasher.combine(options)
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }

        private static func sameScalars(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            return a.withUTF8 { x in
                b.withUTF8 { y in
                    x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
                }
            }
        }
    }

    enum Value {
        case line(VisualLine)
        case lines([VisualLine])
        case width(Int)
    }

    /// The two generations.
    struct Generations {
        let capacity: Int
        var current: [Key: Value]
        var previous: [Key: Value] = [:]

        /// Inserts into the current generation, turning it over first when full.
        mutating func store(_ key: Key, _ value: Value) {
            if current.count >= capacity {
                previous = current
                current = [:]
            }
            current[key] = value
        }
    }

    /// Entries per generation.
    public let capacity: Int
    private let generations: Locked<Generations>

    public init(capacity: Int = 2048) {
        self.capacity = max(1, capacity)
        // Grown as rows are added, not reserved: a full generation's table is 300 KB, and touching
        // its fresh pages cost the first frame half a millisecond of page faults.
        generations = Locked(Generations(capacity: self.capacity, current: [:]))
    }

    /// Entries held now (both generations), for tests.
    public var count: Int { generations.withLock { $0.current.count + $0.previous.count } }

    /// The memoised value for `key`, else `make()`'s, which is then kept. `make` runs outside the
    /// lock (two threads may both make a missing value; they make the same one).
    func value(_ key: Key, make: () -> Value) -> Value {
        let found = generations.withLock { memo -> Value? in
            if let value = memo.current[key] { return value }
            guard let value = memo.previous[key] else { return nil }
            memo.store(key, value)
            return value
        }
        if let found { return found }
        let value = make()
        generations.withLock { $0.store(key, value) }
        return value
    }
}
