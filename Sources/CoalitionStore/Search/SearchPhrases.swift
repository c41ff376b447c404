/// How a multi-word spelling is searched without a copy of the fields' text.
///
/// 1. Narrow: a field can hold the phrase only if its words include one ending with the first
///    token, each middle token whole, and one starting with the last token; the posting lists
///    give those fields (a count per field, raised token by token).
/// 2. Bound: without the text the match class is not known, but the postings bound it from
///    below: the whole field only if the lengths are equal; a whole-word match (1) needs the
///    first and last tokens as whole words of the field, a word-start match (2) the first.
/// 3. Check lazily: subjects are resolved in (bound, slot) order, each by rebuilding its fields
///    from the store (`SearchSubjects.fields(of:)`) and running `matchClass` on the search form
///    of its candidate fields, and the walk stops once `limit` subjects are known to rank
///    before every subject left. So a query reads the text of about `limit` subjects when its
///    words are adjacent where they occur, which is the usual case; words that are often
///    present but rarely adjacent read more.
///
/// Ties resolve as a plain scan would: spellings in order, then the order a scan of the
/// vocabulary would first meet each field (`order`), so results are those of scanning the text.
extension SearchIndex {
    struct PhraseCandidates {
        struct Candidate {
            var field: UInt32
            /// Lower bound of the score (match class × 3 + tier).
            var bound: UInt8
            var spelling: UInt8
            /// Spelling << 32 | position in that spelling's scan: the scan's tie-break order.
            var order: UInt64
            /// The subject's previous candidate, or -1.
            var next: Int32
        }

        var candidates: [Candidate] = []
        /// Per subject: its last candidate (a list through `next`), or -1; allocated with the
        /// first candidate, so one-word queries do not pay for it.
        var head: [Int32] = []
        /// Subjects with candidates, in the order they were first met.
        var slots: [Int] = []
        private let subjectCount: Int

        init(subjectCount: Int) { self.subjectCount = subjectCount }

        var isEmpty: Bool { candidates.isEmpty }

        mutating func append(slot: Int, _ candidate: Candidate) {
            if head.isEmpty { head = [Int32](repeating: -1, count: subjectCount) }
            var candidate = candidate
            candidate.next = head[slot]
            if head[slot] < 0 { slots.append(slot) }
            head[slot] = Int32(candidates.count)
            candidates.append(candidate)
        }
    }

    /// Steps 1 and 2 for one spelling.
    func collectPhrases(_ needle: [UInt8], spelling: UInt8, into phrases: inout PhraseCandidates) {
        // Search forms have single spaces and none at either end, so no token is empty.
        var tokens = needle.split(separator: 0x20, omittingEmptySubsequences: true).map { Array($0) }
        // Counts per field are bytes: beyond 250 tokens the middle ones are not used to narrow
        // (a superset of candidates, checked on the text anyway).
        if tokens.count > 250 { tokens = Array(tokens.prefix(249)) + [tokens[tokens.count - 1]] }
        let last = tokens.count - 1
        // Per field: low byte the number of tokens met so far; 0x100 the first token is a whole
        // word of it, 0x200 the last is, 0x400 it is already a candidate.
        var marks = [UInt16](repeating: 0, count: fieldCount)
        let firstWhole: UInt16 = 0x100, lastWhole: UInt16 = 0x200, taken: UInt16 = 0x400
        var firstWords: [Int] = []
        wordBytes.withUnsafeBufferPointer { words in
        postings.withUnsafeBufferPointer { postings in
            var wordsOfToken = [[(word: Int, whole: Bool)]](repeating: [], count: tokens.count)
            for w in 0..<wordCount {
                let word = UnsafeBufferPointer(rebasing: words[Int(wordBounds[w])..<Int(wordBounds[w + 1])])
                for (i, token) in tokens.enumerated() {
                    token.withUnsafeBufferPointer { token in
                        guard word.count >= token.count else { return }
                        let whole = word.count == token.count
                        let fits = i == 0 ? SearchIndex.matches(token, in: word, at: word.count - token.count)
                            : i == last ? SearchIndex.matches(token, in: word, at: 0)
                            : whole && SearchIndex.matches(token, in: word, at: 0)
                        if fits { wordsOfToken[i].append((w, whole)) }
                    }
                }
            }
            firstWords = wordsOfToken[0].map(\.word)
            for (i, matching) in wordsOfToken.enumerated() {
                let flag = i == 0 ? firstWhole : i == last ? lastWhole : 0
                for (w, whole) in matching {
                    forEachField(of: w, in: postings) { field in
                        let count = marks[field] & 0xFF
                        guard count == i || count == i + 1 else { return }
                        marks[field] = (marks[field] & ~0xFF) | UInt16(i + 1) | (whole ? flag : 0)
                    }
                }
            }
            var position: UInt64 = 0
            for w in firstWords {
                forEachField(of: w, in: postings) { field in
                    let mark = marks[field]
                    guard mark & 0xFF == UInt16(tokens.count), mark & taken == 0 else { return }
                    marks[field] = mark | taken
                    let matchClass: UInt8 = fieldIsAsLong(field, as: needle.count) ? 0
                        : mark & firstWhole == 0 ? 3 : mark & lastWhole == 0 ? 2 : 1
                    phrases.append(slot: Int(fieldSlot[field]), .init(
                        field: UInt32(field), bound: matchClass * 3 + fieldName[field].tier, spelling: spelling,
                        order: UInt64(spelling) << 32 | position, next: -1))
                    position += 1
                }
            }
        }}
    }

