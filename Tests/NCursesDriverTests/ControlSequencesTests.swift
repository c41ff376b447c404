import Foundation
import Testing
@testable import NCursesDriver

/// The bytes tahaluf writes around ncurses: the OSC 52 clipboard sequence `y` sends, its base64,
/// and the emergency restore string.
@Suite struct ControlSequencesTests {
    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
                      ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")])
    func base64MatchesRFC4648TestVectors(plain: String, encoded: String) {
        #expect(ControlSequences.base64(Array(plain.utf8)) == encoded)
    }

    @Test func base64AgreesWithFoundationOnEveryLengthAndByte() {
        var bytes: [UInt8] = []
        for length in 0..<300 {
            #expect(ControlSequences.base64(bytes) == Data(bytes).base64EncodedString(), "length \(length)")
            bytes.append(UInt8(truncatingIfNeeded: length &* 151 &+ 7))
        }
    }

    @Test func clipboardIsOneOSC52SequenceThatDecodesToTheText() throws {
        let text = "الضربات الجوية 35 ألف — Air strikes\nSource: 004_d9793a676d49900f.txt"
        let sequence = ControlSequences.clipboard(text)
        #expect(sequence.hasPrefix("\u{1B}]52;c;"))
        #expect(sequence.hasSuffix("\u{07}"))
        let payload = sequence.dropFirst("\u{1B}]52;c;".count).dropLast()
        #expect(!payload.contains { $0.asciiValue.map { $0 < 0x20 } ?? true }, "base64 only, nothing a terminal acts on")
        let decoded = try #require(Data(base64Encoded: String(payload)))
        #expect(String(decoding: decoded, as: UTF8.self) == text)
    }

    @Test func emergencyRestoreUsesTerminfoAndFallsBackWithout() {
        let known = ["sgr0": "<sgr0>", "cnorm": "<cnorm>", "rmkx": "<rmkx>", "rmcup": "<rmcup>"]
        let withTerminfo = ControlSequences.emergencyRestore(terminfo: { known[$0] }, mouse: true, bidiLeave: "<bidi>")
        #expect(withTerminfo == "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l<sgr0><cnorm><rmkx><rmcup><bidi>")
        let bare = ControlSequences.emergencyRestore(terminfo: { _ in nil }, mouse: false, bidiLeave: "")
        #expect(bare == "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l")
    }
}
