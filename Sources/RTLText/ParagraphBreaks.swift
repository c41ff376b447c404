/// Paragraph breaks: where one Bidi Algorithm paragraph ends and the next begins (rule P1).
///
/// ```swift
/// Paragraph.forEachParagraph(in: "سلام\nHello") { text, offset in ... }
/// // ("سلام", 0), ("Hello", 5)
/// ```
extension Paragraph {
    /// Splits `text` at paragraph separators (LF, CR LF, CR, NEL, U+2029) and calls `body` with
    /// each paragraph and the scalar offset where it starts. Text without one is passed whole.
    static func forEachParagraph(in text: String, _ body: (String, Int) -> Void) {
        // Quick byte check first: CR, LF, and the lead bytes of NEL (C2 85) and U+2029 (E2 80 A9).
        guard mayHoldBreaks(text) else { return body(text, 0) }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, startOffset = 0
        var index = start, offset = 0
        var found = false
        while index < scalars.endIndex {
            let value = scalars[index].value
            let next = scalars.index(after: index)
            if value == 0x0A || value == 0x0D || value == 0x85 || value == 0x2029 {
                found = true
                body(String(scalars[start..<index]), startOffset)
                var end = next, endOffset = offset + 1
                if value == 0x0D && end < scalars.endIndex && scalars[end].value == 0x0A {
                    end = scalars.index(after: end); endOffset += 1
                }
                start = end; startOffset = endOffset
                index = end; offset = endOffset
                continue
            }
            index = next; offset += 1
        }
        body(found ? String(scalars[start...]) : text, startOffset)
    }

    /// A quick byte scan: false when `text` has no CR, LF, nor the lead bytes of NEL (C2 85) or
    /// U+2029 (E2 80 A9), so it is one paragraph.
    private static func mayHoldBreaks(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2 { return true }
            return false
        }
        return found ?? true
    }
}
