import SharedValues

/// A JSON syntax error: where it is and what the parser expected.
struct JSONSyntaxError: Error {
    var offset: Int
    var message: String
    /// The file ended inside a value: it was probably cut short.
    var truncated: Bool
}

/// A strict RFC 8259 parser that keeps byte offsets (see `JSONNode`). One pass over the bytes,
/// no Foundation. Nesting is limited so a hostile file cannot overflow the stack.
///
/// ```swift
/// let node = try JSONParser.parse(Array("[1, 2]".utf8))
/// ```
struct JSONParser {
    static let maximumDepth = 256
    /// The longest text (between its quotes, as written) the loader accepts: far above any real
    /// quote or summary, and it keeps one hostile string from taking the machine's memory.
    static let maximumTextBytes = 256 << 10

    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONNode in
            var parser = JSONParser(bytes: buffer)
            return try parser.parseDocument()
        }
    }

    /// Parses the value at the start of `bytes` (more may follow): the event file's records, read
    /// one at a time. Returns the value and the offset just after it.
    static func parsePrefix(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> (node: JSONNode, end: Int) {
        var parser = JSONParser(bytes: bytes)
        let node = try parser.parseValue()
        return (node, parser.index)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// Set by `parseString`: the text it returned holds a control character other than tab and line feed.
    private var lastStringHasControls = false
    /// Set by `parseString`: the text was longer than `maximumTextBytes` and was skipped ("" returned).
    private var lastStringTooLong = false

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        if index == bytes.count { throw fail("the file is empty (expected a JSON value)", truncated: true) }
        let node = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw fail("unexpected \(describeHere()) after the end of the JSON value") }
        return node
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw fail("the file ends where a value was expected", truncated: true) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONNode(value: .object(try parseObject()), offset: start)
        case UInt8(ascii: "["): return JSONNode(value: .array(try parseArray()), offset: start)
        case UInt8(ascii: "\""):
            let text = try parseString()
            if lastStringTooLong { return JSONNode(value: .textTooLong, offset: start) }
            return JSONNode(value: lastStringHasControls ? .textWithControls(text) : .string(text), offset: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(value: .bool(true), offset: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(value: .bool(false), offset: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(value: .null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(value: .number(try parseNumber()), offset: start)
        default: throw fail("expected a value, found \(describeHere())")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> [JSONMember] {
        try enter()
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; depth -= 1; return members }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside an object", truncated: true) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                throw fail("expected a key in double quotes, found \(describeHere())")
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside an object", truncated: true) }
            guard bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(key)\", found \(describeHere())") }
            index += 1
            skipWhitespace()
            let node = try parseValue()
            members.append(JSONMember(key: key, keyOffset: keyOffset, node: node))
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside an object (missing '}')", truncated: true) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; depth -= 1; return members
            default: throw fail("expected ',' or '}' after a value in an object, found \(describeHere())")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> [JSONNode] {
        try enter()
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; depth -= 1; return elements }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw fail("the file ends inside a list (missing ']')", truncated: true) }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; depth -= 1; return elements
            default: throw fail("expected ',' or ']' after a list element, found \(describeHere())")
            }
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = index
        index += 1
        let start = index
        lastStringTooLong = false
        // Fast path: no escapes.
        var union: UInt8 = 0
        var controls = false
        while index < bytes.count {
            let byte = bytes[index]
            if index - start > JSONParser.maximumTextBytes { return try skipLongString(open) }
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard union < 0x80 || JSONParser.isValidUTF8(slice) else {
                    throw JSONSyntaxError(offset: open, message: "text is not valid UTF-8", truncated: false)
                }
                let text = String(decoding: slice, as: UTF8.self)
                lastStringHasControls = controls && DataTextRule.problem(in: text) != nil
                return text
            }
            union |= byte
            // DEL, C1 controls (C2 80–9F), and the lead bytes of everything else `DataTextRule` may
            // refuse (E2: bidi controls, EF: BOM and noncharacters, F0–F4: supplementary
            // noncharacters); the exact check runs only then.
            if byte == 0x7F || byte == 0xE2 || byte >= 0xEF || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] <= 0x9F) { controls = true }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail("a control character (or line break) inside text; write it as an escape such as \\n") }
            index += 1
        }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if index - start > JSONParser.maximumTextBytes { return try skipLongString(open) }
            if byte == UInt8(ascii: "\"") {
                index += 1
                guard buffer.withUnsafeBufferPointer(JSONParser.isValidUTF8) else {
                    throw JSONSyntaxError(offset: open, message: "text is not valid UTF-8", truncated: false)
                }
                let text = String(decoding: buffer, as: UTF8.self)
                lastStringHasControls = DataTextRule.problem(in: text) != nil
                return text
            }
            if byte < 0x20 { throw fail("a control character (or line break) inside text; write it as an escape such as \\n") }
            if byte != UInt8(ascii: "\\") { buffer.append(byte); index += 1; continue }
            index += 1
            guard index < bytes.count else { break }
            switch bytes[index] {
            case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = try parseUnicodeEscape()
                buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
                continue
            default: throw fail("unknown escape \\\(describeHere()) in text")
            }
            index += 1
        }
        throw JSONSyntaxError(offset: open, message: "text starting here is never closed with '\"'", truncated: true)
    }

    /// Moves past the rest of an over-long text without keeping it; the caller's node says so.
    private mutating func skipLongString(_ open: Int) throws(JSONSyntaxError) -> String {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                lastStringTooLong = true
                return ""
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        throw JSONSyntaxError(offset: open, message: "text starting here is never closed with '\"'", truncated: true)
    }

    /// Reads `uXXXX` (index at `u`), joining a surrogate pair; leaves index after the escape.
    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = index - 1
        let high = try hex4()
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate escape in text", truncated: false)
            }
            index += 1
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate escape in text", truncated: false)
            }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else {
            throw JSONSyntaxError(offset: escapeStart, message: "unpaired surrogate escape in text", truncated: false)
        }
        return scalar
    }

    /// Reads `uXXXX` with index at `u`.
    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        index += 1
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw fail("the file ends inside a \\u escape", truncated: true) }
            guard let digit = JSONParser.hexDigit(bytes[index]) else {
                throw fail("expected a hexadecimal digit in a \\u escape, found \(describeHere())")
            }
            value = value * 16 + UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw fail(index < bytes.count ? "expected a digit, found \(describeHere())" : "the file ends inside a number",
                       truncated: index >= bytes.count)
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw fail("numbers must not start with 0") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit after '.' in a number") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw fail("expected a digit in a number's exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONSyntaxError(offset: start, message: "number \(text) is out of range", truncated: false)
        }
        return value
    }

    /// Well-formed UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        func continuation(_ k: Int) -> Bool { k < n && bytes[k] & 0xC0 == 0x80 }
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            switch b {
            case 0xC2...0xDF:
                guard continuation(i + 1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(i + 1), continuation(i + 2) else { return false }
                let b1 = bytes[i + 1]
                if b == 0xE0 && b1 < 0xA0 { return false }          // overlong
                if b == 0xED && b1 >= 0xA0 { return false }         // surrogate
                i += 3
            case 0xF0...0xF4:
                guard continuation(i + 1), continuation(i + 2), continuation(i + 3) else { return false }
                let b1 = bytes[i + 1]
                if b == 0xF0 && b1 < 0x90 { return false }          // overlong
                if b == 0xF4 && b1 >= 0x90 { return false }         // above U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let start = index
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard index < bytes.count else { throw fail("the file ends inside '\(word)'", truncated: true) }
            guard bytes[index] == expected else {
                index = start
                throw fail("expected a value, found \(describeHere())")
            }
            index += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw fail("nested more than \(JSONParser.maximumDepth) levels deep") }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The character at the current position, quoted, for messages.
    private func describeHere() -> String { JSONParser.describe(bytes, at: index) }

    /// The character at `index` (a whole UTF-8 sequence), quoted, or "the end of the file".
    static func describe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String {
        guard index < bytes.count else { return "the end of the file" }
        var end = index + 1
        while end < bytes.count, end - index < 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return "'\(text)'"
    }

    /// The value of a hexadecimal digit (either case), nil for any other byte.
    @inline(__always)
    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private func fail(_ message: String, truncated: Bool = false) -> JSONSyntaxError {
        JSONSyntaxError(offset: min(index, bytes.count), message: message, truncated: truncated)
    }
}
