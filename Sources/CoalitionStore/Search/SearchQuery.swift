/// How a query runs against a `SearchIndex`: the query is normalised, the vocabulary (distinct
/// words, not the text) is scanned for words holding the query's first word, and only the fields
/// listed under those words are ranked. Each record keeps its best score (rank × 3 + field tier);
/// records are already in tie-break order, so the first `limit` of each score are the answer.
///
/// ```swift
/// index.search("مراكش", limit: 10)   // exact place match first, then title prefixes, then the rest
/// ```
extension SearchIndex {
    func search(_ query: String, limit: Int) -> [SearchHit] {
        let needle = Normalizer.normalizedBytes(query)
        guard !needle.isEmpty, limit > 0, !refs.isEmpty else { return [] }
        let firstToken = needle.firstIndex(of: 0x20).map { needle[..<$0] } ?? needle[...]
        let multiWord = firstToken.count < needle.count
        // Best score per record: rank * 3 + tier (0 = exact match in a name); 255 = no match.
        var best = [UInt8](repeating: .max, count: refs.count)
        needle.withUnsafeBufferPointer { q in
        text.withUnsafeBufferPointer { text in
        wordBytes.withUnsafeBufferPointer { words in
        postings.withUnsafeBufferPointer { postings in
            let token = UnsafeBufferPointer(rebasing: q[0..<firstToken.count])
            for w in 0..<wordCount {
                let word = UnsafeBufferPointer(rebasing: words[Int(wordBounds[w])..<Int(wordBounds[w + 1])])
                var wordIsPrefixed = false
                if multiWord {
                    // The query's first word must end a word of the field for the query to occur there.
                    guard word.count >= token.count,
                          SearchIndex.matches(token, in: word, at: word.count - token.count) else { continue }
                } else {
                    guard let at = SearchIndex.firstOccurrence(of: token, in: word) else { continue }
                    wordIsPrefixed = at == 0
                }
                for p in Int(postingBounds[w])..<Int(postingBounds[w + 1]) {
                    let field = Int(postings[p])
                    let slot = Int(fieldSlot[field])
                    let tier = fieldTier[field]
                    if best[slot] <= tier { continue }
                    let rank: UInt8
                    if multiWord {
                        let range = Int(fieldBounds[field])..<Int(fieldBounds[field + 1])
                        guard let found = SearchIndex.rank(of: q, in: UnsafeBufferPointer(rebasing: text[range])) else { continue }
                        rank = found
                    } else if wordIsPrefixed {
                        rank = Int(fieldBounds[field + 1] - fieldBounds[field]) == q.count ? 0 : 1
                    } else {
                        rank = 2
                    }
                    let score = rank * 3 + tier
                    if score < best[slot] { best[slot] = score }
                }
            }
        }}}}
        // Records are already in tie-break order: keep the first `limit` of each score.
        var buckets = [[Int]](repeating: [], count: 9)
        for slot in 0..<best.count where best[slot] != .max && buckets[Int(best[slot])].count < limit {
            buckets[Int(best[slot])].append(slot)
        }
        var hits: [SearchHit] = []
        hits.reserveCapacity(limit)
        for (score, slots) in buckets.enumerated() {
            for slot in slots {
                guard hits.count < limit else { return hits }
                hits.append(SearchHit(ref: refs[slot], title: titles[slot], rank: SearchHit.Rank(rawValue: score / 3)!))
            }
        }
        return hits
    }

    /// 0 if `field` equals `query`, 1 if the query starts the field or one of its words, 2 if it
    /// occurs elsewhere, nil if it does not occur.
    static func rank(of query: UnsafeBufferPointer<UInt8>, in field: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if field.count == query.count { return matches(query, in: field, at: 0) ? 0 : nil }
        var found: UInt8?
        var start = 0
        while start + query.count <= field.count {
            if matches(query, in: field, at: start) {
                if start == 0 || field[start - 1] == 0x20 { return 1 }
                found = 2
            }
            start += 1
        }
        return found
    }

    static func firstOccurrence(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count <= haystack.count else { return nil }
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
