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
/// The index copies no text of the records: ids, titles and fields as written are read from the
/// store (`SearchSubjects`) for the hits returned only. A multi-word query is checked on each
/// field's words in order (`words(of:)`: word ids as varints), which says all that the text
/// would: a phrase occurs where its first word ends a word, its middle words are whole words
/// and its last word starts the word after. So at a million events the index holds about ten
/// bytes per field and one or two per posting and per word of text.
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
    /// The same words with their hash table, to find a whole word (a phrase's middle words).
    let vocabulary: WordTable
    let wordStems: [ArabicWords.Stem]
    let postingBounds: [Int]
    let postings: [UInt8]
    /// Each field's words in order, as varints of word id + 1, a 0 ending each field. Subject
    /// `slot`'s fields start at `forward[subjectStart[slot]]` and are fields
    /// `subjectFirstField[slot]...` (a field's place is found by walking its subject's few fields,
    /// which costs less memory than an offset per field).
    let forward: [UInt8]
    let subjectStart: [Int]
    let subjectFirstField: [UInt32]
    /// Groups of equivalent spellings, normalised (`Dataset.aliases`).
    let aliases: [[[UInt8]]]

    fileprivate init(subjects: SearchSubjects, fieldSlot: [UInt32], fieldName: [SearchField], fieldOrdinal: [UInt16],
                     fieldLength: [UInt16], vocabulary: WordTable, wordStems: [ArabicWords.Stem],
                     postingBounds: [Int], postings: [UInt8], forward: [UInt8], subjectStart: [Int],
                     subjectFirstField: [UInt32], aliases: [[[UInt8]]]) {
        self.subjects = subjects; self.fieldSlot = fieldSlot; self.fieldName = fieldName
        self.fieldOrdinal = fieldOrdinal; self.fieldLength = fieldLength
        self.vocabulary = vocabulary; self.wordBytes = vocabulary.bytes; self.wordBounds = vocabulary.bounds; self.wordStems = wordStems
        self.postingBounds = postingBounds; self.postings = postings; self.forward = forward
        self.subjectStart = subjectStart; self.subjectFirstField = subjectFirstField; self.aliases = aliases
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
    /// While adding it writes the forward index (each field's words in order), which `build`
    /// inverts in two passes, one to size each word's posting list and one to fill it, so the
    /// peak never holds a (word, field) pair per posting.
    struct Builder {
        private let subjects: SearchSubjects
        private var fieldSlot: [UInt32] = []
        private var fieldName: [SearchField] = []
        private var fieldOrdinal: [UInt16] = []
        private var fieldLength: [UInt16] = []
        private var words = WordTable()
        private var forward: [UInt8] = []
        private var subjectStart: [Int] = []
        private var subjectFirstField: [UInt32] = []
        private var aliases: [[[UInt8]]] = []

        init(subjects: SearchSubjects) {
            self.subjects = subjects
            // An event has about eight non-empty fields and sixty words.
            let fields = subjects.count * 8
            fieldSlot.reserveCapacity(fields); fieldName.reserveCapacity(fields)
            fieldOrdinal.reserveCapacity(fields); fieldLength.reserveCapacity(fields)
            forward.reserveCapacity(subjects.count * 100)
            subjectStart.reserveCapacity(subjects.count); subjectFirstField.reserveCapacity(subjects.count)
        }

        /// Indexes the fields of subject `slot` (the next one), `fields` being
        /// `subjects.fields(of: slot)`. A subject's fields past the 65,536th are not indexed.
        mutating func add(slot: Int, fields: [(String?, SearchField)]) {
            precondition(slot == subjectStart.count, "subjects are added in slot order")
            subjectStart.append(forward.count)
            subjectFirstField.append(UInt32(fieldSlot.count))
            for (ordinal, (value, name)) in fields.enumerated() where ordinal <= Int(UInt16.max) {
                guard let value else { continue }
                let form = SearchIndex.searchForm(value)
                guard !form.isEmpty else { continue }
                fieldSlot.append(UInt32(slot))
                fieldName.append(name)
                fieldOrdinal.append(UInt16(ordinal))
                fieldLength.append(UInt16(clamping: form.count))
                appendWords(of: form)
                forward.append(0)
            }
        }

        /// Adds a group of equivalent spellings.
        mutating func addAliases(_ spellings: [String]) {
            let forms = spellings.map(SearchIndex.searchForm).filter { !$0.isEmpty }
            if forms.count > 1 { aliases.append(forms) }
        }

        private mutating func appendWords(of form: [UInt8]) {
            form.withUnsafeBufferPointer { text in
                var wordStart = 0
                for i in 0...text.count where i == text.count || text[i] == 0x20 {
                    if i > wordStart {
                        var value = words.intern(UnsafeBufferPointer(rebasing: text[wordStart..<i])) + 1
                        while value >= 0x80 {
                            forward.append(UInt8(truncatingIfNeeded: value) | 0x80)
                            value >>= 7
                        }
                        forward.append(UInt8(value))
                    }
                    wordStart = i + 1
                }
            }
        }

        /// Calls `body(word, field)` for each distinct word of each field, and for the second
        /// part of a joined compound (ابوظبي is also found by ظبي), fields ascending.
        private func forEachPosting(tails: [Int32], _ body: (Int, UInt32) -> Void) {
            var last = [UInt32](repeating: .max, count: tails.count)
            forward.withUnsafeBufferPointer { forward in
                var p = 0, field: UInt32 = 0
                while p < forward.count {
                    let value = SearchIndex.readVarint(forward, &p)
                    if value == 0 { field += 1; continue }
                    let w = value - 1, tail = Int(tails[w])
                    if last[w] != field {
                        last[w] = field
                        body(w, field)
                    }
                    if tail >= 0, last[tail] != field {
                        last[tail] = field
                        body(tail, field)
                    }
                }
            }
        }

        consuming func build() -> SearchIndex {
            // The compound tail of each word, interned (a tail need not occur on its own).
            var tails: [Int32] = []
            var w = 0
            while w < words.count {
                let bounds = (Int(words.bounds[w]), Int(words.bounds[w + 1]))
                let tail = words.bytes.withUnsafeBufferPointer { bytes in
                    ArabicWords.compoundTail(of: UnsafeBufferPointer(rebasing: bytes[bounds.0..<bounds.1])).map(Array.init)
                }
                tails.append(tail.map { tail in tail.withUnsafeBufferPointer { Int32(words.intern($0)) } } ?? -1)
                w += 1
            }
            // Pass 1: the byte size of each word's list; `last` starts at -1 (wrapping), so the
            // first distance is field + 1.
            var last = [UInt32](repeating: .max, count: words.count)
            var postingBounds = [Int](repeating: 0, count: words.count + 1)
            forEachPosting(tails: tails) { w, field in
                postingBounds[w + 1] += SearchIndex.varintSize(field &- last[w])
                last[w] = field
            }
            for w in 0..<words.count { postingBounds[w + 1] += postingBounds[w] }
            // Pass 2: fill.
            for w in 0..<words.count { last[w] = .max }
            var cursor = postingBounds
            let postings = [UInt8](unsafeUninitializedCapacity: postingBounds[words.count]) { bytes, count in
                forEachPosting(tails: tails) { w, field in
                    SearchIndex.writeVarint(field &- last[w], to: bytes, at: &cursor[w])
                    last[w] = field
                }
                count = postingBounds[words.count]
            }
            let bounds = words.bounds
            let stems = words.bytes.withUnsafeBufferPointer { bytes in
                (0..<words.count).map { w in
                    ArabicWords.stem(of: UnsafeBufferPointer(rebasing: bytes[Int(bounds[w])..<Int(bounds[w + 1])]))
                }
            }
            return SearchIndex(subjects: subjects, fieldSlot: fieldSlot, fieldName: fieldName, fieldOrdinal: fieldOrdinal,
                               fieldLength: fieldLength, vocabulary: words, wordStems: stems,
                               postingBounds: postingBounds, postings: postings, forward: forward,
                               subjectStart: subjectStart, subjectFirstField: subjectFirstField, aliases: aliases)
        }
    }
}
