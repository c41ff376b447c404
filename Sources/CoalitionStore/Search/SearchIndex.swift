#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The precomputed search structure of a store: for every searchable field its subject, name,
/// place in the subject's field list and normalised length; a vocabulary of distinct words
/// (normalised, Arabic compound names joined) with each word's Arabic stem and posting list
/// (which fields contain it). A query scans the vocabulary (small: distinct words only), not
/// the text, and ranks only the fields whose words match.
///
/// The index copies no text of the records: ids, titles and fields as written are read from
/// the store (`SearchSubjects`) for the hits returned and for the fields a multi-word query must
/// check, so at a million events it holds about ten bytes per field and one or two per posting.
///
/// ```swift
/// let index = Store.makeSearchIndex(dataset: store.dataset, timeline: store.eventsByDate)
/// index.search("المغرب", limit: 10)
/// ```
final class SearchIndex: Sendable {
    let subjects: SearchSubjects
    /// Per field: its subject's slot, its name, its position in `subjects.fields(of:)` and the
    /// byte length of its search form (clamped to `UInt16.max`; only compared with queries,
    /// which are far shorter).
    let fieldSlot: [UInt32]
    let fieldName: [SearchField]
    let fieldOrdinal: [UInt16]
    let fieldLength: [UInt16]
    /// Distinct words; word `w` is `wordBytes[wordBounds[w]..<wordBounds[w + 1]]`, and the fields that
    /// contain it are `postings[postingBounds[w]..<postingBounds[w + 1]]`, ascending, each stored
    /// as the LEB128 varint of its distance from the previous one (the first: field + 1). Frequent
    /// words, whose lists are long, have close fields, so most postings take one byte.
    let wordBytes: [UInt8]
    let wordBounds: [UInt32]
    let wordStems: [ArabicWords.Stem]
    let postingBounds: [Int]
    let postings: [UInt8]
    /// Groups of equivalent spellings, normalised (`Dataset.aliases`).
    let aliases: [[[UInt8]]]

    fileprivate init(subjects: SearchSubjects, fieldSlot: [UInt32], fieldName: [SearchField], fieldOrdinal: [UInt16],
                     fieldLength: [UInt16], wordBytes: [UInt8], wordBounds: [UInt32], wordStems: [ArabicWords.Stem],
                     postingBounds: [Int], postings: [UInt8], aliases: [[[UInt8]]]) {
        self.subjects = subjects; self.fieldSlot = fieldSlot; self.fieldName = fieldName
        self.fieldOrdinal = fieldOrdinal; self.fieldLength = fieldLength
        self.wordBytes = wordBytes; self.wordBounds = wordBounds; self.wordStems = wordStems
        self.postingBounds = postingBounds; self.postings = postings; self.aliases = aliases
    }

    var wordCount: Int { wordBounds.count - 1 }
    var fieldCount: Int { fieldSlot.count }

    /// The search form of a text: normalised, compound names joined.
    static func searchForm(_ text: String) -> [UInt8] {
        ArabicWords.joinCompounds(Normalizer.normalizedBytes(text))
    }

    /// Whether field `field` is as long as a query of `count` bytes.
    func fieldIsAsLong(_ field: Int, as count: Int) -> Bool {
        count < Int(UInt16.max) && Int(fieldLength[field]) == count
    }

    /// Calls `body` with each field that contains word `w`, ascending.
    @inline(__always)
    func forEachField(of w: Int, in postings: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        var p = postingBounds[w], field = -1
        let end = postingBounds[w + 1]
        while p < end {
            field += SearchIndex.readVarint(postings, &p)
            body(field)
        }
    }

