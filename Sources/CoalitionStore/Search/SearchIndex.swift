#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The precomputed search structure of a store: every searchable field normalised once (with
/// Arabic compound names joined) into one contiguous byte buffer, and a vocabulary of distinct
/// words with posting lists (which fields contain each word) and each word's Arabic stem. A
/// query scans the vocabulary (small: distinct words only), not the text, and ranks only the
/// fields whose words match.
///
/// ```swift
/// var builder = SearchIndex.Builder()
/// builder.add(RecordRef(.member, "MAR"), title: name, fields: [(name.ar, .name), (name.en, .name), ("MAR", .code)])
/// let index = builder.build()
/// index.search("المغرب", limit: 10)
/// ```
final class SearchIndex: Sendable {
    /// Subjects in result order when ranks tie: events by date, then members, groups, figures, sources.
    let subjects: [RecordRef]
    let titles: [Localized]
    /// All normalised fields, back to back; field `f` is `text[fieldBounds[f]..<fieldBounds[f + 1]]`.
    let text: [UInt8]
    let fieldBounds: [UInt32]
    let fieldSlot: [UInt32]
    let fieldName: [SearchField]
    /// Each field as written in the data, for snippets.
    let fieldOriginal: [String]
    /// Distinct words; word `w` is `wordBytes[wordBounds[w]..<wordBounds[w + 1]]`, and the fields that
    /// contain it are `postings[postingBounds[w]..<postingBounds[w + 1]]`, in ascending order.
    let wordBytes: [UInt8]
    let wordBounds: [UInt32]
    let wordStems: [ArabicWords.Stem]
    let postingBounds: [UInt32]
    let postings: [UInt32]
    /// Groups of equivalent spellings, normalised (`Dataset.aliases`).
    let aliases: [[[UInt8]]]

    fileprivate init(subjects: [RecordRef], titles: [Localized], text: [UInt8], fieldBounds: [UInt32],
                     fieldSlot: [UInt32], fieldName: [SearchField], fieldOriginal: [String], wordBytes: [UInt8],
                     wordBounds: [UInt32], wordStems: [ArabicWords.Stem], postingBounds: [UInt32], postings: [UInt32],
                     aliases: [[[UInt8]]]) {
        self.subjects = subjects; self.titles = titles; self.text = text; self.fieldBounds = fieldBounds
        self.fieldSlot = fieldSlot; self.fieldName = fieldName; self.fieldOriginal = fieldOriginal
        self.wordBytes = wordBytes; self.wordBounds = wordBounds; self.wordStems = wordStems
        self.postingBounds = postingBounds; self.postings = postings; self.aliases = aliases
    }

    var wordCount: Int { wordBounds.count - 1 }

    /// The search form of a text: normalised, compound names joined.
    static func searchForm(_ text: String) -> [UInt8] {
        ArabicWords.joinCompounds(Normalizer.normalizedBytes(text))
    }

    /// Collects subjects and their fields, then freezes them into a `SearchIndex`.
    struct Builder {
        private var subjects: [RecordRef] = []
        private var titles: [Localized] = []
        private var text: [UInt8] = []
        private var fieldBounds: [UInt32] = [0]
        private var fieldSlot: [UInt32] = []
        private var fieldName: [SearchField] = []
        private var fieldOriginal: [String] = []
        private var words = WordTable()
        /// (word, field) pairs, one per distinct word of each field.
        private var pairs: [(word: UInt32, field: UInt32)] = []
        private var lastFieldOfWord: [UInt32] = []
        private var aliases: [[[UInt8]]] = []

        init() {}

        mutating func add(_ subject: RecordRef, title: Localized, fields: [(String?, SearchField)]) {
            let slot = UInt32(subjects.count)
            subjects.append(subject)
            titles.append(title)
            for case let (value?, name) in fields {
                let form = SearchIndex.searchForm(value)
                guard !form.isEmpty else { continue }
                text.append(contentsOf: form)
                let field = UInt32(fieldSlot.count)
                fieldSlot.append(slot)
                fieldName.append(name)
                fieldOriginal.append(value)
                fieldBounds.append(UInt32(text.count))
                indexWords(of: field, in: form)
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
                pairs.append((word, field))
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
            let bounds = words.bounds
            let stems = words.bytes.withUnsafeBufferPointer { bytes in
                (0..<words.count).map { w in
                    ArabicWords.stem(of: UnsafeBufferPointer(rebasing: bytes[Int(bounds[w])..<Int(bounds[w + 1])]))
                }
            }
            return SearchIndex(subjects: subjects, titles: titles, text: text, fieldBounds: fieldBounds,
                               fieldSlot: fieldSlot, fieldName: fieldName, fieldOriginal: fieldOriginal,
                               wordBytes: words.bytes, wordBounds: bounds, wordStems: stems,
                               postingBounds: postingBounds, postings: postings, aliases: aliases)
        }
    }
}
