import SharedValues

/// Reads single JSON values (text, dates, codes, enums, nested objects) for one record of one
/// file, reporting what is wrong with each at its own position.
///
/// Every reader has the shape `(JSONNode, FieldPath) -> T?` so `RecordReader` can take it as a
/// function: `reader.required("date", site.date)`.
struct ValueReader {
    let file: String
    /// The record's id, when it has a usable one.
    let recordID: String?
    /// The record's position in its list; -1 outside records.
    let recordIndex: Int
    let context: DecodeContext

    /// How problems name the record: `"ministerial-2022-marrakesh"` (with quotes), or `#3`.
    var recordLabel: String? {
        if let recordID { return "\"\(recordID)\"" }
        return recordIndex >= 0 ? "#\(recordIndex)" : nil
    }

    func problem(_ node: JSONNode, _ path: FieldPath, _ message: String) {
        context.report(file, node.offset, record: recordLabel, field: path.description, message)
    }

    /// Reads a nested object whose keys are `keys`; unknown keys are reported when `read` returns.
    func object<T>(_ node: JSONNode, _ path: FieldPath, keys: [StaticString], _ read: (RecordReader) -> T?) -> T? {
        guard case .object(let members) = node.value else {
            problem(node, path, "expected an object, found \(node.typeName)")
            return nil
        }
        let reader = RecordReader(members, offset: node.offset, path: path, keys: keys, site: self)
        let value = read(reader)
        reader.finish()
        return value
    }

    func elements<T>(of node: JSONNode, _ path: FieldPath, _ read: (JSONNode, FieldPath) -> T?) -> [T]? {
        guard case .array(let items) = node.value else {
            problem(node, path, "expected a list, found \(node.typeName)")
            return nil
        }
        var values: [T] = []
        values.reserveCapacity(items.count)
        var ok = true
        for (i, item) in items.enumerated() {
            if let value = read(item, path.element(i)) { values.append(value) } else { ok = false }
        }
        return ok ? values : nil
    }

    // MARK: Scalars

    /// Text that may be empty and keeps `DataTextRule`: no control characters other than line
    /// breaks and tabs (so no data text can carry a terminal escape sequence), no bidi override,
    /// unbalanced isolate, byte-order mark or noncharacter.
    func string(_ node: JSONNode, _ path: FieldPath) -> String? {
        switch node.value {
        case .string(let text):
            return text
        case .textWithControls(let text):
            problem(node, path, "text contains \(DataTextRule.problem(in: text) ?? "a forbidden character")")
            return nil
        case .textTooLong:
            problem(node, path, "text longer than \(JSONParser.maximumTextBytes >> 10) KiB; keep long texts (an article, "
                                + "a report) in files of their own and quote the passage that matters")
            return nil
        default:
            problem(node, path, "expected text, found \(node.typeName)")
            return nil
        }
    }

    /// Text with at least one visible character.
    func text(_ node: JSONNode, _ path: FieldPath) -> String? {
        guard let text = string(node, path) else { return nil }
        guard ValueReader.isVisible(text) else {
            problem(node, path, "empty text")
            return nil
        }
        return text
    }

    /// A record id: ASCII letters, digits, `-`, `_` or `.`, e.g. `ministerial-2022-marrakesh`.
    func identifier(_ node: JSONNode, _ path: FieldPath) -> String? {
        guard let text = string(node, path) else { return nil }
        guard ValueReader.isIdentifier(text) else {
            problem(node, path, "bad id \"\(text)\" (use ASCII letters, digits, '-', '_' or '.')")
            return nil
        }
        return text
    }

    /// A member code: 2–8 upper-case ASCII letters or digits (`SAU`, `EUU`, `INTERPOL`).
    func memberCode(_ node: JSONNode, _ path: FieldPath) -> String? {
        guard let text = string(node, path) else { return nil }
        guard ValueReader.isMemberCode(text) else {
            problem(node, path, "bad member code \"\(text)\" (want 2–8 upper-case ASCII letters or digits, e.g. \"SAU\")")
            return nil
        }
        return text
    }

    /// `{"ar": "...", "en": "..."}`, both with visible text.
    func localized(_ node: JSONNode, _ path: FieldPath) -> Localized? {
        // Fast path for the valid case; anything unusual is read again field by field for its messages.
        if case .object(let m) = node.value, m.count == 2, m[0].key == "ar", m[1].key == "en",
           case .string(let ar) = m[0].node.value, case .string(let en) = m[1].node.value,
           ValueReader.isVisible(ar), ValueReader.isVisible(en) {
            return Localized(ar: ar, en: en)
        }
        return object(node, path, keys: ["ar", "en"]) { reader in
            let ar = reader.required("ar", language("Arabic"))
            let en = reader.required("en", language("English"))
            guard let ar, let en else { return nil }
            return Localized(ar: ar, en: en)
        }
    }

