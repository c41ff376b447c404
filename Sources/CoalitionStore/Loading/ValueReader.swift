/// Reads single JSON values (text, dates, codes, enums, nested objects) for one record of one
/// file, reporting what is wrong with each at its own position.
///
/// Every reader has the shape `(JSONNode, fieldPath) -> T?` so `RecordReader` can take it as a
/// function: `reader.required("date", site.date)`.
struct ValueReader {
    let file: String
    /// `"ministerial-2022-marrakesh"` (with quotes) or `#3` when the record has no usable id.
    let record: String
    let context: DecodeContext

    func problem(_ node: JSONNode, _ path: String, _ message: String) {
        context.report(file, node.offset, record: record, field: path, message)
    }

    /// Reads a nested object field by field; unknown keys are reported when `read` returns.
    func object<T>(_ node: JSONNode, _ path: String, _ read: (inout RecordReader) -> T?) -> T? {
        guard case .object(let members) = node.value else {
            problem(node, path, "expected an object, found \(node.typeName)")
            return nil
        }
        var reader = RecordReader(members, offset: node.offset, path: path, site: self)
        let value = read(&reader)
        reader.finish()
        return value
    }

    func elements<T>(of node: JSONNode, _ path: String, _ read: (JSONNode, String) -> T?) -> [T]? {
        guard case .array(let items) = node.value else {
            problem(node, path, "expected a list, found \(node.typeName)")
            return nil
        }
        var values: [T] = []
        values.reserveCapacity(items.count)
        var ok = true
        for (i, item) in items.enumerated() {
            if let value = read(item, path + "[\(i)]") { values.append(value) } else { ok = false }
        }
        return ok ? values : nil
    }

    // MARK: Scalars

    /// Text that may be empty, without control characters other than line breaks and tabs (so no
    /// data text can carry a terminal escape sequence).
    func string(_ node: JSONNode, _ path: String) -> String? {
        guard case .string(let text) = node.value else {
            problem(node, path, "expected text, found \(node.typeName)")
            return nil
        }
        if let control = text.unicodeScalars.first(where: ValueReader.isForbiddenControl) {
            let hex = String(control.value, radix: 16, uppercase: true)
            problem(node, path, "text contains the control character U+\(String(repeating: "0", count: 4 - hex.count) + hex)")
            return nil
        }
        return text
    }

    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// Text with at least one visible character.
    func text(_ node: JSONNode, _ path: String) -> String? {
        guard let text = string(node, path) else { return nil }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            problem(node, path, "empty text")
            return nil
        }
        return text
    }

    /// A record id: ASCII letters, digits, `-`, `_` or `.`, e.g. `ministerial-2022-marrakesh`.
    func identifier(_ node: JSONNode, _ path: String) -> String? {
        guard let text = string(node, path) else { return nil }
        guard ValueReader.isIdentifier(text) else {
            problem(node, path, "bad id \"\(text)\" (use ASCII letters, digits, '-', '_' or '.')")
            return nil
        }
        return text
    }

    /// A member code: 2–8 upper-case ASCII letters or digits (`SAU`, `EUU`, `INTERPOL`).
    func memberCode(_ node: JSONNode, _ path: String) -> String? {
        guard let text = string(node, path) else { return nil }
        guard ValueReader.isMemberCode(text) else {
            problem(node, path, "bad member code \"\(text)\" (want 2–8 upper-case ASCII letters or digits, e.g. \"SAU\")")
            return nil
        }
        return text
    }

    func localized(_ node: JSONNode, _ path: String) -> Localized? {
        object(node, path) { reader in
            let ar = reader.required("ar", arabicOrEnglish("Arabic"))
            let en = reader.required("en", arabicOrEnglish("English"))
            guard let ar, let en else { return nil }
            return Localized(ar: ar, en: en)
        }
    }

    private func arabicOrEnglish(_ language: String) -> (JSONNode, String) -> String? {
        { node, path in
            guard let text = string(node, path) else { return nil }
            guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
                problem(node, path, "empty \(language) text")
                return nil
            }
            return text
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a day that exists.
    func date(_ node: JSONNode, _ path: String) -> FactDate? {
        guard let text = string(node, path) else { return nil }
        if let date = FactDate(iso: text) { return date }
        let shape = text.utf8.map { $0 >= 48 && $0 <= 57 ? UInt8(ascii: "9") : $0 }
        let wellFormed = [Array("9999".utf8), Array("9999-99".utf8), Array("9999-99-99".utf8)].contains(shape)
        problem(node, path, wellFormed ? "impossible date \"\(text)\""
                                       : "malformed date \"\(text)\" (want YYYY, YYYY-MM or YYYY-MM-DD)")
        return nil
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ what: String)
        -> (JSONNode, String) -> E? where E.RawValue == String {
        { node, path in
            guard let text = string(node, path) else { return nil }
            if let value = E(rawValue: text) { return value }
            let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            problem(node, path, "unknown \(what) \"\(text)\" (one of \(allowed))")
            return nil
        }
    }

    func number(_ node: JSONNode, _ path: String) -> Double? {
        guard case .number(let value) = node.value else {
            problem(node, path, "expected a number, found \(node.typeName)")
            return nil
        }
        return value
    }

    /// A whole number from 1 up (tile coordinates).
    func positiveInteger(_ node: JSONNode, _ path: String) -> Int? {
        guard let value = number(node, path) else { return nil }
        guard value == value.rounded(), value >= 1, value <= 10_000 else {
            problem(node, path, "expected a whole number from 1 to 10000, found \(value)")
            return nil
        }
        return Int(value)
    }

    func bool(_ node: JSONNode, _ path: String) -> Bool? {
        guard case .bool(let value) = node.value else {
            problem(node, path, "expected true or false, found \(node.typeName)")
            return nil
        }
        return value
    }

    // MARK: Links

    /// Reads an id or code that must name an existing record; checked once every file is read.
    func link(_ target: DecodeContext.LinkTarget) -> (JSONNode, String) -> String? {
        { node, path in
            let value = target == .member ? memberCode(node, path) : identifier(node, path)
            guard let value else { return nil }
            context.links.append(DecodeContext.Link(target: target, value: value, file: file, offset: node.offset,
                                                    record: record, field: path))
            return value
        }
    }

    func citation(_ node: JSONNode, _ path: String) -> Citation? {
        object(node, path) { reader in
            let source = reader.required("source", link(.source))
            let quote = reader.optional("quote", text)
            guard let source, let quote else { return nil }
            return Citation(source: source, quote: quote)
        }
    }

    // MARK: Rules

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 128 && text.utf8.allSatisfy(isIdentifierByte)
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            return true
        default: return false
        }
    }

    static func isMemberCode(_ text: String) -> Bool {
        (2...8).contains(text.utf8.count) && text.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
        }
    }
}
