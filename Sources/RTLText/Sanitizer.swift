import SharedValues
/// Makes data text safe to put on a terminal: nothing in it can move the cursor, change colours,
/// set the window title, write the clipboard or override the app's bidi layout.
///
/// - Escape sequences (7-bit `ESC …` and 8-bit C1 introducers): CSI with its parameters,
///   OSC/DCS/SOS/PM/APC strings up to their terminator (BEL or ST), two-character escapes: removed
///   whole. An unterminated string swallows the rest of the text, as a terminal would.
/// - Tab, line feed, vertical tab, form feed, carriage return, NEL, U+2028 and U+2029: a space.
/// - Every other C0 control, DEL and C1 control: U+FFFD, so the reader sees that something was there.
/// - Bidi embeddings and overrides (LRE RLE PDF LRO RLO) and U+FEFF: removed; they could reverse
///   the app's own layout, and U+FEFF is FriBidi's fill character.
/// - Isolates (LRI RLI FSI … PDI): removed from text printed as is (`sanitize`). For layout
///   (`forEachSafeScalar(in:keepingIsolates: true)`, what `TextEngine` uses) the balanced ones are
///   kept, so an author's or the app's isolated field keeps its own direction (UAX #9 X5a–X6a);
///   an initiator without its PDI, or a PDI without its initiator, is dropped, so it can neither
///   swallow the rest of a line nor close the app's own isolate early. The engine never writes
///   them to the terminal: they are zero-width and dropped when glyphs are made.
/// - Noncharacters (U+FFFE, U+xFFFF, U+FDD0–FDEF): U+FFFD. Invalid UTF-8 becomes U+FFFD when the
///   bytes are decoded (`sanitize(utf8:)`).
///
/// ```swift
/// Sanitizer.sanitize("\u{1B}[31mred\u{1B}[0m\tok\u{7}")   // "red ok\u{FFFD}"
/// Sanitizer.sanitize("\u{1B}]52;c;ZXZpbA==\u{7}safe")    // "safe"
/// ```
public enum Sanitizer {
    /// What a lone control character becomes.
    public static let placeholder: Unicode.Scalar = "\u{FFFD}"

    /// The text with escape sequences, controls and bidi overrides made harmless. Isolates go,
    /// and so does the LRM or RLM that `TextEngine.isolate` puts right after an initiator.
    public static func sanitize(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var afterInitiator = false
        forEachSafeScalar(in: text, keepingIsolates: true) { value, _ in
            defer { afterInitiator = value >= 0x2066 && value <= 0x2068 }
            if value >= 0x2066 && value <= 0x2069 { return }
            if afterInitiator && (value == 0x200E || value == 0x200F) { return }
            output.append(Unicode.Scalar(value)!)
        }
        return String(output)
    }

    /// Decodes bytes as UTF-8 (each invalid sequence becomes U+FFFD), then sanitises.
    public static func sanitize<Bytes: Collection>(utf8 bytes: Bytes) -> String where Bytes.Element == UInt8 {
        sanitize(String(decoding: bytes, as: UTF8.self))
    }

    /// Calls `body` with each scalar of the safe text and the offset (in scalars) of the source
    /// scalar it comes from, so positions on screen map back to the caller's string.
    /// Returns the number of scalars in `text`.
    @inline(__always) @discardableResult
    static func forEachSafeScalar(in text: String, keepingIsolates: Bool = false, _ body: (UInt32, Int) -> Void) -> Int {
        var state = State.text
        var bellEnds = false  // in an OSC string, BEL ends it too
        var offset = -1
        // Offsets of the balanced isolate controls, found on the first one met (they are rare).
        var balancedIsolates: Set<Int>? = nil
        for scalar in text.unicodeScalars {
            let value = scalar.value
            offset += 1
            // Ordinary text: printable ASCII, and everything from U+00A0 up to the bidi controls.
            if state == .text && (value >= 0x20 && value < 0x7F || value >= 0xA0 && value < 0x2028) {
                body(value, offset)
                continue
            }
            var handled = false
            while !handled {
                handled = true
                switch state {
                case .text:
                    switch value {
                    case 0x1B: state = .escape
                    case 0x9B: state = .controlSequence
                    case 0x9D: state = .controlString; bellEnds = true
                    case 0x90, 0x98, 0x9E, 0x9F: state = .controlString; bellEnds = false
                    case 0x2066...0x2069 where keepingIsolates:
                        if balancedIsolates == nil { balancedIsolates = BidiIsolates.balancedOffsets(in: text) }
                        if balancedIsolates!.contains(offset) { body(value, offset) }
                    default: emitOther(value, offset, body)
                    }
                case .escape:
                    switch value {
                    case 0x5B: state = .controlSequence                                  // ESC [
                    case 0x5D: state = .controlString; bellEnds = true                   // ESC ]
                    case 0x50, 0x58, 0x5E, 0x5F: state = .controlString; bellEnds = false  // P X ^ _
                    case 0x20...0x2F: state = .escapeIntermediate
                    case 0x30...0x7E: state = .text
                    default: state = .text; handled = false                              // not a sequence
                    }
                case .escapeIntermediate:
                    switch value {
                    case 0x20...0x2F: break
                    case 0x30...0x7E: state = .text
                    default: state = .text; handled = false
                    }
                case .controlSequence:
                    switch value {
                    case 0x20...0x3F: break                                               // parameters
                    case 0x40...0x7E: state = .text                                       // final byte
                    default: state = .text; handled = false
                    }
                case .controlString:
                    switch value {
                    case 0x07 where bellEnds, 0x9C, 0x18, 0x1A: state = .text              // BEL, ST, CAN, SUB
                    case 0x1B: state = .stringEscape
                    default: break
                    }
                case .stringEscape:
                    // ESC \ is ST; any other ESC inside a string starts a new sequence.
                    if value == 0x5C { state = .text } else { state = .escape; handled = false }
                }
            }
        }
        return offset + 1
    }

    private enum State: UInt8 {
        case text, escape, escapeIntermediate, controlSequence, controlString, stringEscape
    }

    /// Text-state scalars off the fast path: controls, separators, bidi controls, noncharacters.
    @inline(__always)
    private static func emitOther(_ value: UInt32, _ offset: Int, _ body: (UInt32, Int) -> Void) {
        switch value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: body(0x20, offset)
        case 0x00...0x1F, 0x7F...0x9F: body(placeholder.value, offset)
        case 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: break
        case 0xFDD0...0xFDEF: body(placeholder.value, offset)
        default:
            if value & 0xFFFE == 0xFFFE { body(placeholder.value, offset) } else { body(value, offset) }
        }
    }
}
