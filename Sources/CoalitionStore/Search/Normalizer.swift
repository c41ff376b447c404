/// Folds text so that spellings a reader considers the same compare equal, for search.
///
/// Arabic: harakat, Quranic marks and tatweel are dropped; أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ ئ → ء;
/// Persian ک ی → ك ي; presentation forms (ﻣﺮﺍﻛﺶ) → base letters. Digits: Arabic-Indic ٠–٩ and
/// extended ۰–۹ → 0–9. Latin: lower-cased, common accents removed (Türkiye → turkiye).
/// Punctuation, symbols and whitespace separate words; the result has single spaces between
/// words and none at either end.
/// ```swift
/// Normalizer.normalize("مَرَّاكُش")          // "مراكش"
/// Normalizer.normalize("  The  FFIS, 2015 ") // "the ffis 2015"
/// Normalizer.normalize("الإمارات ١٠٠")       // "الامارات 100"
/// ```
public enum Normalizer {
    public static func normalize(_ text: String) -> String {
        String(decoding: normalizedBytes(text), as: UTF8.self)
    }

    /// The normalised text as UTF-8, the form the search index stores.
    public static func normalizedBytes(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return output
    }

    /// Appends the normalised form of `text` to `output`, with no space before or after it.
    ///
    /// One pass over the UTF-8 bytes; this runs over every searchable field when a store is built.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            let start = output.count
            var pendingSpace = false
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                var v: UInt32
                if b < 0x80 {
                    i += 1
                    v = foldASCII(b)
                } else if b < 0xE0 {
                    v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0 {
                    v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                        | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                if b >= 0x80 {
                    if ArabicPresentationForms.range.contains(v), let parts = ArabicPresentationForms.decomposition(of: v) {
                        for part in parts { emit(fold(part), part, &output, start, &pendingSpace) }
                        continue
                    }
                    emit(fold(v), v, &output, start, &pendingSpace)
                } else {
                    emit(v, v, &output, start, &pendingSpace)
                }
            }
        }
    }

    /// What `fold` returns besides a scalar value.
    private static let drop: UInt32 = 0, separator: UInt32 = 1, complex: UInt32 = 2

    @inline(__always)
    private static func emit(_ folded: UInt32, _ original: UInt32, _ output: inout [UInt8], _ start: Int,
                             _ pendingSpace: inout Bool) {
        switch folded {
        case drop: return
        case separator:
            if output.count > start { pendingSpace = true }
            return
        case complex:
            for scalar in complexFold(original).unicodeScalars {
                emit(scalar.value < 0x80 ? foldASCII(UInt8(scalar.value)) : fold(scalar.value), scalar.value, &output, start,
                     &pendingSpace)
            }
            return
        default: break
        }
        if pendingSpace { output.append(0x20); pendingSpace = false }
        let v = folded
        switch v {
        case 0..<0x80:
            output.append(UInt8(v))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (v >> 6))); output.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (v >> 12))); output.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (v & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (v >> 18))); output.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((v >> 6) & 0x3F))); output.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    @inline(__always)
    private static func foldASCII(_ b: UInt8) -> UInt32 {
        switch b {
        case 0x61...0x7A, 0x30...0x39: return UInt32(b)
        case 0x41...0x5A: return UInt32(b) + 0x20
        default: return separator
        }
    }

    /// The folded scalar value of a non-ASCII scalar, or `drop`, `separator`, or `complex` (the
    /// scalar folds to several scalars: see `complexFold`).
    static func fold(_ v: UInt32) -> UInt32 {
        if (0x0600...0x06FF).contains(v) { return foldArabic(v) }
        if latinBase[v] != nil { return complex }
        guard let scalar = Unicode.Scalar(v) else { return separator }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let single = lower.first { return single.value }
            return complex
        case .lowercaseLetter, .modifierLetter, .otherLetter:
            return v
        case .decimalNumber:
            if let digit = scalar.properties.numericValue, digit >= 0, digit <= 9 { return 0x30 + UInt32(digit) }
            return v
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return drop
        default:
            return separator
        }
    }

    /// The several-scalar folds: accented Latin to ASCII (`æ` → `ae`), multi-letter lower-case mappings.
    private static func complexFold(_ v: UInt32) -> String {
        if let latin = latinBase[v] { return latin }
        guard let scalar = Unicode.Scalar(v) else { return " " }
        return scalar.properties.lowercaseMapping
    }

    private static func foldArabic(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0610...0x061A, 0x0640, 0x061C:
            return drop                                     // harakat, Quranic marks, tatweel, ALM
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
            return 0x0627                                   // أ إ آ ٱ → ا
        case 0x0649, 0x06CC: return 0x064A                  // ى ی → ي
        case 0x0629, 0x06C0: return 0x0647                  // ة ۀ → ه
        case 0x0624, 0x0626: return 0x0621                  // ؤ ئ → ء
        case 0x06A9: return 0x0643                          // ک → ك
        case 0x0660...0x0669: return 0x30 + (v - 0x0660)    // Arabic-Indic digits
        case 0x06F0...0x06F9: return 0x30 + (v - 0x06F0)    // extended (Persian) digits
        case 0x0600...0x060F, 0x061B, 0x061D...0x061F, 0x066A...0x066D, 0x06D4, 0x06DD, 0x06DE, 0x06E9:
            return separator                                // ، ؛ ؟ ٪ ٫ ٬ ۔ and signs
        default:
            return v
        }
    }

    /// Latin letters with accents, as they appear in member names, folded to ASCII.
    private static let latinBase: [UInt32: String] = {
        let pairs = "àa áa âa ãa äa åa āa ăa ąa æae çc ćc čc ďd đd èe ée êe ëe ēe ėe ęe ěe ğg ìi íi îi ïi īi įi ıi " +
            "ľl łl ñn ńn ňn òo óo ôo õo öo øo ōo őo œoe ŕr řr śs şs šs ßss țt ţt ťt ùu úu ûu üu ūu ůu űu ųu ýy ÿy " +
            "źz żz žz ðd þth șs"
        var table: [UInt32: String] = [:]
        for pair in pairs.split(separator: " ") where pair.count >= 2 {
            let letter = pair.unicodeScalars.first!
            let base = String(pair.unicodeScalars.dropFirst())
            table[letter.value] = base
            let upper = letter.properties.uppercaseMapping.unicodeScalars
            if upper.count == 1, let capital = upper.first, capital.value >= 0x80, capital != letter {
                table[capital.value] = base
            }
        }
        return table
    }()
}
