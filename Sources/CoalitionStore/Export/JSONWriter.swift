import SharedValues

/// Writes `JSONValue`s as text: records one field per line, field values on one line each, so an
/// export reads well and diffs line by line.
/// ```swift
/// var out = ""
/// JSONWriter.write(.object([("ar", .string("مراكش"))]), to: &out)   // {"ar": "مراكش"}
/// ```
package enum JSONWriter {
    /// Writes `value`; containers nested deeper than `expandDepth` are written on one line.
    package static func write(_ value: JSONValue, expandDepth: Int = 0, indent: Int = 0, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .string(let s): string(s, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            if expandDepth > 0 {
                out += "[\n"
                for (i, item) in items.enumerated() {
                    out += String(repeating: " ", count: indent + 2)
                    write(item, expandDepth: expandDepth - 1, indent: indent + 2, to: &out)
                    out += i + 1 < items.count ? ",\n" : "\n"
                }
                out += String(repeating: " ", count: indent) + "]"
            } else {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    write(item, to: &out)
                }
                out += "]"
            }
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            if expandDepth > 0 {
                out += "{\n"
                for (i, (key, item)) in pairs.enumerated() {
                    out += String(repeating: " ", count: indent + 2)
                    string(key, to: &out)
                    out += ": "
                    write(item, expandDepth: expandDepth - 1, indent: indent + 2, to: &out)
                    out += i + 1 < pairs.count ? ",\n" : "\n"
                }
                out += String(repeating: " ", count: indent) + "}"
            } else {
                out += "{"
                for (i, (key, item)) in pairs.enumerated() {
                    if i > 0 { out += ", " }
                    string(key, to: &out)
                    out += ": "
                    write(item, to: &out)
                }
                out += "}"
            }
        }
    }

    /// Whole numbers without a fraction (`100000000`), others in Swift's shortest round-trip form.
    static func number(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 9_007_199_254_740_992 { return String(Int64(n)) }
        return n.description
    }

    /// A JSON string literal; what `DataTextRule` refuses (controls, bidi overrides, the BOM,
    /// noncharacters) and every isolate are written as `\uXXXX`, so an export printed to a terminal
    /// cannot carry an escape sequence or reorder a line, and nothing is lost.
    static func string(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where DataTextRule.mustEscapeInJSON(scalar):
                for unit in String(scalar).utf16 {          // a surrogate pair above U+FFFF
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
