/// Where a value sits inside its record (`title.ar`, `sources[0].source`), rendered only when a
/// problem has to name it: the common, valid case builds no strings and allocates nothing.
///
/// Holds up to four levels inline, as deep as the schema goes (`observations[1].source.quote`);
/// keys are the schema's static strings, so a path is plain bytes to copy.
/// ```swift
/// FieldPath.root.appending("sources").element(0).description                 // "sources[0]"
/// FieldPath.root.appending("observations").element(1).appending("asOf")      // "observations[1].asOf"
/// ```
struct FieldPath: CustomStringConvertible {
    private typealias Four<T> = (T, T, T, T)
    private var keys: Four<StaticString> = ("", "", "", "")
    private var indexes: Four<Int> = (-1, -1, -1, -1)
    private var depth = 0

    static let root = FieldPath()

    func appending(_ key: StaticString) -> FieldPath {
        var path = self
        switch depth {
        case 0: path.keys.0 = key
        case 1: path.keys.1 = key
        case 2: path.keys.2 = key
        case 3: path.keys.3 = key
        default: return self            // deeper than any schema object: keep the outer path
        }
        path.depth += 1
        return path
    }

    /// The path of element `i` of the list at this path.
    func element(_ i: Int) -> FieldPath {
        var path = self
        switch depth {
        case 1: path.indexes.0 = i
        case 2: path.indexes.1 = i
        case 3: path.indexes.2 = i
        case 4: path.indexes.3 = i
        default: break
        }
        return path
    }

    /// The path of a key that is not in the schema (an unknown field), for its message.
    func appending(unknown key: String) -> String {
        depth == 0 ? key : description + "." + key
    }

    var description: String {
        let keys = [self.keys.0, self.keys.1, self.keys.2, self.keys.3]
        let indexes = [self.indexes.0, self.indexes.1, self.indexes.2, self.indexes.3]
        var text = ""
        for level in 0..<depth {
            if level > 0 { text += "." }
            text += keys[level].description
            if indexes[level] >= 0 { text += "[\(indexes[level])]" }
        }
        return text
    }
}
