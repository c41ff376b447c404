#if canImport(Glibc)
import Glibc
#endif
import Testing
import RTLText

@Suite struct CellWidthTests {
    /// Our table against glibc's `wcwidth()` under C.UTF-8, over the ranges the data set uses:
    /// Latin, combining marks, Arabic and its presentation forms, CJK, Hangul, fullwidth forms,
    /// emoji. Code points glibc does not know (its Unicode is older) are left out.
    @Test func matchesGlibcWcwidthUnderCUTF8() throws {
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil)
        // Glibc's module map hides wcwidth (it needs _XOPEN_SOURCE); look it up in libc itself.
        let symbol = try #require(dlsym(dlopen(nil, RTLD_NOW), "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF,
            0x200B...0x206F, 0xFB50...0xFDFF, 0xFE00...0xFE0F, 0xFE70...0xFEFF,
            0x1100...0x11FF, 0x3000...0x303F, 0x4E00...0x9FFF, 0xAC00...0xACFF, 0xFF00...0xFFEF,
            0x2600...0x27BF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        ]
        var compared = 0
        var mismatches: [String] = []
        for range in ranges {
            for value in range {
                let expected = Int(wcwidth(Int32(value)))
                guard expected >= 0, let scalar = Unicode.Scalar(value) else { continue }
                compared += 1
                if CellWidth.of(scalar) != expected {
                    mismatches.append("U+\(String(value, radix: 16, uppercase: true)): \(CellWidth.of(scalar)) vs \(expected)")
                }
            }
        }
        #expect(compared > 25_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// The generated range tables against the rule stated with Swift's own Unicode properties,
    /// over every scalar assigned by Unicode 15.0 (the tables' version): zero width exactly for
    /// controls, Mn, Me, Cf and other default-ignorables (not the Hangul fillers), Hangul medial
    /// vowels and finals; printed prepended concatenation marks and the soft hyphen take a cell;
    /// emoji presentation takes two (not the regional indicators, narrow in glibc too).
    @Test func tablesFollowTheRuleForEveryScalar() {
        let printedFormats: Set<UInt32> = [0xAD, 0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891,
                                           0x8E2, 0x110BD, 0x110CD]
        var checked = 0
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age,
                  age.major < 15 || (age.major == 15 && age.minor == 0),
                  value != 0x1171E  // Ahom medial ra: Mn in 15.0, Mc in the Unicode Swift carries
            else { continue }
            checked += 1
            let properties = scalar.properties
            var zero: Bool
            switch properties.generalCategory {
            case .control: zero = true
            case .nonspacingMark, .enclosingMark, .format: zero = !printedFormats.contains(value)
            case .otherLetter: zero = false
            default: zero = properties.isDefaultIgnorableCodePoint
            }
            if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { zero = true }
            let width = CellWidth.of(scalar)
            let wideEmoji = properties.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains(value)
            let ok = zero ? width == 0 : (wideEmoji ? width == 2 : width >= 1 && width <= 2)
            if !ok { mismatches.append("U+\(String(value, radix: 16, uppercase: true)) \(width)") }
        }
        #expect(checked > 140_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func arabicLettersMarksAndLigatures() {
        #expect(CellWidth.of("ب") == 1)
        #expect(CellWidth.of("\u{FEFB}") == 1)   // lam-alef ligature
        #expect(CellWidth.of("\u{064E}") == 0)   // fatha
        #expect(CellWidth.of("\u{0640}") == 1)   // tatweel
        #expect(CellWidth.of("\u{FEFF}") == 0)   // FriBidi's fill
        #expect(CellWidth.of("\u{200F}") == 0)   // RLM
        #expect(CellWidth.of("\u{0600}") == 1)   // Arabic number sign is printed
    }

    @Test func wideAndZeroWidth() {
        #expect(CellWidth.of("中") == 2)
        #expect(CellWidth.of("😀") == 2)
        #expect(CellWidth.of("\u{200D}") == 0)   // ZWJ
        #expect(CellWidth.of("\u{0301}") == 0)   // combining acute
        #expect(CellWidth.of("e\u{301}") == 1)
        #expect(CellWidth.of("\u{1F1E6}") == 1)  // regional indicator: narrow in glibc too
    }
}
