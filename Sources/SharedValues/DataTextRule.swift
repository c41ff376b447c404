/// What data text may contain, in one place for `check` (the loader refuses the rest, with its
/// position) and for every export (which escapes the rest, for data that did not come through the
/// loader). The screen applies the same rule through `RTLText.Sanitizer`.
///
/// Refused: C0 and C1 controls other than tab and line feed, DEL (a terminal escape sequence), the
/// bidi embeddings and overrides U+202A–U+202E (they reorder everything after them, across
/// fields), an isolate (U+2066–U+2068) not closed by U+2069 in the same line, or a U+2069 that
/// closes none, the byte-order mark U+FEFF, and noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…).
/// Allowed: marks (U+200E, U+200F, U+061C) and balanced isolates, which Arabic text needs.
///
/// ```swift
/// DataTextRule.problem(in: "abc\u{202E}")   // "the bidi embedding or override U+202E"
/// DataTextRule.exportSafe("a\u{FEFF}b")      // "a\\u{FEFF}b"
/// ```
package enum DataTextRule {
    /// Why `text` breaks the rule (a phrase for a positioned message), or nil when it keeps it.
    package static func problem(in text: String) -> String? {
        var openIsolates = 0
        for scalar in text.unicodeScalars {
            if let name = refusedName(scalar) { return "\(name) \(code(scalar))" }
            switch scalar.value {
            case 0x0A:
                if openIsolates > 0 { return "an isolate (U+2066–U+2068) not closed by U+2069 on its line" }
            case 0x2066...0x2068: openIsolates += 1
            case 0x2069:
                if openIsolates == 0 { return "U+2069 (pop directional isolate) that closes no isolate" }
                openIsolates -= 1
            default: break
            }
        }
        return openIsolates > 0 ? "an isolate (U+2066–U+2068) not closed by U+2069" : nil
    }

    /// `text` with every scalar the rule refuses written as `\u{XXXX}` (visible characters), and
    /// unbalanced isolates too; text that keeps the rule is returned unchanged. For formats with no
    /// escape of their own (CSV, BibTeX, RIS); JSON uses `\uXXXX` instead (`mustEscape`).
    package static func exportSafe(_ text: String) -> String {
        guard problem(in: text) != nil else { return text }
        var out = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "\n" }
            let keep = BidiIsolates.balancedOffsets(in: line)
            for (offset, scalar) in line.unicodeScalars.enumerated() {
                let isolate = (0x2066...0x2069).contains(scalar.value)
                if refusedName(scalar) != nil || (isolate && !keep.contains(offset)) {
                    out += VisibleText.escaped(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// True for a scalar an export must never write raw, whatever its neighbours: JSON writes these
    /// as `\uXXXX`, which loses nothing. (Isolates are escaped there too: JSON can afford it.)
    package static func mustEscapeInJSON(_ scalar: Unicode.Scalar) -> Bool {
        refusedName(scalar) != nil || (0x2066...0x2069).contains(scalar.value)
    }

    private static func refusedName(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09, 0x0A: return nil
        case 0x00...0x1F, 0x7F...0x9F: return "the control character"
        case 0x202A...0x202E: return "the bidi embedding or override"
        case 0xFEFF: return "the byte-order mark"
        default: return isNoncharacter(scalar.value) ? "the noncharacter" : nil
        }
    }

    /// The 66 noncharacters, U+FDD0–U+FDEF and the last two code points of every plane, by
    /// arithmetic: the same set as `Unicode.Scalar.Properties.isNoncharacterCodePoint`, whose table
    /// lookup was half the time of writing a large export.
    static func isNoncharacter(_ value: UInt32) -> Bool {
        (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    private static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