    @inline(__always)
    static func readVarint(_ bytes: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Int {
        var value = 0, shift = 0
        while true {
            let byte = bytes[p]
            p += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    static func varintSize(_ value: UInt32) -> Int {
        value < 1 << 7 ? 1 : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5
    }

    static func writeVarint(_ value: UInt32, to bytes: UnsafeMutableBufferPointer<UInt8>, at p: inout Int) {
        var value = value
        while value >= 0x80 {
            bytes[p] = UInt8(truncatingIfNeeded: value) | 0x80
            value >>= 7
            p += 1
        }
        bytes[p] = UInt8(value)
        p += 1
    }

    /// Collects subjects' fields, then freezes them into a `SearchIndex`.
    ///
    /// While adding it keeps a forward index (each field's distinct word ids + 1 as varints, 0
    /// ending the field), which `build` inverts in two passes: size each word's list, then fill
    /// it. So the peak holds the compact forward index and the final postings, never a
    /// (word, field) pair per posting.
    struct Builder {
        private let subjects: SearchSubjects
        private var fieldSlot: [UInt32] = []
        private var fieldName: [SearchField] = []
        private var fieldOrdinal: [UInt16] = []
        private var fieldLength: [UInt16] = []
        private var words = WordTable()
        private var forward: [UInt8] = []
        private var lastFieldOfWord: [UInt32] = []
        private var aliases: [[[UInt8]]] = []

        init(subjects: SearchSubjects) {
            self.subjects = subjects
            // Events have about eight non-empty fields of which 60–100 bytes of word ids in all.
            let fields = subjects.count * 8
            fieldSlot.reserveCapacity(fields); fieldName.reserveCapacity(fields)
            fieldOrdinal.reserveCapacity(fields); fieldLength.reserveCapacity(fields)
            forward.reserveCapacity(subjects.count * 80)
        }

        /// Indexes the fields of subject `slot`, `fields` being `subjects.fields(of: slot)`.
        /// A subject's fields past the 65,536th are not indexed.
        mutating func add(slot: Int, fields: [(String?, SearchField)]) {
            for (ordinal, (value, name)) in fields.enumerated() where ordinal <= Int(UInt16.max) {
                guard let value else { continue }
                let form = SearchIndex.searchForm(value)
                guard !form.isEmpty else { continue }
                let field = UInt32(fieldSlot.count)
                fieldSlot.append(UInt32(slot))
                fieldName.append(name)
                fieldOrdinal.append(UInt16(ordinal))
                fieldLength.append(UInt16(clamping: form.count))
                indexWords(of: field, in: form)
                forward.append(0)
            }
        }

        /// Adds a group of equivalent spellings.
        mutating func addAliases(_ spellings: [String]) {
            let forms = spellings.map(SearchIndex.searchForm).filter { !$0.isEmpty }
            if forms.count > 1 { aliases.append(forms) }
        }

        private mutating func indexWords(of field: UInt32, in form: [UInt8]) {
            form.withUnsafeBufferPointer { text in
                var wordStart = 0
                for i in 0...text.count where i == text.count || text[i] == 0x20 {
                    if i > wordStart {
                        let word = UnsafeBufferPointer(rebasing: text[wordStart..<i])
                        post(words.intern(word), field)
                        // A joined compound (ابوظبي) is also found by its second part (ظبي).
                        if let tail = ArabicWords.compoundTail(of: word) { post(words.intern(tail), field) }
                    }
                    wordStart = i + 1
                }
            }
        }

        private mutating func post(_ word: UInt32, _ field: UInt32) {
            if Int(word) == lastFieldOfWord.count { lastFieldOfWord.append(.max) }
            if lastFieldOfWord[Int(word)] != field {
                lastFieldOfWord[Int(word)] = field
                var value = word + 1
                while value >= 0x80 {
                    forward.append(UInt8(truncatingIfNeeded: value) | 0x80)
                    value >>= 7
                }
                forward.append(UInt8(value))
            }
        }

        /// Calls `body(word, field)` for each posting of the forward index, fields ascending.
        private func forEachPosting(_ body: (Int, UInt32) -> Void) {
            forward.withUnsafeBufferPointer { forward in
                var p = 0, field: UInt32 = 0
                while p < forward.count {
                    let value = SearchIndex.readVarint(forward, &p)
                    if value == 0 { field += 1 } else { body(value - 1, field) }
                }
            }
        }

        consuming func build() -> SearchIndex {
            // Pass 1: the byte size of each word's list; `last` starts at -1 (wrapping), so the
            // first distance is field + 1.
            var last = [UInt32](repeating: .max, count: words.count)
            var postingBounds = [Int](repeating: 0, count: words.count + 1)
            forEachPosting { w, field in
                postingBounds[w + 1] += SearchIndex.varintSize(field &- last[w])
                last[w] = field
            }
            for w in 0..<words.count { postingBounds[w + 1] += postingBounds[w] }
            // Pass 2: fill.
            for w in 0..<words.count { last[w] = .max }
            var cursor = postingBounds
            let postings = [UInt8](unsafeUninitializedCapacity: postingBounds[words.count]) { bytes, count in
                forEachPosting { w, field in
                    SearchIndex.writeVarint(field &- last[w], to: bytes, at: &cursor[w])
                    last[w] = field
                }
                count = postingBounds[words.count]
            }
            forward = []
            let bounds = words.bounds
            let stems = words.bytes.withUnsafeBufferPointer { bytes in
                (0..<words.count).map { w in
                    ArabicWords.stem(of: UnsafeBufferPointer(rebasing: bytes[Int(bounds[w])..<Int(bounds[w + 1])]))
                }
            }
            return SearchIndex(subjects: subjects, fieldSlot: fieldSlot, fieldName: fieldName, fieldOrdinal: fieldOrdinal,
                               fieldLength: fieldLength, wordBytes: words.bytes, wordBounds: bounds, wordStems: stems,
                               postingBounds: postingBounds, postings: postings, aliases: aliases)
        }
    }
}
