/// The lam-alef ligature across harakat. FriBidi ligates lam and alef only when they are
/// neighbours, but `لَا` (fatha), `لٰا` (superscript alef) and `مثلًا` (tanween) put marks between
/// them; FriBidi still joins the two (marks are transparent to joining), so after shaping a lam in
/// its initial or medial form is followed by marks and an alef in its final form. That becomes
/// the ligature in the lam's slot, the marks after it (they ride on it: ﻻَ), and a FILL in the
/// alef's slot, which the glyph assembler skips.
enum LamAlef {
    /// Lam-alef ligatures U+FEF5–FEFC.
    @inline(__always)
    static func isLigature(_ value: UInt32) -> Bool { value >= 0xFEF5 && value <= 0xFEFC }

    /// Rewrites shaped scalars in place (logical order).
    static func ligateAcrossMarks(_ text: UnsafeMutableBufferPointer<UInt32>) {
        var index = 0
        while index + 2 < text.count {
            let lam = text[index]
            guard lam == 0xFEDF || lam == 0xFEE0 else { index += 1; continue }
            var alef = index + 1
            while alef < text.count && isHaraka(text[alef]) { alef += 1 }
            guard alef > index + 1, alef < text.count, let isolated = isolatedLigature(finalAlef: text[alef]) else {
                index += 1; continue
            }
            text[index] = lam == 0xFEDF ? isolated : isolated + 1  // initial lam: isolated; medial: final
            text[alef] = Bidi.fill
            index = alef + 1
        }
    }

    /// The isolated ligature for an alef in its final form (the final ligature is the next one).
    private static func isolatedLigature(finalAlef: UInt32) -> UInt32? {
        switch finalAlef {
        case 0xFE82: 0xFEF5  // alef with madda
        case 0xFE84: 0xFEF7  // alef with hamza above
        case 0xFE88: 0xFEF9  // alef with hamza below
        case 0xFE8E: 0xFEFB  // alef
        default: nil
        }
    }

    /// Arabic combining marks that may sit between a lam and its alef.
    @inline(__always)
    private static func isHaraka(_ value: UInt32) -> Bool {
        (value >= 0x064B && value <= 0x065F) || value == 0x0670 || (value >= 0x0610 && value <= 0x061A)
            || (value >= 0x06D6 && value <= 0x06ED && value != 0x06DD && value != 0x06DE && value != 0x06E5 && value != 0x06E6)
    }
}

/// Canonical composition (NFC) of the Arabic letters that have a decomposed spelling: alef,
/// waw, yeh, heh goal, yeh barree and teh marbuta goal with madda or hamza (U+0622, 0623, 0624,
/// 0625, 0626, 06C0, 06C2, 06D3). `بي\u{654}ر` and `بئر` are the same word and must look the same:
/// FriBidi shapes the decomposed form as yeh plus a floating hamza. The table is the whole of
/// Unicode's canonical compositions in the Arabic block (`UnicodeData.txt`), so a table here
/// does what full NFC would do for Arabic without a normaliser (the Swift standard library
/// compares canonically but does not expose NFC, and `FoundationEssentials`, which the engine
/// may not import, is not linked into RTLText).
enum ArabicComposition {
    /// Composes `mark` (U+0653–0655) with the starter it follows, if that starter is not blocked
    /// (only marks of a lower, non-zero combining class between them, as NFC allows: ئّ → ئّ).
    /// Returns false when nothing composes; the caller then keeps the mark.
    static func compose(_ mark: UInt32, into scalars: UnsafeMutableBufferPointer<UInt32>, count: Int) -> Bool {
        let markClass = combiningClass(mark)
        var index = count - 1
        while index >= 0 {
            let previous = combiningClass(scalars[index])
            if previous == 0 { break }
            if previous >= markClass { return false }
            index -= 1
        }
        guard index >= 0, let composed = composition(scalars[index], mark) else { return false }
        scalars[index] = composed
        return true
    }

