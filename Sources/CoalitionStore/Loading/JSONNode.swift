/// A parsed JSON value that remembers where it starts in its file, so the loader can point
/// at the exact line and column of a bad field (JSONDecoder only gives a coding path).
///
/// ```swift
/// let node = try JSONParser.parse(Array(#"[{"id": "x"}]"#.utf8))
/// // node.offset == 0; the object's member "id" has keyOffset 2
/// ```
struct JSONNode {
    enum Value {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        /// Text that breaks `DataTextRule` (controls other than tab and line feed, bidi overrides,
        /// unbalanced isolates, BOM, noncharacters), flagged by the parser so the loader can refuse
        /// it without scanning every string again.
        case textWithControls(String)
        /// Text longer than `JSONParser.maximumTextBytes`: skipped, not kept; the loader reports it
        /// at its place, with its record and field, like any bad value.
        case textTooLong
        case array([JSONNode])
        case object([JSONMember])
    }

    var value: Value
    /// Byte offset of the value's first byte in the file.
    var offset: Int

    /// How the value's type is named in messages ("a number", "text").
    var typeName: String {
        switch value {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string, .textWithControls, .textTooLong: return "text"
        case .array: return "a list"
        case .object: return "an object"
        }
    }
}

/// One `"key": value` pair of a JSON object, in file order.
struct JSONMember {
    var key: String
    /// Byte offset of the key's opening quote.
    var keyOffset: Int
    var node: JSONNode
}

extension JSONNode {
    /// The same value with every offset moved by `distance` (a record parsed from the middle of a file).
    func shifted(by distance: Int) -> JSONNode {
        var node = self
        node.offset += distance
        switch value {
        case .array(let items): node.value = .array(items.map { $0.shifted(by: distance) })
        case .object(let members):
            node.value = .object(members.map { JSONMember(key: $0.key, keyOffset: $0.keyOffset + distance, node: $0.node.shifted(by: distance)) })
        default: break
        }
        return node
    }
}
