#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The precomputed search structure of a store: every searchable field normalised once into
/// one contiguous byte buffer, and a vocabulary of distinct words with posting lists (which
/// fields contain each word). A query scans the vocabulary (small: distinct words only), not
/// the text, and ranks only the fields whose words match.
///
/// ```swift
/// var builder = SearchIndex.Builder()
/// builder.add(RecordRef(.member, "MAR"), title: name, fields: [(name.ar, .name), (name.en, .name), ("MAR", .name)])
/// let index = builder.build()
/// index.search("المغرب", limit: 10)
/// ```
final class SearchIndex: Sendable {
    /// How much a field says about its record: a match in a name outranks one in a summary.
    enum Tier: UInt8 {
        /// Titles, names, codes.
        case name = 0
        /// Ids, places, short labels.
        case label = 1
        /// Summaries, mandates, notes, quotes.
        case text = 2
    }

    /// Records in result order when ranks tie: events by date, then members, groups, figures.
    let refs: [RecordRef]
    let titles: [Localized]
    /// All normalised fields, back to back; field `f` is `text[fieldBounds[f]..<fieldBounds[f + 1]]`.
    let text: [UInt8]
    let fieldBounds: [UInt32]
    let fieldSlot: [UInt32]
    let fieldTier: [UInt8]
    /// Distinct words; word `w` is `wordBytes[wordBounds[w]..<wordBounds[w + 1]]`, and the fields that
    /// contain it are `postings[postingBounds[w]..<postingBounds[w + 1]]`, in ascending order.
    let wordBytes: [UInt8]
    let wordBounds: [UInt32]
    let postingBounds: [UInt32]
    let postings: [UInt32]

    fileprivate init(refs: [RecordRef], titles: [Localized], text: [UInt8], fieldBounds: [UInt32], fieldSlot: [UInt32],
                     fieldTier: [UInt8], wordBytes: [UInt8], wordBounds: [UInt32], postingBounds: [UInt32],
                     postings: [UInt32]) {
        self.refs = refs; self.titles = titles; self.text = text; self.fieldBounds = fieldBounds
        self.fieldSlot = fieldSlot; self.fieldTier = fieldTier; self.wordBytes = wordBytes
        self.wordBounds = wordBounds; self.postingBounds = postingBounds; self.postings = postings
    }

    var wordCount: Int { wordBounds.count - 1 }

    /// Collects records and their fields, then freezes them into a `SearchIndex`.
    struct Builder {
        private var refs: [RecordRef] = []
        private var titles: [Localized] = []
        private var text: [UInt8] = []
        private var fieldBounds: [UInt32] = [0]
        private var fieldSlot: [UInt32] = []
        private var fieldTier: [UInt8] = []
        private var words = WordTable()
        /// (word, field) pairs, one per distinct word of each field.
        private var pairs: [(word: UInt32, field: UInt32)] = []
        private var lastFieldOfWord: [UInt32] = []

        init() {}

        mutating func add(_ ref: RecordRef, title: Localized, fields: [(String?, Tier)]) {
            let slot = UInt32(refs.count)
            refs.append(ref)
            titles.append(title)
            for case let (value?, tier) in fields {
                let start = text.count
                Normalizer.append(value, to: &text)
                guard text.count > start else { continue }
                let field = UInt32(fieldSlot.count)
                fieldSlot.append(slot)
                fieldTier.append(tier.rawValue)
                fieldBounds.append(UInt32(text.count))
                indexWords(of: field, from: start, to: text.count)
            }
        }

        private mutating func indexWords(of field: UInt32, from start: Int, to end: Int) {
            text.withUnsafeBufferPointer { text in
                var wordStart = start
                for i in start...end where i == end || text[i] == 0x20 {
                    if i > wordStart {
                        let word = words.intern(UnsafeBufferPointer(rebasing: text[wordStart..<i]))
                        if Int(word) == lastFieldOfWord.count { lastFieldOfWord.append(.max) }
                        if lastFieldOfWord[Int(word)] != field {
                            lastFieldOfWord[Int(word)] = field
                            pairs.append((word, field))
                        }
                    }
                    wordStart = i + 1
                }
            }
        }

        func build() -> SearchIndex {
            // Counting sort of the (word, field) pairs by word; fields stay ascending within a word.
            var postingBounds = [UInt32](repeating: 0, count: words.count + 1)
            for pair in pairs { postingBounds[Int(pair.word) + 1] += 1 }
            for w in 0..<words.count { postingBounds[w + 1] += postingBounds[w] }
            var cursor = postingBounds
            var postings = [UInt32](repeating: 0, count: pairs.count)
            for pair in pairs {
                postings[Int(cursor[Int(pair.word)])] = pair.field
                cursor[Int(pair.word)] += 1
            }
            return SearchIndex(refs: refs, titles: titles, text: text, fieldBounds: fieldBounds, fieldSlot: fieldSlot,
                               fieldTier: fieldTier, wordBytes: words.bytes, wordBounds: words.bounds,
                               postingBounds: postingBounds, postings: postings)
        }
    }
}

/// Distinct words stored back to back, found again by an open-addressing hash table, so
/// indexing does not allocate an array per word.
struct WordTable {
    private(set) var bytes: [UInt8] = []
    private(set) var bounds: [UInt32] = [0]
    private var hashes: [UInt32] = []
    /// Word id + 1 per slot; 0 means empty. Capacity is a power of two, at most half full.
    private var slots = [UInt32](repeating: 0, count: 1024)

    var count: Int { hashes.count }

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
                                   memcmp(stored.baseAddress! + start, word.baseAddress!, word.count) == 0 {
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
        var i = 0
        let raw = UnsafeRawPointer(word.baseAddress!)
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
