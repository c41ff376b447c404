import CNCursesW
import Testing
import TerminalUI
@testable import NCursesDriver

/// What `wget_wch` hands over becomes the `Key` the keymap expects: control characters by name,
/// Arabic as one character, C1 controls and unknown keypad codes dropped.
@Suite struct KeyDecoderTests {
    @Test(arguments: [(UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (8, .backspace),
                      (127, .backspace), (1, .ctrl("a")), (3, .ctrl("c")), (26, .ctrl("z")),
                      (0x71, .char("q")), (0x0645, .char("م")), (0xFEFB, .char("ﻻ"))])
    func charactersDecode(code: UInt32, key: Key) {
        #expect(KeyDecoder.character(code) == key)
    }

    @Test(arguments: [UInt32(0), 28, 31, 0x80, 0x9B, 0x9F, 0xD800, 0x110000])
    func controlsAndNonScalarsAreDropped(code: UInt32) {
        #expect(KeyDecoder.character(code) == nil)
    }

    @Test func keypadCodesDecode() {
        #expect(KeyDecoder.keyCode(KEY_UP) == .up)
        #expect(KeyDecoder.keyCode(KEY_DOWN) == .down)
        #expect(KeyDecoder.keyCode(KEY_LEFT) == .left)
        #expect(KeyDecoder.keyCode(KEY_RIGHT) == .right)
        #expect(KeyDecoder.keyCode(KEY_PPAGE) == .pageUp)
        #expect(KeyDecoder.keyCode(KEY_NPAGE) == .pageDown)
        #expect(KeyDecoder.keyCode(KEY_BTAB) == .backTab)
        #expect(KeyDecoder.keyCode(KEY_DC) == .delete)
        #expect(KeyDecoder.keyCode(tah_key_f(0) + 1) == .function(1))
        #expect(KeyDecoder.keyCode(tah_key_f(0) + 12) == .function(12))
        #expect(KeyDecoder.keyCode(tah_key_f(0) + 99) == nil)
        #expect(KeyDecoder.keyCode(-1) == nil)
    }

    /// After an Esc: a printable character is Alt plus it (Alt-B, Alt-ب); `[` and `O` begin a
    /// key's escape sequence (CSI, SS3) that terminfo did not name, never Alt-[ or Alt-O; a
    /// control character leaves the Esc alone.
    @Test func whatFollowsAnEsc() {
        #expect(KeyDecoder.afterEscape(0x62) == .alt(.alt("b")))
        #expect(KeyDecoder.afterEscape(0x46) == .alt(.alt("F")))
        #expect(KeyDecoder.afterEscape(0x0628) == .alt(.alt("ب")))
        #expect(KeyDecoder.afterEscape(0x5B) == .sequence(introducer: "["))
        #expect(KeyDecoder.afterEscape(0x4F) == .sequence(introducer: "O"))
        #expect(KeyDecoder.afterEscape(27) == .none)
        #expect(KeyDecoder.afterEscape(13) == .none)
    }

    /// `ESC [ 1 ; 5 P` ends at `P`: parameter bytes (digits, `;`) do not end a CSI sequence.
    @Test func controlSequencesEndAtTheirFinalByte() {
        #expect(Array("1;5P".unicodeScalars).map { KeyDecoder.endsControlSequence($0.value) } == [false, false, false, true])
        #expect(KeyDecoder.endsControlSequence(0x7E))   // `~` ends `ESC [ 3 ; 3 ~`
    }
}
