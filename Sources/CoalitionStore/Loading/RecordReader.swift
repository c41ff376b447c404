/// Reads the fields of one JSON object into model values, reporting every problem (missing,
/// wrong type, bad value, unknown key) with its position instead of stopping at the first.
///
/// Value readers (`ValueReader`) are passed as functions, so each field reads in one line:
/// ```swift
/// var reader = RecordReader(object, offset: node.offset, path: "", site: site)
/// let title = reader.required("title", site.localized)
/// reader.finish()   // reports keys nobody asked for
/// ```
struct RecordReader {
    let members: [JSONMember]
    let objectOffset: Int
    /// Field path of this object inside the record ("" for the record itself, "roles[0]" for a nested one).
    let path: String
    let site: ValueReader
    private var asked: Set<String> = []

    init(_ members: [JSONMember], offset: Int, path: String, site: ValueReader) {
        self.members = members; self.objectOffset = offset; self.path = path; self.site = site
    }

    private var file: String { site.file }
    private var record: String { site.record }
    private var context: DecodeContext { site.context }

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func problem(at node: JSONNode, _ key: String, _ message: String) {
        context.report(file, node.offset, record: record, field: fieldPath(key), message)
    }

    // MARK: Presence

    /// The value of a key that must be there and must not be null.
    mutating func required<T>(_ key: String, _ read: (JSONNode, String) -> T?) -> T? {
        asked.insert(key)
        guard let node = node(for: key) else {
            context.report(file, objectOffset, record: record, field: fieldPath(key), "missing required field")
            return nil
        }
        if case .null = node.value {
            problem(at: node, key, "must not be null")
            return nil
        }
        return read(node, fieldPath(key))
    }

    /// The value of a key that may be absent or null. The outer optional is nil when the value was bad.
    mutating func optional<T>(_ key: String, _ read: (JSONNode, String) -> T?) -> T?? {
        asked.insert(key)
        guard let node = node(for: key) else { return .some(nil) }
        if case .null = node.value { return .some(nil) }
        guard let value = read(node, fieldPath(key)) else { return nil }
        return .some(value)
    }

    /// A list that may be absent (meaning empty). Nil when the list or any element was bad.
    mutating func list<T>(_ key: String, _ read: (JSONNode, String) -> T?) -> [T]? {
        asked.insert(key)
        guard let node = node(for: key) else { return [] }
        if case .null = node.value { return [] }
        return site.elements(of: node, fieldPath(key), read)
    }

    /// A list that must be present.
    mutating func requiredList<T>(_ key: String, _ read: (JSONNode, String) -> T?) -> [T]? {
        let site = self.site
        return required(key) { node, path in site.elements(of: node, path, read) }
    }

    /// Reports duplicate keys and keys that no `required`/`optional`/`list` call asked for.
    func finish() {
        var seen = Set<String>()
        for member in members {
            if !seen.insert(member.key).inserted {
                context.report(file, member.keyOffset, record: record, field: fieldPath(member.key), "the same field appears twice")
            } else if !asked.contains(member.key) {
                var message = "unknown field"
                if let near = RecordReader.nearest(member.key, in: asked) { message += " (did you mean \"\(near)\"?)" }
                context.report(file, member.keyOffset, record: record, field: fieldPath(member.key), message)
            }
        }
    }

    private func node(for key: String) -> JSONNode? {
        for member in members where member.key == key { return member.node }
        return nil
    }

    /// The known key closest to a misspelt one, if it is plausibly a typo.
    static func nearest(_ key: String, in known: Set<String>) -> String? {
        let lower = key.lowercased().filter { $0 != "_" && $0 != "-" }
        var best: (String, Int)?
        for candidate in known.sorted() {
            let distance = editDistance(Array(lower.utf8), Array(candidate.lowercased().utf8))
            if distance <= max(1, candidate.count / 4), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
