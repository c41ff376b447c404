/// Reads `aliases.json`: a list of `{"spellings": [...], "note": "..."}` groups. The file is
/// optional (a user's `--data` directory may leave it out); when present, every problem is
/// reported with its position like the record files.
///
/// Each group needs two or more spellings with letters or digits; a spelling may belong to one
/// group only (two groups sharing one would make search depend on their order).
enum AliasDecoding {
    static let keys: [StaticString] = ["spellings", "note"]

    static func groups(_ node: JSONNode, file: String, context: DecodeContext) -> [AliasGroup] {
        guard case .array(let items) = node.value else {
            context.report(file, node.offset, "expected a list of alias groups ([...]), found \(node.typeName)")
            return []
        }
        var groups: [AliasGroup] = []
        var owner: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let site = ValueReader(file: file, recordID: nil, recordIndex: index, context: context)
            let group: AliasGroup? = site.object(item, .root, keys: keys) { reader in
                guard let spellings = reader.requiredList("spellings", site.text) else { return nil }
                let note = reader.optional("note", site.text)
                var ok = true
                if spellings.count < 2 {
                    site.problem(item, FieldPath.root.appending("spellings"), "an alias group needs at least two spellings")
                    ok = false
                }
                for spelling in spellings {
                    let form = Normalizer.normalize(spelling)
                    if form.isEmpty {
                        site.problem(item, FieldPath.root.appending("spellings"), "spelling \"\(spelling)\" has no letters or digits")
                        ok = false
                    } else if let other = owner[form], other != index {
                        site.problem(item, FieldPath.root.appending("spellings"),
                                     "spelling \"\(spelling)\" is already in alias group #\(other)")
                        ok = false
                    } else {
                        owner[form] = index
                    }
                }
                guard ok, let note else { return nil }
                return AliasGroup(spellings: spellings, note: note)
            }
            if let group { groups.append(group) }
        }
        return groups
    }
}
