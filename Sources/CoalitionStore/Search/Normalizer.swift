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
    static func append(_ text: String, to output: inout [UInt8]) {
        let start = output.count
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if pendingSpace { output.append(0x20); pendingSpace = false }
            if scalar.value < 0x80 {
                output.append(UInt8(scalar.value))
            } else {
                output.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        func separate() { if output.count > start { pendingSpace = true } }
        func fold(_ scalar: Unicode.Scalar) {
            switch Normalizer.fold(scalar) {
            case .drop: break
            case .separator: separate()
            case .scalar(let folded): emit(folded)
            case .text(let folded): for s in folded.unicodeScalars { emit(s) }
            }
        }
        for scalar in text.unicodeScalars {
            if let parts = ArabicPresentationForms.decomposition(of: scalar.value) {
                for part in parts { if let s = Unicode.Scalar(part) { fold(s) } }
            } else {
                fold(scalar)
            }
        }
    }

    enum Folded {
        case drop, separator
        case scalar(Unicode.Scalar)
        case text(String)
    }

    static func fold(_ scalar: Unicode.Scalar) -> Folded {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x61...0x7A, 0x30...0x39: return .scalar(scalar)
            case 0x41...0x5A: return .scalar(Unicode.Scalar(v + 0x20)!)
            default: return .separator
            }
        }
        if (0x0600...0x06FF).contains(v) { return foldArabic(v) }
        if let latin = latinBase[v] { return .text(latin) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter:
            let lower = scalar.properties.lowercaseMapping
            return lower.unicodeScalars.count == 1 ? fold(lower.unicodeScalars.first!) : .text(lower)
        case .lowercaseLetter, .modifierLetter, .otherLetter:
            return .scalar(scalar)
        case .decimalNumber:
            if let digit = scalar.properties.numericValue, digit >= 0, digit <= 9 {
                return .scalar(Unicode.Scalar(0x30 + UInt8(digit)))
            }
            return .scalar(scalar)
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return .drop
        default:
            return .separator
        }
    }

    private static func foldArabic(_ v: UInt32) -> Folded {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0610...0x061A, 0x0640, 0x061C:
            return .drop                                    // harakat, Quranic marks, tatweel, ALM
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
            return .scalar("\u{0627}")                      // أ إ آ ٱ → ا
        case 0x0649, 0x06CC: return .scalar("\u{064A}")     // ى ی → ي
        case 0x0629, 0x06C0: return .scalar("\u{0647}")     // ة ۀ → ه
        case 0x0624, 0x0626: return .scalar("\u{0621}")     // ؤ ئ → ء
        case 0x06A9: return .scalar("\u{0643}")             // ک → ك
        case 0x0660...0x0669: return .scalar(Unicode.Scalar(0x30 + (v - 0x0660))!)
        case 0x06F0...0x06F9: return .scalar(Unicode.Scalar(0x30 + (v - 0x06F0))!)
        case 0x0600...0x060F, 0x061B, 0x061D...0x061F, 0x066A...0x066D, 0x06D4, 0x06DD, 0x06DE, 0x06E9:
            return .separator                               // ، ؛ ؟ ٪ ٫ ٬ ۔ and signs
        default:
            return .scalar(Unicode.Scalar(v)!)
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
