/// Where a value sits inside its record (`title.ar`, `sources[0].source`), rendered only when a
/// problem has to name it: the common, valid case builds no strings.
///
/// ```swift
/// FieldPath(parent: "", key: "sources", index: 0).description            // "sources[0]"
/// FieldPath(parent: "observations[1]", key: "asOf").description          // "observations[1].asOf"
/// ```
struct FieldPath: CustomStringConvertible {
    /// The rendered path of the containing object; empty at the record's top level.
    var parent: String
    var key: String
    /// The position in a list, or -1 for the key's value itself.
    var index: Int = -1

    func element(_ i: Int) -> FieldPath {
        index < 0 ? FieldPath(parent: parent, key: key, index: i) : FieldPath(parent: description, key: "", index: i)
    }

    var description: String {
        var text = parent
        if !key.isEmpty { text += (parent.isEmpty ? "" : ".") + key }
        if index >= 0 { text += "[\(index)]" }
        return text
    }
}
