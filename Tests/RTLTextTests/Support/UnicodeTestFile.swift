#if canImport(Glibc)
import Glibc
#endif

/// A Unicode conformance file read whole, walked line by line over its bytes (the files hold
/// half a million lines, so the debug-build loop must not make a String per field).
///
/// ```swift
/// let file = try #require(UnicodeTestFile(path: "/usr/share/unicode/BidiTest.txt"))
/// file.forEachLine { line in ... }   // line: the bytes between two newlines
/// ```
struct UnicodeTestFile {
    static let directory = "/usr/share/unicode/"
    let bytes: [UInt8]

    init?(path: String) {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
            if read == 0 { break }
            bytes.append(contentsOf: chunk[0..<read])
        }
        self.bytes = bytes
    }

    /// Calls `body` with the 1-based line number and each non-empty line that is not a comment.
    func forEachLine(_ body: (Int, ArraySlice<UInt8>) -> Void) {
        var start = 0, number = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            number += 1
            if end > start && bytes[start] != UInt8(ascii: "#") { body(number, bytes[start..<end]) }
            start = end + 1
        }
    }
}

/// A cursor over one line's bytes, for the small grammar of the conformance files.
struct FieldScanner {
    var bytes: ArraySlice<UInt8>
    var position: Int

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes; position = bytes.startIndex }

    var atEnd: Bool { position >= bytes.endIndex }
    var current: UInt8 { bytes[position] }

    mutating func skipSpaces() { while !atEnd && (current == 0x20 || current == 0x09) { position += 1 } }

    /// Skips to just past the next `byte` (or to the end).
    mutating func skip(past byte: UInt8) {
        while !atEnd && current != byte { position += 1 }
        if !atEnd { position += 1 }
    }

    /// A run of letters, packed into an integer key (for class names such as "NSM").
    mutating func word() -> UInt32? {
        skipSpaces()
        var key: UInt32 = 0, shift: UInt32 = 0
        while !atEnd, (current >= 0x41 && current <= 0x5A) || (current >= 0x61 && current <= 0x7A) {
            key |= UInt32(current) << shift; shift += 8; position += 1
        }
        return shift == 0 ? nil : key
    }

    /// A decimal (or, with `radix: 16`, hex) number, or nil when the next field is not one.
    mutating func number(radix: UInt32 = 10) -> Int? {
        skipSpaces()
        var value = 0, digits = 0
        while !atEnd {
            let byte = UInt32(current)
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46 where radix == 16: digit = byte - 0x41 + 10
            case 0x61...0x66 where radix == 16: digit = byte - 0x61 + 10
            default: return digits == 0 ? nil : value
            }
            value = value * Int(radix) + Int(digit); digits += 1; position += 1
        }
        return digits == 0 ? nil : value
    }

    /// A level: a number, or `x` (removed by rule X9) as -1.
    mutating func level() -> Int8? {
        skipSpaces()
        if !atEnd && current == UInt8(ascii: "x") { position += 1; return -1 }
        return number().map { Int8($0) }
    }

    /// Packs a class name the way `word()` does, for switch cases.
    static func key(_ name: StaticString) -> UInt32 {
        var key: UInt32 = 0, shift: UInt32 = 0
        name.withUTF8Buffer { for byte in $0 { key |= UInt32(byte) << shift; shift += 8 } }
        return key
    }
}
