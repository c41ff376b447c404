#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Distinct byte strings stored back to back, found again by an open-addressing hash table, so
/// indexing does not allocate an array (or a `String`) per word. The search index keeps its
/// vocabulary in one; the event columns keep event ids and the names events link to.
struct WordTable {
    private(set) var bytes: [UInt8] = []
    private(set) var bounds: [UInt32] = [0]
    private var hashes: [UInt32] = []
    /// Word id + 1 per slot; 0 means empty. Capacity is a power of two, at most half full.
    private var slots = [UInt32](repeating: 0, count: 1024)

    var count: Int { hashes.count }

    init() {}

    /// Room for `words` words of `bytes` bytes in all without growing (a million event ids would
    /// otherwise be hashed again at every doubling of the table).
    init(reserving words: Int, bytes byteCount: Int) {
        var capacity = 1024
        while capacity < words * 2 { capacity *= 2 }
        slots = [UInt32](repeating: 0, count: capacity)
        hashes.reserveCapacity(words)
        bounds.reserveCapacity(words + 1)
        bytes.reserveCapacity(byteCount)
    }

    /// The word's id, if it is stored. (On the loader's hot path: every member code and source id
    /// an event names is looked up here, so it reads the arrays without bounds checks or copies.)
    func find(_ word: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let hash = WordTable.hash(word)
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                bounds.withUnsafeBufferPointer { bounds in
                    bytes.withUnsafeBufferPointer { stored in
                        let mask = slots.count - 1
                        var slot = Int(hash) & mask
                        while slots[slot] != 0 {
                            let id = Int(slots[slot] - 1)
                            if hashes[id] == hash {
                                let start = Int(bounds[id]), count = Int(bounds[id + 1]) - start
                                if count == word.count && WordTable.same(stored.baseAddress.map { $0 + start }, word.baseAddress, count) {
                                    return UInt32(id)
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                        return nil
                    }
                }
            }
        }
    }

    /// Whether `count` bytes are the same: short words (member codes, source ids) byte by byte
    /// inline, longer ones with `memcmp`.
    @inline(__always)
    private static func same(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard count > 0, let a, let b else { return true }
        if count <= 16 {
            for i in 0..<count where a[i] != b[i] { return false }
            return true
        }
        return memcmp(a, b, count) == 0
    }

    /// Word `id` as text.
    func string(_ id: UInt32) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: $0[Int(bounds[Int(id)])..<Int(bounds[Int(id) + 1])], as: UTF8.self) }
    }

    /// Word `id`'s first eight bytes as a big-endian number (zeros after a shorter word): two
    /// words whose keys differ sort as their keys do.
    func prefixKey(_ id: UInt32) -> UInt64 {
        let start = Int(bounds[Int(id)]), end = min(Int(bounds[Int(id) + 1]), start + 8)
        var key: UInt64 = 0
        for i in start..<(start + 8) { key = key << 8 | UInt64(i < end ? bytes[i] : 0) }
        return key
    }

    /// Whether word `a` sorts before word `b`, byte by byte (code point order for UTF-8).
    func precedes(_ a: UInt32, _ b: UInt32) -> Bool {
        let a0 = Int(bounds[Int(a)]), a1 = Int(bounds[Int(a) + 1]), b0 = Int(bounds[Int(b)]), b1 = Int(bounds[Int(b) + 1])
        let common = min(a1 - a0, b1 - b0)
        let order = common == 0 ? 0 : bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + a0, $0.baseAddress! + b0, common) }
        return order != 0 ? order < 0 : a1 - a0 < b1 - b0
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(bounds[id]), end = Int(bounds[id + 1])
        guard end - start == word.count else { return false }
        return word.count == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, word.baseAddress!, word.count) == 0 }
    }

    /// The word's id, storing it first if it is new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = WordTable.hash(word)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        let found: UInt32? = slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                bounds.withUnsafeBufferPointer { bounds in
                    bytes.withUnsafeBufferPointer { stored in
                        while slots[slot] != 0 {
                            let id = Int(slots[slot] - 1)
                            if hashes[id] == hash {
                                let start = Int(bounds[id]), end = Int(bounds[id + 1])
                                if end - start == word.count,
                                   word.count == 0 || memcmp(stored.baseAddress! + start, word.baseAddress!, word.count) == 0 {
                                    return UInt32(id)
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                        return nil
                    }
                }
            }
        }
        if let found { return found }
        let id = UInt32(hashes.count)
        bytes.append(contentsOf: word)
        bounds.append(UInt32(bytes.count))
        hashes.append(hash)
        slots[slot] = id + 1
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// A multiplicative hash over eight bytes at a time (words are short; this is on the indexing path).
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(word.count)
        guard let base = word.baseAddress, word.count > 0 else { return UInt32(truncatingIfNeeded: h) }
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= word.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < word.count {
            tail |= UInt64(word[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(id + 1)
        }
    }
}
