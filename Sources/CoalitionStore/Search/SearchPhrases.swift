/// How a multi-word spelling is matched without the fields' text: on each field's words in
/// order (`SearchIndex.forward`).
///
/// A phrase `t1 … tn` occurs in a field where a word ends with `t1`, the next words are `t2 …`
/// whole, and the n-th starts with `tn` (the first word of a match must end at a space of the
/// field, and the phrase has no space inside a word). The match class follows from the words:
/// the whole field when the lengths are equal; whole words when the first word is `t1` and the
/// last `tn`; a word start when the first is `t1`; inside a word otherwise. This is what a scan
/// of the text gives, so the ranking is unchanged.
extension SearchIndex {
    /// A multi-word spelling, looked up in the vocabulary once.
    struct Phrase {
        var tokenCount: Int
        var byteCount: Int
        /// Per word: bit 1 it ends with the first token, bit 2 it starts with the last.
        var fits: [UInt8]
        /// The first and last tokens as words (-1 when not in the vocabulary).
        var firstWord: Int
        var lastWord: Int
        /// The middle tokens as words.
        var middle: [Int]
        /// Words that end with the first token, ascending.
        var firstCandidates: [Int]
    }

    /// Nil when no field can hold the phrase (a middle token is no word of the data).
    func phrase(_ needle: [UInt8]) -> Phrase? {
        let tokens = needle.split(separator: 0x20).map { Array($0) }
        var middle: [Int] = []
        for token in tokens.dropFirst().dropLast() {
            guard let word = token.withUnsafeBufferPointer({ vocabulary.find($0) }) else { return nil }
            middle.append(Int(word))
        }
        var fits = [UInt8](repeating: 0, count: wordCount)
        var firstCandidates: [Int] = []
        tokens[0].withUnsafeBufferPointer { first in
        tokens[tokens.count - 1].withUnsafeBufferPointer { last in
        wordBytes.withUnsafeBufferPointer { words in
            for w in 0..<wordCount {
                let word = UnsafeBufferPointer(rebasing: words[Int(wordBounds[w])..<Int(wordBounds[w + 1])])
                if word.count >= first.count, SearchIndex.matches(first, in: word, at: word.count - first.count) {
                    fits[w] |= 1
                    firstCandidates.append(w)
                }
                if word.count >= last.count, SearchIndex.matches(last, in: word, at: 0) { fits[w] |= 2 }
            }
        }}}
        func id(_ token: [UInt8]) -> Int { token.withUnsafeBufferPointer { vocabulary.find($0) }.map(Int.init) ?? -1 }
        return Phrase(tokenCount: tokens.count, byteCount: needle.count, fits: fits, firstWord: id(tokens[0]),
                      lastWord: id(tokens[tokens.count - 1]), middle: middle, firstCandidates: firstCandidates)
    }

    /// The best match class of `phrase` in `field`: 0 the whole field, 1 whole words, 2 the
    /// start of a word, 3 inside a word; nil if it does not occur. `ids` is scratch space.
    /// (Runs for every field with a word ending in the phrase's first word: pointers, no copies.)
    func matchClass(of phrase: Phrase, fits: UnsafeBufferPointer<UInt8>, forward: UnsafeBufferPointer<UInt8>,
                    inField field: Int, ids: inout [Int32]) -> UInt8? {
        let count = words(of: field, in: forward, into: &ids)
        let n = phrase.tokenCount
        guard count >= n else { return nil }
        return ids.withUnsafeBufferPointer { ids in
            func matches(at i: Int) -> Bool {
                guard fits[Int(ids[i])] & 1 != 0, fits[Int(ids[i + n - 1])] & 2 != 0 else { return false }
                for (k, word) in phrase.middle.enumerated() where Int(ids[i + 1 + k]) != word { return false }
                return true
            }
            if fieldIsAsLong(field, as: phrase.byteCount) { return matches(at: 0) ? 0 : nil }
            var found: UInt8?
            for i in 0...(count - n) where matches(at: i) {
                let here: UInt8 = Int(ids[i]) == phrase.firstWord ? (Int(ids[i + n - 1]) == phrase.lastWord ? 1 : 2) : 3
                if here == 1 { return 1 }
                found = min(found ?? here, here)
            }
            return found
        }
    }

    /// Writes the word ids of `field`, in order, to the start of `ids` (growing it when needed)
    /// and returns how many there are.
    func words(of field: Int, in forward: UnsafeBufferPointer<UInt8>, into ids: inout [Int32]) -> Int {
        let slot = Int(fieldSlot[field])
        var p = subjectStart[slot]
        // A 0 byte only ends a field: the last byte of a longer varint is never 0.
        for _ in Int(subjectFirstField[slot])..<field {
            while forward[p] != 0 { p += 1 }
            p += 1
        }
        var count = 0
        while true {
            let value = SearchIndex.readVarint(forward, &p)
            if value == 0 { return count }
            if count == ids.count { ids.append(0) }
            ids[count] = Int32(value - 1)
            count += 1
        }
    }
}
