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
            // Folding grows text at most twelvefold (a ligature such as ﷺ becomes a phrase).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 12 + 16) { scratch in
                var sink = Sink(base: scratch.baseAddress!)
                var i = 0
                let n = bytes.count
                while i < n {
                    let b = bytes[i]
                    let v: UInt32
                    if b < 0x80 {
                        sink.emit(foldASCII(b), UInt32(b))
                        i += 1
                        continue
                    } else if b < 0xE0 {
                        v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                        if b >= 0xD8 && b <= 0xDB {                 // U+0600–06FF: the table, not the switch
                            sink.emit(UInt32(arabicFolds[Int(v - 0x0600)]), v)
                            continue
                        }
                    } else if b < 0xF0 {
                        v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                            | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    if ArabicPresentationForms.range.contains(v), let parts = ArabicPresentationForms.decomposition(of: v) {
                        for part in parts { sink.emit(fold(part), part) }
                    } else {
                        sink.emit(fold(v), v)
                    }
                }
                output.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress!, count: sink.count))
            }
        }
    }

    /// What `fold` returns besides a scalar value.
    fileprivate static let drop: UInt32 = 0, separator: UInt32 = 1, complex: UInt32 = 2

    /// Where folded text is written: words separated by single spaces, none at either end.
    private struct Sink {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0
        var pendingSpace = false

        init(base: UnsafeMutablePointer<UInt8>) { self.base = base }

        @inline(__always)
        mutating func emit(_ folded: UInt32, _ original: UInt32) {
            switch folded {
            case Normalizer.drop: return
            case Normalizer.separator:
                if count > 0 { pendingSpace = true }
                return
            case Normalizer.complex:
                for scalar in Normalizer.complexFold(original).unicodeScalars {
                    let v = scalar.value
                    emit(v < 0x80 ? Normalizer.foldASCII(UInt8(v)) : Normalizer.fold(v), v)
                }
                return
            default: break
            }
            if pendingSpace { put(0x20); pendingSpace = false }
            let v = folded
            switch v {
            case 0..<0x80:
                put(UInt8(v))
            case 0x80..<0x800:
                put(UInt8(0xC0 | (v >> 6))); put(UInt8(0x80 | (v & 0x3F)))
            case 0x800..<0x10000:
                put(UInt8(0xE0 | (v >> 12))); put(UInt8(0x80 | ((v >> 6) & 0x3F))); put(UInt8(0x80 | (v & 0x3F)))
            default:
                put(UInt8(0xF0 | (v >> 18))); put(UInt8(0x80 | ((v >> 12) & 0x3F)))
                put(UInt8(0x80 | ((v >> 6) & 0x3F))); put(UInt8(0x80 | (v & 0x3F)))
            }
        }

        @inline(__always)
        private mutating func put(_ byte: UInt8) {
            base[count] = byte
            count += 1
        }
    }

    @inline(__always)
    fileprivate static func foldASCII(_ b: UInt8) -> UInt32 {
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
    fileprivate static func complexFold(_ v: UInt32) -> String {
        if let latin = latinBase[v] { return latin }
        guard let scalar = Unicode.Scalar(v) else { return " " }
        return scalar.properties.lowercaseMapping
    }

    /// `foldArabic` for every scalar of the Arabic block, looked up rather than computed.
    private static let arabicFolds: [UInt16] = (0x0600...0x06FF).map { UInt16(foldArabic(UInt32($0))) }

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
    fileprivate static let latinBase: [UInt32: String] = {
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

extension Normalizer {
    /// The normalised form of `text` together with, for every output byte, the index of the
    /// scalar of `text` it came from (a separator space maps to the scalar that caused it).
    ///
    /// The same folding as `append`, one scalar at a time; it runs only over the fields of the
    /// hits being shown, to place a snippet's highlight in the original text.
    static func normalizedWithOrigins(_ text: String) -> (bytes: [UInt8], origins: [String.Index]) {
        var bytes: [UInt8] = []
        var origins: [String.Index] = []
        var pendingSpace: String.Index?
        func emit(_ folded: UInt32, _ original: UInt32, at index: String.Index) {
            switch folded {
            case drop: return
            case separator:
                if !bytes.isEmpty, pendingSpace == nil { pendingSpace = index }
                return
            case complex:
                for scalar in complexFold(original).unicodeScalars {
                    let v = scalar.value
                    emit(v < 0x80 ? foldASCII(UInt8(v)) : fold(v), v, at: index)
                }
                return
            default: break
            }
            if let space = pendingSpace {
                bytes.append(0x20); origins.append(space); pendingSpace = nil
            }
            let before = bytes.count
            if let scalar = Unicode.Scalar(folded) {
                UTF8.encode(scalar) { bytes.append($0) }
            } else {
                bytes.append(0x20)
            }
            origins.append(contentsOf: repeatElement(index, count: bytes.count - before))
        }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let v = scalars[index].value
            if v < 0x80 {
                emit(foldASCII(UInt8(v)), v, at: index)
            } else if ArabicPresentationForms.range.contains(v), let parts = ArabicPresentationForms.decomposition(of: v) {
                for part in parts { emit(fold(part), part, at: index) }
            } else {
                emit(fold(v), v, at: index)
            }
            index = scalars.index(after: index)
        }
        return (bytes, origins)
    }

    /// True for a scalar that normalisation drops (harakat, tatweel, format characters): a
    /// highlight that ends on a letter extends over the marks that follow it.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 || latinBase[v] != nil { return false }
        return fold(v) == drop
    }
}
