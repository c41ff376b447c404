/// Text work for articles that does not depend on the data: decoding a file, splitting it into
/// paragraphs, and matching with whitespace (and, for search, letter forms) folded, while keeping
/// every match's place in the original text.
public enum ArticleText {
    public struct Problem: Error, Hashable { public var message: String }

    /// UTF-8 bytes as text: a byte-order mark dropped, CR LF and CR made LF. Invalid UTF-8 or a NUL
    /// byte (a binary file) is refused with the byte offset.
    static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if let nul = bytes[start...].firstIndex(of: 0) {
            return .failure(Problem(message: "not a text file (a NUL byte at byte \(nul))"))
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes[start...].makeIterator()
        var consumed = start
        var previousWasCR = false
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                if scalar == "\r" { scalars.append("\n"); previousWasCR = true; continue }
                if scalar == "\n" && previousWasCR { previousWasCR = false; continue }
                previousWasCR = false
                scalars.append(scalar)
            case .emptyInput: break loop
            case .error: return .failure(Problem(message: "not UTF-8 text (an invalid byte near byte \(consumed))"))
            }
        }
        return .success(String(scalars))
    }

    /// Lines as paragraphs, as the article has them: each line is one; a run of blank lines is one
    /// empty paragraph (a gap); none at the start or the end.
    public static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                if let last = result.last, !last.isEmpty { result.append("") }
            } else {
                result.append(String(line))
            }
        }
        if result.last == "" { result.removeLast() }
        return result
    }

    /// A text with its whitespace runs (spaces, no-break spaces, tabs, line ends) made one space,
    /// each folded scalar remembering where it came from.
    struct Folded {
        var scalars: [Unicode.Scalar] = []
        var origins: [ArticlePosition] = []
        /// Just past the last scalar folded (so a match's end maps back too).
        var ends: [ArticlePosition] = []
    }

    /// `paragraphs` as one folded text (paragraph ends count as whitespace). `letters` also folds
    /// letter forms for search: case, Arabic harakat and tatweel dropped, alef forms as bare alef.
    static func fold(_ paragraphs: [String], letters: Bool) -> Folded {
        var folded = Folded()
        for (p, paragraph) in paragraphs.enumerated() {
            var offset = 0
            for scalar in paragraph.unicodeScalars {
                defer { offset += 1 }
                let here = ArticlePosition(paragraph: p, offset: offset)
                let after = ArticlePosition(paragraph: p, offset: offset + 1)
                if scalar.properties.isWhitespace {
                    if folded.scalars.last != " " { folded.scalars.append(" "); folded.origins.append(here); folded.ends.append(after) }
                    continue
                }
                guard let shown = letters ? searchForm(scalar) : scalar else { continue }
                folded.scalars.append(shown); folded.origins.append(here); folded.ends.append(after)
            }
            if folded.scalars.last != " ", p + 1 < paragraphs.count {
                let end = ArticlePosition(paragraph: p, offset: offset)
                folded.scalars.append(" "); folded.origins.append(end); folded.ends.append(end)
            }
        }
        return folded
    }

    /// A query or quote folded like the text, without its outer spaces.
    static func foldQuery(_ text: String, letters: Bool) -> [Unicode.Scalar] {
        var scalars = fold([text], letters: letters).scalars
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return scalars
    }

    /// The scalar search compares, or nil for one it skips (harakat, tatweel).
    private static func searchForm(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x064B...0x065F, 0x0670, 0x0640: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 0x20)
        default: return scalar
        }
    }

    /// Every place `needle` occurs in `haystack`, left to right, not overlapping.
    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], first: Bool = false) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) {
                found.append(i)
                if first { break }
                i += needle.count
            } else {
                i += 1
            }
        }
        return found
    }

    /// Where `query` occurs in `paragraphs`, ignoring case, Arabic harakat and tatweel, alef forms
    /// and differences in spacing: what `/` in the reader finds.
    ///
    /// ```swift
    /// ArticleText.search("داعش", in: ["التحالف الدولي لدحر داعش"])   // one range, (0, 20)..<(0, 24)
    /// ```
    public static func search(_ query: String, in paragraphs: [String]) -> [Range<ArticlePosition>] {
        let needle = foldQuery(query, letters: true)
        guard !needle.isEmpty else { return [] }
        let text = fold(paragraphs, letters: true)
        return occurrences(of: needle, in: text.scalars).map { text.origins[$0]..<text.ends[$0 + needle.count - 1] }
    }
}

/// A place in an article: a paragraph and an offset in it, in Unicode scalars (the offsets the
/// text engine's glyphs carry, so a range maps straight onto the cells that show it).
public struct ArticlePosition: Hashable, Sendable, Comparable {
    public var paragraph: Int
    public var offset: Int
    public init(paragraph: Int, offset: Int) { self.paragraph = paragraph; self.offset = offset }
    public static func < (a: Self, b: Self) -> Bool { (a.paragraph, a.offset) < (b.paragraph, b.offset) }
}

extension Range where Bound == ArticlePosition {
    /// The part of the range inside paragraph `p` (of `length` scalars), as scalar offsets.
    public func offsets(inParagraph p: Int, length: Int) -> Range<Int>? {
        guard lowerBound.paragraph <= p, p <= upperBound.paragraph else { return nil }
        let start = lowerBound.paragraph == p ? lowerBound.offset : 0
        let end = upperBound.paragraph == p ? upperBound.offset : length
        return start < end ? start..<end : nil
    }
}
