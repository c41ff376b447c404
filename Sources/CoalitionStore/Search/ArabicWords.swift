/// What search does with Arabic words after `Normalizer` folding: compound names are joined, and
/// a light stemmer strips clitics so that "word start" means the start of the word a reader sees.
///
/// In the spirit of Lucene's `ArabicNormalizer` + `ArabicStemmer`, but lighter on what it
/// guesses: it never rewrites letters, only looks past a proclitic or a suffix pronoun.
///
/// - Compound names: after أبو / ابو / ابن / عبد the space before the next word is removed in
///   fields and queries alike, so أبو ظبي = أبوظبي and عبد الله = عبدالله. The part after the
///   head is also indexed on its own (`ظبي` finds أبوظبي as a whole word).
/// - Proclitics: the definite article and what attaches before it (ال، وال، بال، كال، فال، لل،
///   وبال، فبال…) leaving at least 2 letters; a single و، ف، ب، ك، ل (or two of them, وب، فل…)
///   leaving at least 3.
/// - Suffix pronouns: ها، هم، هما، هن، كم، كما، كن، نا, leaving at least 3 letters. One-letter
///   suffixes (ه، ي، ك) are not stripped: after folding, ه is also the feminine ة.
///
/// ```swift
/// ArabicWords.joinCompounds(Normalizer.normalizedBytes("أبو ظبي"))  // "ابوظبي"
/// ArabicWords.stems(of: "بالباغوز")                                  // "باغوز" among them
/// ```
enum ArabicWords {
    /// The heads of compound names, normalised (أبو → ابو).
    static let compoundHeads: [[UInt8]] = ["ابو", "ابن", "عبد"].map { Array($0.utf8) }
    /// The shortest second part of a compound indexed on its own: 3 letters (ظبي، الله).
    static let minimumCompoundTail = 6

    /// Removes the space after a compound head that is followed by another word. `origins`, when
    /// given, is kept aligned with `bytes` (see `Normalizer.normalizedWithOrigins`).
    static func joinCompounds(_ bytes: [UInt8]) -> [UInt8] {
        var unused: [String.Index]?
        return joinCompounds(bytes, origins: &unused)
    }

    static func joinCompounds(_ bytes: [UInt8], origins: inout [String.Index]?) -> [UInt8] {
        guard bytes.contains(where: { $0 >= 0xD8 }) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var keptOrigins: [String.Index] = []
        var wordStart = 0
        for (i, byte) in bytes.enumerated() {
            if byte == 0x20 {
                let word = bytes[wordStart..<i]
                let joins = compoundHeads.contains { word.elementsEqual($0) } && i + 1 < bytes.count
                wordStart = i + 1
                if joins { continue }
            }
            output.append(byte)
            if let origins { keptOrigins.append(origins[i]) }
        }
        if origins != nil { origins = keptOrigins }
        return output
    }

    /// The second part of a joined compound word (`ظبي` of `ابوظبي`), if the word is one.
    static func compoundTail(of word: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        for head in compoundHeads where word.count >= head.count + minimumCompoundTail {
            if word.starts(with: head) { return UnsafeBufferPointer(rebasing: word[head.count...]) }
        }
        return nil
    }

    private static let articlePrefixes: [[UInt8]] = [
        "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
    ].map { Array($0.utf8) }
    private static let letterPrefixes: [[UInt8]] = [
        "وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل",
    ].map { Array($0.utf8) }
    private static let suffixes: [[UInt8]] = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا"].map { Array($0.utf8) }

    /// Where a word's stem starts and ends, in bytes: after the longest article-bearing prefix,
    /// after the longest single-letter proclitic (0 when none), and before a suffix pronoun.
    struct Stem: Hashable {
        var afterArticle: UInt8 = 0
        var afterLetter: UInt8 = 0
        var suffix: UInt8 = 0
    }

    /// Normalised Arabic letters are two bytes each.
    private static func letters(_ byteCount: Int) -> Int { byteCount / 2 }

    static func stem(of word: UnsafeBufferPointer<UInt8>) -> Stem {
        var stem = Stem()
        guard word.count >= 6, word.count < 255, word[0] == 0xD8 || word[0] == 0xD9 else { return stem }
        if let article = articlePrefixes.first(where: { word.starts(with: $0) && letters(word.count - $0.count) >= 2 }) {
            stem.afterArticle = UInt8(article.count)
        }
        if let letter = letterPrefixes.first(where: { word.starts(with: $0) && letters(word.count - $0.count) >= 3 }) {
            stem.afterLetter = UInt8(letter.count)
        }
        if let suffix = suffixes.first(where: { word.count > $0.count && word.reversed().starts(with: $0.reversed())
                                                && letters(word.count - $0.count) >= 3 }) {
            stem.suffix = UInt8(suffix.count)
        }
        return stem
    }

    /// The forms a word can be matched by: itself, and without its proclitics and suffix
    /// (at least two letters each), as byte ranges of the word.
    static func forms(_ wordCount: Int, _ stem: Stem) -> [Range<Int>] {
        var forms = [0..<wordCount]
        let end = wordCount - Int(stem.suffix)
        for start in [0, Int(stem.afterArticle), Int(stem.afterLetter)] where end - start >= 4 {
            if start > 0, !forms.contains(start..<wordCount) { forms.append(start..<wordCount) }
            if end < wordCount, !forms.contains(start..<end) { forms.append(start..<end) }
        }
        return forms
    }

    /// How an Arabic query word meets a word of the index once both are stemmed: 0 if a form of
    /// one equals a form of the other, 1 if a form of the query starts a form of the word, nil
    /// otherwise. Does not allocate: it runs over the vocabulary on every query.
    static func compare(query: UnsafeBufferPointer<UInt8>, forms queryForms: [Range<Int>],
                        word: UnsafeBufferPointer<UInt8>, stem: Stem) -> Int? {
        var best: Int?
        let end = word.count - Int(stem.suffix)
        for q in queryForms {
            let form = UnsafeBufferPointer(rebasing: query[q])
            for k in 0..<3 {
                let start = k == 0 ? 0 : k == 1 ? Int(stem.afterArticle) : Int(stem.afterLetter)
                if k > 0, start == 0 { continue }
                for s in 0..<2 {
                    let stop = s == 0 ? word.count : end
                    guard stop - start >= 4, s == 0 || stop < word.count else { continue }
                    let candidate = UnsafeBufferPointer(rebasing: word[start..<stop])
                    guard candidate.count >= form.count,
                          SearchIndex.matches(form, in: candidate, at: 0) else { continue }
                    if candidate.count == form.count { return 0 }
                    if best == nil, form.count >= 4 { best = 1 }
                }
            }
        }
        return best
    }

    /// The stems of a word as strings (for tests and documentation).
    static func stems(of text: String) -> [String] {
        let bytes = Normalizer.normalizedBytes(text)
        let stem: Stem = bytes.withUnsafeBufferPointer { ArabicWords.stem(of: $0) }
        return forms(bytes.count, stem).map { String(decoding: bytes[$0], as: UTF8.self) }
    }
}