    private func language(_ name: StaticString) -> (JSONNode, FieldPath) -> String? {
        { node, path in
            guard let text = string(node, path) else { return nil }
            guard ValueReader.isVisible(text) else {
                problem(node, path, "empty \(name) text")
                return nil
            }
            return text
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a day that exists.
    func date(_ node: JSONNode, _ path: FieldPath) -> FactDate? {
        guard let text = string(node, path) else { return nil }
        if let date = FactDate(iso: text) { return date }
        let shape = text.utf8.map { $0 >= 48 && $0 <= 57 ? UInt8(ascii: "9") : $0 }
        let wellFormed = [Array("9999".utf8), Array("9999-99".utf8), Array("9999-99-99".utf8)].contains(shape)
        problem(node, path, wellFormed ? "impossible date \"\(text)\""
                                       : "malformed date \"\(text)\" (want YYYY, YYYY-MM or YYYY-MM-DD)")
        return nil
    }

    /// One of an enumeration's raw values; `what` names it in messages ("category").
    func enumeration<E: RawRepresentable & CaseIterable>(_ what: String, _ node: JSONNode, _ path: FieldPath) -> E?
        where E.RawValue == String {
        guard let text = string(node, path) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        problem(node, path, "unknown \(what) \"\(text)\" (one of \(allowed))")
        return nil
    }

    func number(_ node: JSONNode, _ path: FieldPath) -> Double? {
        guard case .number(let value) = node.value else {
            problem(node, path, "expected a number, found \(node.typeName)")
            return nil
        }
        return value
    }

    /// A number the display can show in its unit (`MeasureRange`): whole and not negative for
    /// counts, people and countries, 0–100 for percent, not negative for money and areas, and
    /// below a bound in every unit (no 1e308 "people"). Without a unit (it was bad, and reported),
    /// only the number is checked.
    func measure(_ node: JSONNode, _ path: FieldPath, unit: Unit?) -> Double? {
        guard let value = number(node, path) else { return nil }
        guard let unit else { return value }
        let range = MeasureRange.of(unit)
        guard range.admits(value) else {
            problem(node, path, "expected \(range.description) for unit \"\(unit.rawValue)\", found \(JSONWriter.number(value))")
            return nil
        }
        return value
    }

    /// A whole number from 1 up (tile coordinates).
    func positiveInteger(_ node: JSONNode, _ path: FieldPath) -> Int? {
        guard let value = number(node, path) else { return nil }
        guard value == value.rounded(), value >= 1, value <= 10_000 else {
            problem(node, path, "expected a whole number from 1 to 10000, found \(JSONWriter.number(value))")
            return nil
        }
        return Int(value)
    }

    func bool(_ node: JSONNode, _ path: FieldPath) -> Bool? {
        guard case .bool(let value) = node.value else {
            problem(node, path, "expected true or false, found \(node.typeName)")
            return nil
        }
        return value
    }

    // MARK: Links

    /// Reads an id or code that must name a record read earlier (files are read so that every
    /// link points back: sources, members, figures, groups, events).
    func link(_ target: DecodeContext.LinkTarget, _ node: JSONNode, _ path: FieldPath) -> String? {
        let value = target == .member ? memberCode(node, path) : identifier(node, path)
        guard let value else { return nil }
        guard context.isDeclared(target, value) || context.isUnreadable(target) else {
            problem(node, path, "unknown \(target.noun) \"\(value)\" (no such record in \(DatasetFiles.file(for: target)))")
            return nil
        }
        return value
    }

    func memberLink(_ node: JSONNode, _ path: FieldPath) -> String? { link(.member, node, path) }
    func groupLink(_ node: JSONNode, _ path: FieldPath) -> String? { link(.group, node, path) }
    func figureLink(_ node: JSONNode, _ path: FieldPath) -> String? { link(.figure, node, path) }
    func sourceLink(_ node: JSONNode, _ path: FieldPath) -> String? { link(.source, node, path) }

    func citation(_ node: JSONNode, _ path: FieldPath) -> Citation? {
        object(node, path, keys: ["source", "quote"]) { reader in
            let source = reader.required("source", sourceLink)
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

    /// True unless the text is empty or only white space.
    static func isVisible(_ text: String) -> Bool {
        if let first = text.utf8.first, (0x21..<0x7F).contains(first) || (0xD8...0xDB).contains(first) {
            return true                                     // a visible ASCII character, or an Arabic letter
        }
        return text.unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
