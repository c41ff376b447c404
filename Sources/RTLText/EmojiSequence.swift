/// Emoji sequences as one glyph: a family (👨‍👩‍👧, pictographs joined by ZWJ), a skin tone
/// (👍🏽, a base and a modifier) and a flag (🇸🇦, two regional indicators) each take the two cells
/// of one wide character, as terminals that support them draw them. Without this a terminal
/// would be sent three wide characters and a lone joiner for 👨‍👩‍👧, and merge cells.
enum EmojiSequence {
    /// Extended pictographs, roughly: the emoji blocks of the supplementary plane and the BMP
    /// symbol blocks emoji come from (Miscellaneous Technical, Symbols, Dingbats, arrows, stars).
    @inline(__always)
    static func isPictographic(_ value: UInt32) -> Bool {
        switch value {
        case 0x1F000...0x1F1E5, 0x1F200...0x1FAFF, 0x2300...0x23FF, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x2190...0x21FF,
             0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D, 0x3297, 0x3299:
            true
        default: false
        }
    }

    @inline(__always)
    static func isRegionalIndicator(_ value: UInt32) -> Bool { value >= 0x1F1E6 && value <= 0x1F1FF }

    @inline(__always)
    static func isSkinToneModifier(_ value: UInt32) -> Bool { value >= 0x1F3FB && value <= 0x1F3FF }

    /// Rewrites the cell widths of `scalars` so each sequence's cells are those of its first
    /// scalar (2) and the rest take none: a pictograph after ZWJ that follows a pictograph, a skin
    /// tone after a wide base, the second regional indicator of a pair (whose first becomes wide).
    static func joinWidths(_ scalars: [UInt32], _ widths: inout [UInt8]) {
        var index = 0
        let count = scalars.count
        // The last visible scalar was part of an emoji sequence (so a ZWJ may extend it).
        var inSequence = false
        var lastVisible: UInt32 = 0
        while index < count {
            let value = scalars[index]
            if value < 0x2190 {  // the fast path: nothing below starts or extends a sequence but © ®
                if widths[index] > 0 { inSequence = value == 0x00A9 || value == 0x00AE; lastVisible = value }
                index += 1
                continue
            }
            if isRegionalIndicator(value) && index + 1 < count && isRegionalIndicator(scalars[index + 1]) {
                widths[index] = 2; widths[index + 1] = 0
                inSequence = true; lastVisible = value
                index += 2
                continue
            }
            if isSkinToneModifier(value) && inSequence && !isSkinToneModifier(lastVisible) {
                widths[index] = 0
                lastVisible = value
                index += 1
                continue
            }
            if isPictographic(value) && inSequence && index > 0 && scalars[index - 1] == 0x200D {
                widths[index] = 0
                index += 1
                continue
            }
            if widths[index] > 0 { inSequence = isPictographic(value); lastVisible = value }
            index += 1
        }
    }
}