    private static func composition(_ base: UInt32, _ mark: UInt32) -> UInt32? {
        switch (base, mark) {
        case (0x0627, 0x0653): 0x0622
        case (0x0627, 0x0654): 0x0623
        case (0x0648, 0x0654): 0x0624
        case (0x0627, 0x0655): 0x0625
        case (0x064A, 0x0654): 0x0626
        case (0x06D5, 0x0654): 0x06C0
        case (0x06C1, 0x0654): 0x06C2
        case (0x06D2, 0x0654): 0x06D3
        default: nil
        }
    }

    private static func combiningClass(_ value: UInt32) -> UInt8 {
        Unicode.Scalar(value)?.properties.canonicalCombiningClass.rawValue ?? 0
    }
}

/// `--digits arabic` in Arabic context only. A number is written ٢٠١٥ when the nearest letter
/// before it (or, with none before, after it) is Arabic, or when the text has no letter at all
/// and is laid out right to left (a year heading in the Arabic UI), and its word (the run between spaces
/// or isolates) holds no Latin letter, `_`, `@` or `://`: file names (`000_895db97f.txt`), URLs,
/// ids (`ministerial-2022-marrakesh`), codes (`UNSCR 2170` after a Latin word) and Latin words
/// (`COVID-19`) keep their digits, so a citation stays true to its source.
enum ArabicDigits {
    static func convert(_ scalars: inout [UInt32], withoutLetters: Bool) {
        let count = scalars.count
        // For each index, the script of the nearest letter at or before it.
        var before = [Script](repeating: .none, count: count)
        var last = Script.none
        var anyLetter = false
        for index in 0..<count {
            let script = Script.of(scalars[index])
            if script != .none { last = script; anyLetter = true }
            if Self.isIsolateControl(scalars[index]) { last = .none }  // a field is its own context
            before[index] = last
        }
        var next = Script.none  // the nearest letter after the current position
        var wordEnd = count
        var index = count - 1
        var nextByIndex = [Script](repeating: .none, count: count)
        while index >= 0 {
            nextByIndex[index] = next
            let script = Script.of(scalars[index])
            if script != .none { next = script }
            if Self.isIsolateControl(scalars[index]) { next = .none }
            index -= 1
        }
        index = count - 1
        while index >= 0 {
            if isWordSeparator(scalars[index]) { wordEnd = index; index -= 1; continue }
            var wordStart = index
            while wordStart > 0 && !isWordSeparator(scalars[wordStart - 1]) { wordStart -= 1 }
            convertWord(&scalars, wordStart..<wordEnd, before: before, after: nextByIndex,
                        withoutLetters: withoutLetters && !anyLetter)
            wordEnd = wordStart
            index = wordStart - 1
        }
    }

    private static func convertWord(_ scalars: inout [UInt32], _ word: Range<Int>, before: [Script], after: [Script],
                                    withoutLetters: Bool) {
        var firstDigit = -1
        for index in word {
            let value = scalars[index]
            if value >= 0x30 && value <= 0x39 { if firstDigit < 0 { firstDigit = index } }
            else if Script.of(value) == .latin || value == 0x5F || value == 0x40 { return }
            else if value == 0x3A && index + 2 < word.upperBound && scalars[index + 1] == 0x2F { return }
        }
        guard firstDigit >= 0 else { return }
        let context = before[firstDigit] != .none ? before[firstDigit] : after[firstDigit]
        guard context == .arabic || withoutLetters else { return }
        for index in word where scalars[index] >= 0x30 && scalars[index] <= 0x39 { scalars[index] += 0x630 }
    }

    private static func isIsolateControl(_ value: UInt32) -> Bool { value >= 0x2066 && value <= 0x2069 }

    private static func isWordSeparator(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2066...0x2069: true
        default: false
        }
    }

    enum Script { case none, arabic, latin, other
        static func of(_ value: UInt32) -> Script {
            switch value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return value == 0xD7 || value == 0xF7 ? .none : .latin
            case 0x0620...0x064A, 0x066E...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FF, 0x0750...0x077F,
                 0x08A0...0x08C9, 0xFB50...0xFDFF, 0xFE70...0xFEFC: return .arabic
            case 0..<0x250: return .none
            default:
                guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic,
                      !scalar.properties.isWhitespace else { return .none }
                return (0x0590...0x08FF).contains(value) ? .none : .other
            }
        }
    }
}
