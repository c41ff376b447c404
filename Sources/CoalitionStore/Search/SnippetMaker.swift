/// Cuts the snippet a hit shows: the matched words of a field as written in the data, with a
/// little context before and more after, cut at spaces.
///
/// The match is found again in the field's search form, whose bytes remember the scalar they
/// came from (`Normalizer.normalizedWithOrigins`), so the highlight covers the original letters
/// with their harakat. Preference: the query at a word start, then a stem of it (an Arabic word
/// with its clitics set aside), then anywhere.
///
/// ```swift
/// SnippetMaker.snippet(of: "Air strikes in Iraq and Syria", for: Array("air".utf8))
/// // Snippet(before: "", match: "Air", after: " strikes in Iraq and Syria")
/// ```
enum SnippetMaker {
    /// Scalars of context kept before the match, and the most kept in all.
    static let contextBefore = 24, maximumLength = 120

    static func snippet(of field: String, for needle: [UInt8]) -> Snippet {
        let scalars = field.unicodeScalars
        let normalised = Normalizer.normalizedWithOrigins(field)
        var origins: [String.Index]? = normalised.origins
        let form = ArabicWords.joinCompounds(normalised.bytes, origins: &origins)
        guard let origins, let found = location(of: needle, in: form) else {
            return Snippet(before: "", match: "", after: clip(scalars[...]))
        }
        let start = origins[found.lowerBound]
        var end = scalars.index(after: origins[found.upperBound - 1])
        while end < scalars.endIndex, Normalizer.isDropped(scalars[end]) { end = scalars.index(after: end) }
        // Context before: at most `contextBefore` scalars, from a word start when there is one.
        var from = start
        var taken = 0
        while from > scalars.startIndex, taken < contextBefore {
            from = scalars.index(before: from)
            taken += 1
        }
        if from > scalars.startIndex, let space = scalars[from..<start].firstIndex(where: { $0.properties.isWhitespace }) {
            from = scalars.index(after: space)
        }
        let before = (from > scalars.startIndex ? "…" : "") + oneLine(scalars[from..<start])
        let match = oneLine(scalars[start..<end])
        let room = max(0, maximumLength - before.unicodeScalars.count - match.unicodeScalars.count)
        return Snippet(before: before, match: match, after: clip(scalars[end...], room: room))
    }

    /// Up to `room` scalars from `from`, cut at a space, with "…" when cut.
    private static func clip(_ rest: Substring.UnicodeScalarView, room: Int = maximumLength) -> String {
        var end = rest.index(rest.startIndex, offsetBy: room, limitedBy: rest.endIndex) ?? rest.endIndex
        guard end < rest.endIndex else { return oneLine(rest) }
        if let space = rest[rest.startIndex..<end].lastIndex(where: { $0.properties.isWhitespace }), space > rest.startIndex {
            end = space
        }
        return oneLine(rest[rest.startIndex..<end]) + "…"
    }

    private static func oneLine(_ scalars: Substring.UnicodeScalarView) -> String {
        var line = String.UnicodeScalarView()
        for scalar in scalars { line.append(scalar.properties.isWhitespace ? " " : scalar) }
        return String(line)
    }

    /// Where the needle (or, for an Arabic word, one of its stems) best occurs in a search form.
    static func location(of needle: [UInt8], in form: [UInt8]) -> Range<Int>? {
        var candidates = [0..<needle.count]
        if needle[0] == 0xD8 || needle[0] == 0xD9, !needle.contains(0x20) {
            let stem = needle.withUnsafeBufferPointer { ArabicWords.stem(of: $0) }
            candidates += ArabicWords.forms(needle.count, stem).dropFirst().sorted { $0.count > $1.count }
        }
        return needle.withUnsafeBufferPointer { q in
            form.withUnsafeBufferPointer { text in
                var anywhere: Range<Int>?
                for candidate in candidates {
                    let part = UnsafeBufferPointer(rebasing: q[candidate])
                    guard !part.isEmpty, part.count <= text.count else { continue }
                    for start in 0...(text.count - part.count) where SearchIndex.matches(part, in: text, at: start) {
                        if start == 0 || text[start - 1] == 0x20 || isCliticStart(text, before: start) {
                            return start..<(start + part.count)
                        }
                        if anywhere == nil { anywhere = start..<(start + part.count) }
                    }
                }
                return anywhere
            }
        }
    }

    /// True when the bytes between the previous space and `start` are a proclitic (بال in بالباغوز).
    private static func isCliticStart(_ text: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var wordStart = start
        while wordStart > 0, text[wordStart - 1] != 0x20 { wordStart -= 1 }
        guard start - wordStart <= 8 else { return false }
        var wordEnd = start
        while wordEnd < text.count, text[wordEnd] != 0x20 { wordEnd += 1 }
        let word = UnsafeBufferPointer(rebasing: text[wordStart..<wordEnd])
        let stem = ArabicWords.stem(of: word)
        return Int(stem.afterArticle) == start - wordStart || Int(stem.afterLetter) == start - wordStart
    }
}
