/// Reads the fields of one JSON object into model values, reporting every problem (missing,
/// wrong type, bad value, unknown key) with its position instead of stopping at the first.
///
/// Each object kind has a fixed list of keys (its schema); anything else in the object is an
/// unknown field. Value readers (`ValueReader`) are passed as functions:
/// ```swift
/// let reader = RecordReader(object, offset: node.offset, path: .root, keys: ["ar", "en"], site: site)
/// let ar = reader.required("ar", site.text)
/// reader.finish()   // reports keys outside the schema, and keys given twice
/// ```
struct RecordReader {
    let members: [JSONMember]
    let objectOffset: Int
    /// Field path of this object inside the record (root for the record itself, `roles[0]` for a nested one).
    let path: FieldPath
    /// The keys this object may have.
    let keys: [StaticString]
    let site: ValueReader

    init(_ members: [JSONMember], offset: Int, path: FieldPath, keys: [StaticString], site: ValueReader) {
        self.members = members; self.objectOffset = offset; self.path = path; self.keys = keys; self.site = site
    }

    private func fieldPath(_ key: StaticString) -> FieldPath { path.appending(key) }

    /// The value of a key that must be there and must not be null.
    func required<T>(_ key: StaticString, _ read: (JSONNode, FieldPath) -> T?) -> T? {
        guard let node = node(for: key) else {
            site.context.report(site.file, objectOffset, record: site.recordLabel, field: fieldPath(key).description,
                                "missing required field")
            return nil
        }
        if case .null = node.value {
            site.problem(node, fieldPath(key), "must not be null")
            return nil
        }
        return read(node, fieldPath(key))
    }

    /// The value of a key that may be absent or null. The outer optional is nil when the value was bad.
    func optional<T>(_ key: StaticString, _ read: (JSONNode, FieldPath) -> T?) -> T?? {
        guard let node = node(for: key) else { return .some(nil) }
        if case .null = node.value { return .some(nil) }
        guard let value = read(node, fieldPath(key)) else { return nil }
        return .some(value)
    }

    /// A list that may be absent or null (meaning empty). Nil when the list or any element was bad.
    func list<T>(_ key: StaticString, _ read: (JSONNode, FieldPath) -> T?) -> [T]? {
        guard let node = node(for: key) else { return [] }
        if case .null = node.value { return [] }
        return site.elements(of: node, fieldPath(key), read)
    }

    /// A list that must be present.
    func requiredList<T>(_ key: StaticString, _ read: (JSONNode, FieldPath) -> T?) -> [T]? {
        required(key) { node, path in site.elements(of: node, path, read) }
    }

    /// Reports keys given twice and keys outside the schema.
    func finish() {
        // Pairwise comparison is fastest for real objects; a hostile one with thousands of keys gets a set.
        var seen: Set<String>? = members.count > 32 ? [] : nil
        for (i, member) in members.enumerated() {
            let unknown = !keys.contains { RecordReader.same(member.key, $0) }
            let repeated = !unknown && (seen.map { $0.contains(member.key) }
                                        ?? RecordReader.occursBefore(i, member.key, in: members))
            seen?.insert(member.key)
            guard unknown || repeated else { continue }
            var message = repeated ? "the same field appears twice" : "unknown field"
            if unknown, let near = RecordReader.nearest(member.key, in: keys.map(\.description)) {
                message += " (did you mean \"\(near)\"?)"
            }
            site.context.report(site.file, member.keyOffset, record: site.recordLabel, field: path.appending(unknown: member.key),
                                message)
        }
    }

    private func node(for key: StaticString) -> JSONNode? {
        for member in members where RecordReader.same(member.key, key) { return member.node }
        return nil
    }

    /// Whether a key read from the file is the schema key `name`: lengths first, then bytes.
    @inline(__always)
    static func same(_ key: String, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard key.utf8.count == count else { return false }
        return key.utf8.withContiguousStorageIfAvailable { bytes in
            for i in 0..<count where bytes[i] != name.utf8Start[i] { return false }
            return true
        } ?? (key == name.description)
    }

    private static func occursBefore(_ index: Int, _ key: String, in members: [JSONMember]) -> Bool {
        for j in 0..<index where members[j].key == key { return true }
        return false
    }

    /// The known key closest to a misspelt one, if it is plausibly a typo.
    static func nearest(_ key: String, in known: [String]) -> String? {
        let lower = key.lowercased().filter { $0 != "_" && $0 != "-" }
        var best: (String, Int)?
        for candidate in known {
            let distance = editDistance(Array(lower.utf8), Array(candidate.lowercased().utf8))
            if distance <= max(1, candidate.count / 4), distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    private static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
