/// Text from outside (a data file, an environment variable, a path) made safe to print in a
/// message on a terminal: C0 and C1 controls, DEL, the bidi controls (embeddings, overrides,
/// isolates, marks), the byte-order mark and the noncharacters U+FFFE/U+FFFF are written as
/// `\u{1B}`, never raw, so a message cannot move the cursor, change the title or reorder a line.
///
/// ```swift
/// VisibleText.escaped("a\u{1B}]0;x\u{07}")   // "a\u{1B}]0;x\u{7}" as visible characters
/// ```
package enum VisibleText {
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscaping(scalar) {
                out += escaped(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One scalar as visible characters: `\u{1B}`.
    package static func escaped(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    package static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF,
             0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