    /// Step 3: resolves subjects in (bound, slot) order until `limit` are known to come first;
    /// subjects left unresolved drop out of `scores` (they cannot be among the first `limit`).
    func resolve(_ phrases: inout PhraseCandidates, spellings: [[UInt8]], into scores: inout Scores, limit: Int) {
        let levels = SearchIndex.scoreCount
        // A subject's bound: its best one-word score and its candidates' bounds.
        var pendingByLevel = [[Int]](repeating: [], count: levels)
        for slot in phrases.slots {
            var bound = scores.best[slot]
            var c = phrases.head[slot]
            while c >= 0 { bound = min(bound, phrases.candidates[Int(c)].bound); c = phrases.candidates[Int(c)].next }
            pendingByLevel[Int(bound)].append(slot)
        }
        // Subjects already final (one-word scores, no candidates), at most `limit` per score.
        var finalByLevel = [[Int]](repeating: [], count: levels)
        for slot in 0..<scores.best.count where scores.best[slot] != .max && phrases.head[slot] < 0 {
            if finalByLevel[Int(scores.best[slot])].count < limit { finalByLevel[Int(scores.best[slot])].append(slot) }
        }
        var before = 0   // final subjects scoring below the current level
        var stopped = false
        for level in 0..<levels {
            let known = finalByLevel[level].sorted()
            var pending = pendingByLevel[level]
            pending.sort()
            var knownBelow = 0, resolvedHere = 0
            for (index, slot) in pending.enumerated() {
                while knownBelow < known.count, known[knownBelow] < slot { knownBelow += 1 }
                if stopped || before + knownBelow + resolvedHere >= limit {
                    stopped = true
                    for rest in pending[index...] { scores.best[rest] = .max }
                    break
                }
                let score = resolveSubject(slot, phrases: phrases, spellings: spellings, scores: &scores)
                if score == UInt8(level) { resolvedHere += 1 } else if score != .max { finalByLevel[Int(score)].append(slot) }
            }
            before += known.count + resolvedHere
        }
    }

    /// The exact best score of subject `slot`: its one-word score and its candidate fields,
    /// checked on their text, ties to the earlier spelling and scan order.
    private func resolveSubject(_ slot: Int, phrases: PhraseCandidates, spellings: [[UInt8]], scores: inout Scores) -> UInt8 {
        var best = scores.best[slot]
        var bestOrder: UInt64 = best == .max ? .max : UInt64(scores.spelling[slot]) << 32
        var fields: [(String?, SearchField)]?
        var c = phrases.head[slot]
        while c >= 0 {
            let candidate = phrases.candidates[Int(c)]
            c = candidate.next
            guard candidate.bound < best || (candidate.bound == best && candidate.order < bestOrder) else { continue }
            if fields == nil { fields = subjects.fields(of: slot) }
            let field = Int(candidate.field)
            let form = SearchIndex.searchForm(fields![Int(fieldOrdinal[field])].0 ?? "")
            let query = spellings[Int(candidate.spelling)]
            let firstWord = query.firstIndex(of: 0x20) ?? query.count
            guard let matchClass = query.withUnsafeBufferPointer({ q in
                form.withUnsafeBufferPointer { SearchIndex.matchClass(of: q, firstWord: firstWord, in: $0) }
            }) else { continue }
            let score = matchClass * 3 + fieldName[field].tier
            if score < best || (score == best && candidate.order < bestOrder) {
                best = score
                bestOrder = candidate.order
                scores.best[slot] = score
                scores.field[slot] = UInt32(field)
                scores.spelling[slot] = candidate.spelling
            }
        }
        return best
    }
}
