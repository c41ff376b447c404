/// A URL that is safe to put inside an OSC 8 hyperlink sequence, and the only thing a `Frame` link
/// area can point to.
///
/// The URL comes from the data, and the driver writes it between escape bytes, so it is checked
/// here once: `http` or `https` with a host (no `file:`, `javascript:` or other schemes a click
/// should not follow), at most `maximumLength` bytes, and nothing but the characters RFC 3986
/// allows. Non-ASCII letters are percent-encoded as UTF-8 (RFC 3987's IRI-to-URI mapping);
/// spaces, controls (C0, DEL, C1, so no ESC, BEL or ST), Unicode format characters (bidi
/// controls), a `%` not followed by two hex digits, and ASCII that a URL may not hold (`"<>\^`{|}`)
/// refuse the URL: the text is still shown, just not linked.
///
/// ```swift
/// LinkTarget("https://example.org/a b")           // nil: a space
/// LinkTarget("https://ar.example/مقال")?.uri      // "https://ar.example/%D9%85%D9%82%D8%A7%D9%84"
/// LinkTarget("javascript:alert(1)")               // nil
/// ```
package struct LinkTarget: Hashable, Sendable {
    /// Below the 2,083 bytes VTE and others accept in an OSC 8 URI.
    package static let maximumLength = 2048

    /// The URI as it is sent: printable ASCII only.
    package let uri: String

    package init?(_ text: String) {
        guard let uri = Self.encoded(text), uri.utf8.count <= Self.maximumLength, Self.hasWebScheme(uri) else {
            return nil
        }
        self.uri = uri
    }

    /// The OSC 8 `id`: the same for every span of one URL (a URL drawn over several rows, or cut
    /// and continued, is one link to the terminal's hover and click), hex so it holds no `:` or `;`.
    package var id: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in uri.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// `http://` or `https://` (any case) and a host after it.
    private static func hasWebScheme(_ uri: String) -> Bool {
        let lower = uri.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            let host = lower.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty
        }
        return false
    }

    /// The URI with non-ASCII percent-encoded, or nil when the text holds anything a URL may not.
    private static func encoded(_ text: String) -> String? {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            defer { index += length }
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte == UInt8(ascii: "%") {
                    guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else { return nil }
                } else if !allowedASCII(byte) {
                    return nil
                }
                out.append(byte)
                continue
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned,
                 .privateUse, .surrogate:
                return nil
            default:
                for byte in String(scalar).utf8 { out.append(contentsOf: percent(byte)) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 3986's unreserved and reserved characters (`%` is checked on its own).
    private static func allowedASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("-._~:/?#[]@!$&'()*+,;=".utf8).contains(byte)
        }
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
             UInt8(ascii: "A")...UInt8(ascii: "F"): true
        default: false
        }
    }

    private static func percent(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
    }
}

/// Part of one row that shows a URL: the cells a terminal makes clickable (OSC 8). A frame keeps
/// its spans in step with its cells: drawing over a cell takes it out of any span.
package struct LinkSpan: Hashable, Sendable {
    package var target: LinkTarget
    package var y: Int
    package var x: Int
    package var width: Int

    package init(target: LinkTarget, y: Int, x: Int, width: Int) {
        self.target = target; self.y = y; self.x = x; self.width = width
    }

    package var columns: Range<Int> { x..<(x + width) }
}
