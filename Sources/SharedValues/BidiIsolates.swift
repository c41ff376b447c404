/// Which bidi isolate controls in a text pair up: the one rule both the screen (`Sanitizer`
/// keeps an author's balanced isolates for layout) and the data (`DataTextRule` refuses an
/// unbalanced one, and exports escape it) apply.
///
/// ```swift
/// BidiIsolates.balancedOffsets(in: "a\u{2067}b\u{2069}c\u{2069}")   // [1, 3]
/// ```
package enum BidiIsolates {
    /// Scalar offsets of the isolate initiators (U+2066–2068) that have their PDI (U+2069) in the
    /// same paragraph, and of those PDIs: the pairs rule BD9 would match.
    package static func balancedOffsets<Text: StringProtocol>(in text: Text) -> Set<Int> {
        var kept = Set<Int>()
        var open: [Int] = []
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar.value {
            case 0x2066...0x2068: open.append(offset)
            case 0x2069:
                if let start = open.popLast() { kept.insert(start); kept.insert(offset) }
            case 0x0A, 0x0D, 0x1C...0x1E, 0x85, 0x2029: open.removeAll()
            default: break
            }
        }
        return kept
    }
}
