/// How a query runs against a `SearchIndex`: the query is put in search form (normalised,
/// compounds joined); if it is one spelling of an alias group, every spelling of the group is
/// searched. For each spelling the vocabulary (distinct words, not the text) is scanned for
/// words that hold the query's first word, and only the fields listed under those words are
/// ranked (a phrase is then checked on the field's words in order, `SearchPhrases`). Each subject
/// keeps its best score (match class × 3 + field tier) and the field it came from; subjects are
/// already in tie-break order, so the first `limit` of each score are the answer. Ids, titles
/// and the fields for snippets are read from the store for those hits only.
///
/// Cost: normalising the query is linear in its length (which `Store.search` bounds); the scan
/// compares it with each distinct word, stopping at the shorter of the two.
///
/// ```swift
/// index.search("مراكش", limit: 10)   // the place field equal to the query first, then title words, then the rest
/// ```
extension SearchIndex {
    private static let scoreCount = SearchHit.Rank.allCases.count * 3

    func search(_ query: String, limit: Int) -> [SearchHit] {
        let needle = SearchIndex.searchForm(query)
        guard !needle.isEmpty, limit > 0, fieldCount > 0 else { return [] }
        var spellings = [needle]
        for group in aliases where group.contains(needle) {
            for spelling in group where !spellings.contains(spelling) { spellings.append(spelling) }
        }
        var scores = Scores(count: subjects.count)
        for (index, spelling) in spellings.enumerated() {
            if spelling.contains(0x20) {
                score(phrase: spelling, spelling: UInt8(truncatingIfNeeded: index), into: &scores)
            } else {
                score(word: spelling, spelling: UInt8(truncatingIfNeeded: index), into: &scores)
            }
        }
        // Subjects are already in tie-break order: keep the first `limit` of each score.
        var buckets = [[Int]](repeating: [], count: SearchIndex.scoreCount)
        for slot in 0..<scores.best.count where scores.best[slot] != .max && buckets[Int(scores.best[slot])].count < limit {
            buckets[Int(scores.best[slot])].append(slot)
        }
        var hits: [SearchHit] = []
        hits.reserveCapacity(min(limit, 128))
        for (score, slots) in buckets.enumerated() {
            for slot in slots {
                guard hits.count < limit else { return hits }
                let field = Int(scores.field[slot])
                let spelling = spellings[Int(scores.spelling[slot])]
                let text = subjects.field(Int(fieldOrdinal[field]), of: slot)
                hits.append(SearchHit(ref: subjects.ref(slot), title: subjects.title(slot), rank: SearchHit.Rank(rawValue: score / 3)!,
                                      field: fieldName[field], snippet: SnippetMaker.snippet(of: text, for: spelling)))
            }
        }
        return hits
    }

    /// The best score of each subject so far, and where it came from.
    private struct Scores {
        /// Match class × 3 + field tier (0 = the whole of a name); 255 = no match.
        var best: [UInt8]
        var field: [UInt32]
        /// Which spelling of the query (an index into the alias expansion).
        var spelling: [UInt8]

        init(count: Int) {
            best = [UInt8](repeating: .max, count: count)
            field = [UInt32](repeating: 0, count: count)
            spelling = [UInt8](repeating: 0, count: count)
        }
    }

    /// Scores a one-word spelling: the vocabulary gives each field's match class, and the
    /// field's length whether it is the whole field, so no text is read.
    private func score(word needle: [UInt8], spelling: UInt8, into scores: inout Scores) {
        let isArabic = needle[0] == 0xD8 || needle[0] == 0xD9
        let queryForms = isArabic ? needle.withUnsafeBufferPointer { ArabicWords.forms(needle.count, ArabicWords.stem(of: $0)) } : []
        needle.withUnsafeBufferPointer { token in
        wordBytes.withUnsafeBufferPointer { words in
        postings.withUnsafeBufferPointer { postings in
            for w in 0..<wordCount {
                let word = UnsafeBufferPointer(rebasing: words[Int(wordBounds[w])..<Int(wordBounds[w + 1])])
                // Match class: 1 whole word, 2 word start, 3 inside a word.
                let wordClass: UInt8
                if word.count >= token.count, SearchIndex.matches(token, in: word, at: 0) {
                    wordClass = word.count == token.count ? 1 : 2
                } else if isArabic, word.first == 0xD8 || word.first == 0xD9,
                          let stemmed = ArabicWords.compare(query: token, forms: queryForms, word: word, stem: wordStems[w]) {
                    wordClass = UInt8(stemmed) + 1
                } else if SearchIndex.firstOccurrence(of: token, in: word) != nil {
                    wordClass = 3
                } else {
                    continue
                }
                forEachField(of: w, in: postings) { field in
                    let slot = Int(fieldSlot[field])
                    let tier = fieldName[field].tier
                    if scores.best[slot] <= tier { return }
                    let matchClass = wordClass == 1 && fieldIsAsLong(field, as: token.count) ? 0 : wordClass
                    let score = matchClass * 3 + tier
                    if score < scores.best[slot] {
                        scores.best[slot] = score
                        scores.field[slot] = UInt32(field)
                        scores.spelling[slot] = spelling
                    }
                }
            }
        }}}
    }

    /// Scores a multi-word spelling: the fields that have a word ending with its first word
    /// (`SearchPhrases`), checked on their words in order.
    private func score(phrase needle: [UInt8], spelling: UInt8, into scores: inout Scores) {
        guard let phrase = phrase(needle) else { return }
        var ids = [Int32](repeating: 0, count: 64)
        phrase.fits.withUnsafeBufferPointer { fits in
        forward.withUnsafeBufferPointer { forward in
        postings.withUnsafeBufferPointer { postings in
            for w in phrase.firstCandidates {
                forEachField(of: w, in: postings) { field in
                    let slot = Int(fieldSlot[field])
                    let tier = fieldName[field].tier
                    // Only the whole field can score 0: skip a check that cannot do better.
                    if scores.best[slot] <= (fieldIsAsLong(field, as: needle.count) ? 0 : 3) + tier { return }
                    guard let matchClass = matchClass(of: phrase, fits: fits, forward: forward, inField: field, ids: &ids) else { return }
                    let score = matchClass * 3 + tier
                    if score < scores.best[slot] {
                        scores.best[slot] = score
                        scores.field[slot] = UInt32(field)
                        scores.spelling[slot] = spelling
                    }
                }
            }
        }}}
    }

    static func firstOccurrence(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if matches(needle, in: haystack, at: start) { return start }
        }
        return nil
    }

    @inline(__always)
    static func matches(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for i in 0..<needle.count where haystack[start + i] != needle[i] { return false }
        return true
    }
}
