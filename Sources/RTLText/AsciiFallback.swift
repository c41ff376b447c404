/// What a scalar becomes on a terminal that shows only ASCII (`TextOptions.ascii`: `--ascii`, or a
/// locale that is not UTF-8, where anything else prints as mojibake or escape codes).
///
/// - Typographic punctuation keeps its meaning: dashes "-", quotes ' and ", "…" "...", no-break
///   and other spaces " ", bullets and middle dots "*", Arabic comma, semicolon and digits their
///   ASCII twins.
/// - Latin letters with diacritics lose them: "é" "e", "Türkiye" "Turkiye", "ß" "ss", "Œ" "OE".
/// - Combining marks (accents written apart, harakat) are dropped.
/// - Anything else (Arabic letters, CJK, symbols) is "?", one cell, so the reader sees that
///   something was there.
///
/// ```swift
/// AsciiFallback.replacement(0x2013)   // "-" (en dash)
/// AsciiFallback.replacement(0x00E9)   // "e"
/// AsciiFallback.replacement(0x0645)   // "?" (meem)
/// AsciiFallback.replacement(0x064E)   // "" (fatha)
/// ```
enum AsciiFallback {
    /// The most scalars one scalar turns into ("…" is "...").
    static let maximumExpansion = 3

    /// The ASCII text for a scalar (itself when it is ASCII).
    static func replacement(_ value: UInt32) -> String {
        if value < 0x80 { return String(UnicodeScalar(UInt8(value))) }
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0xAD: return ""  // soft hyphen
        case 0x2010...0x2015, 0x2212, 0x2E3A, 0x2E3B: return "-"
        case 0x2018...0x201B, 0x2032, 0xB4, 0x2039, 0x203A: return "'"
        case 0x201C...0x201F, 0x2033, 0xAB, 0xBB: return "\""
        case 0x2026: return "..."
        case 0x2022, 0x2027, 0xB7, 0x2219: return "*"
        case 0xD7: return "x"
        case 0xF7, 0x2044: return "/"
        case 0x60C, 0x66C: return ","
        case 0x61B: return ";"
        case 0x61F: return "?"
        case 0x66A: return "%"
        case 0x66B: return "."
        case 0x660...0x669: return String(UnicodeScalar(UInt8(value - 0x660 + 0x30)))
        case 0x6F0...0x6F9: return String(UnicodeScalar(UInt8(value - 0x6F0 + 0x30)))
        case 0xC0...0xFF: return latin1[Int(value - 0xC0)]
        case 0x100...0x17F: return latinExtendedA[Int(value - 0x100)]
        default:
            if let scalar = Unicode.Scalar(value), CellWidth.of(value) == 0,
               scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .enclosingMark
                || scalar.properties.generalCategory == .spacingMark || scalar.properties.isDefaultIgnorableCodePoint {
                return ""
            }
            return "?"
        }
    }

    /// U+00C0–00FF.
    private static let latin1: [String] = [
        "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
        "D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "Th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "/", "o", "u", "u", "u", "u", "y", "th", "y",
    ]

    /// U+0100–017F: one letter each, but for the ligatures IJ and OE.
    private static let latinExtendedA: [String] = {
        var letters = ("AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi" + "**"
                       + "JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo" + "**" + "RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs")
            .map(String.init)
        letters[0x32] = "IJ"; letters[0x33] = "ij"; letters[0x52] = "OE"; letters[0x53] = "oe"
        return letters
    }()
}
