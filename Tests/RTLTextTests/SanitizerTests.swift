import Testing
import TahalufTestSupport  // SplitMix64, the seeded generator
import RTLText

@Suite struct SanitizerTests {
    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m", "red"),
        ("\u{1B}[38;5;196;1mbold\u{1B}[m", "bold"),
        ("\u{1B}]0;pwned\u{7}ok", "ok"),                                   // OSC ended by BEL
        ("\u{1B}]8;;http://example.com\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),  // hyperlink, ended by ST
        ("\u{1B}]52;c;ZXZpbA==\u{7}safe", "safe"),                         // clipboard write
        ("\u{1B}P1$r0m\u{1B}\\x", "x"),                                    // DCS
        ("\u{1B}_apc\u{1B}\\\u{1B}^pm\u{1B}\\\u{1B}Xsos\u{1B}\\y", "y"),    // APC, PM, SOS
        ("\u{9B}2J\u{9D}0;t\u{9C}z", "z"),                                 // 8-bit CSI, OSC, ST
        ("\u{1B}(B\u{1B}#8\u{1B}7\u{1B}c", ""),                            // nF and Fp/Fs escapes
        ("ok\u{1B}]0;never ends", "ok"),                                   // unterminated string
        ("ok\u{1B}", "ok"),
        ("\u{1B}بيت", "بيت"),                                             // not a sequence
        ("a\tb\nc\rd", "a b c d"),
        ("bell\u{7} del\u{7F} c1\u{84}", "bell\u{FFFD} del\u{FFFD} c1\u{FFFD}"),
        ("a\u{202E}b\u{2066}c\u{2069}d\u{202A}e\u{202C}", "abcde"),
        ("\u{FEFF}bom", "bom"),
    ])
    func sanitises(input: String, expected: String) {
        #expect(Sanitizer.sanitize(input) == expected)
    }

    @Test func noncharactersBecomeReplacementCharacter() {
        let text = "a" + String(Unicode.Scalar(0xFFFF)!) + String(Unicode.Scalar(0x1FFFE)!)
            + String(Unicode.Scalar(0xFDD0)!)
        #expect(Sanitizer.sanitize(text) == "a\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    @Test func invalidUTF8BecomesReplacementCharacter() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x28, 0xE2, 0x82]
        #expect(Sanitizer.sanitize(utf8: bytes) == "a\u{FFFD}b\u{FFFD}(\u{FFFD}")
    }

    /// A hostile string through every engine entry point: no control character, escape or bidi
    /// override reaches any glyph.
    @Test(arguments: [TextOptions(), TextOptions(shaping: false), TextOptions(bidi: .terminal)])
    func nothingHostileReachesAGlyph(options: TextOptions) {
        let hostile = "\u{1B}[2J\u{1B}[H\u{1B}]0;title\u{7}عنوان \u{9B}31m\u{202E}evil\u{202C} \u{1B}P+q\u{1B}\\"
            + "\u{2067}مرحبا\u{2069}\u{8D}\u{1B}[?1049h\u{0}\u{1B}]52;c;aGk=\u{1B}\\ tail\u{1B}[6n"
        let engine = TextEngine(options: options)
        var rows = engine.wrap(hostile, width: 7, base: .rtl)
        rows.append(engine.line(hostile, base: .auto))
        rows.append(engine.fit(hostile, width: 12, base: .ltr))
        for row in rows {
            for scalar in row.string.unicodeScalars {
                #expect(!Self.isDangerous(scalar.value), "U+\(String(scalar.value, radix: 16)) in \(row.string)")
            }
            #expect(!row.string.contains("[2J") && !row.string.contains("52;") && !row.string.contains("1049"))
        }
    }

    /// Random mixes of escape-sequence pieces never leave a dangerous scalar behind.
    @Test func randomEscapeSoupIsAlwaysSafe() {
        let pieces: [String] = ["\u{1B}", "[", "]", "P", "\\", "\u{7}", "\u{9B}", "\u{9D}", "\u{9C}", "\u{90}",
                                "1", ";", "m", "a", "ب", "\u{202E}", "\u{2066}", "\u{18}", "\u{85}", " ", "\u{7F}"]
        var generator = SplitMix64(seed: 0x7A4A_1F)
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 24) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let safe = Sanitizer.sanitize(text)
            #expect(!safe.unicodeScalars.contains { Self.isDangerous($0.value) }, "\(Array(text.unicodeScalars))")
        }
    }

    static func isDangerous(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
