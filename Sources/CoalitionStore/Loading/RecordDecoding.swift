/// Builds model values from parsed JSON, one function per record kind, following the JSON
/// shapes documented on the models (`Event`, `Member`, ...). Lists such as `notes` or `members`
/// may be left out (meaning empty); optional values may be left out or null.
///
/// Each function reports every problem of its record and returns nil if there was any.
enum RecordDecoding {
    /// The keys each object kind may have, in documented order.
    enum Keys {
        static let source: [StaticString] = ["id", "kind", "file", "outlet", "title", "author", "published", "dateNote",
                                             "url", "accessed"]
        static let event: [StaticString] = ["id", "date", "inferred", "category", "title", "summary", "place", "members", "locations",
                            "groups", "figures", "sources", "notes"]
        static let member: [StaticString] = ["code", "kind", "name", "region", "joined", "tile", "theatre", "roles", "sources", "notes"]
        static let tile: [StaticString] = ["x", "y"]
        static let role: [StaticString] = ["kind", "text", "amount", "sources"]
        static let amount: [StaticString] = ["value", "unit"]
        static let group: [StaticString] = ["id", "kind", "name", "short", "coChairs", "members", "mandate", "resolutions", "figures",
                            "founded", "sources", "notes"]
        static let figure: [StaticString] = ["id", "theme", "title", "observations", "disagreement", "members", "notes"]
        static let observation: [StaticString] = ["value", "qualifier", "unit", "asOf", "counts", "source"]
        static let disagreement: [StaticString] = ["kind", "reason"]
    }

    /// Reads a record object: names it by its id (or `#index` when it has no usable id), reads the
    /// fields, declares the id for duplicate and link checks.
    /// `declares: false` leaves duplicate ids to the caller (the event file keeps its ids in its columns).
    static func record<T>(_ node: JSONNode, index: Int, kind: DecodeContext.LinkTarget, keys: [StaticString], file: String,
                          context: DecodeContext, declares: Bool = true, _ read: (RecordReader, ValueReader) -> T?) -> T? {
        let idKey: StaticString = kind == .member ? "code" : "id"
        guard case .object(let members) = node.value else {
            context.report(file, node.offset, record: "#\(index)", "expected a record (an object), found \(node.typeName)")
            return nil
        }
        var id: String?
        let idNode = members.first { RecordReader.same($0.key, idKey) }?.node
        if let idNode, case .string(let text) = idNode.value,
           kind == .member ? ValueReader.isMemberCode(text) : ValueReader.isIdentifier(text) {
            id = text
        }
        let site = ValueReader(file: file, recordID: id, recordIndex: index, context: context)
        let reader = RecordReader(members, offset: node.offset, path: .root, keys: keys, site: site)
        let value = read(reader, site)
        reader.finish()
        if declares, let id, let idNode { context.declare(kind, id, file: file, offset: idNode.offset) }
        return value
    }

    static func source(_ r: RecordReader, _ s: ValueReader) -> Source? {
        let id = r.required("id", s.identifier)
        let kind: SourceKind?? = r.optional("kind") { s.enumeration("source kind", $0, $1) }
        let file = r.optional("file", s.text)
        let outlet = r.required("outlet", s.localized)
        let title = r.required("title", s.localized)
        let author = r.optional("author", s.localized)
        let published = r.optional("published", s.date)
        let dateNote = r.optional("dateNote", s.localized)
        let url = r.optional("url", s.text)
        let accessed = r.optional("accessed", s.date)
        guard let id, let kind, let file, let outlet, let title, let author, let published, let dateNote, let url,
              let accessed else { return nil }
        return Source(id: id, kind: kind, file: file, outlet: outlet, title: title, author: author, published: published,
                      dateNote: dateNote, url: url, accessed: accessed)
    }

    static func event(_ r: RecordReader, _ s: ValueReader) -> Event? {
        let id = r.required("id", s.identifier)
        let date = r.required("date", s.date)
        let inferred = r.optional("inferred", s.localized)
        let category = r.required("category", { s.enumeration("category", $0, $1) as EventCategory? })
        let title = r.required("title", s.localized)
        let summary = r.required("summary", s.localized)
        let place = r.optional("place", s.localized)
        let members = r.list("members", s.memberLink)
        let locations = r.list("locations", s.memberLink)
        let groups = r.list("groups", s.groupLink)
        let figures = r.list("figures", s.figureLink)
        let sources = r.requiredList("sources", s.citation)
        let notes = r.list("notes", s.localized)
        guard let id, let date, let inferred, let category, let title, let summary, let place, let members,
              let locations, let groups, let figures, let sources, let notes else { return nil }
        return Event(id: id, date: date, inferred: inferred, category: category, title: title, summary: summary,
                     place: place, members: members, locations: locations, groups: groups, figures: figures, sources: sources, notes: notes)
    }

    static func member(_ r: RecordReader, _ s: ValueReader) -> Member? {
        let code = r.required("code", s.memberCode)
        let kind = r.required("kind", { s.enumeration("member kind", $0, $1) as MemberKind? })
        let name = r.required("name", s.localized)
        let region = r.required("region", { s.enumeration("region", $0, $1) as Region? })
        let joined = r.optional("joined", s.date)
        let tile = r.required("tile") { RecordDecoding.tile(s, $0, $1) }
        let theatre = r.optional("theatre", s.bool)
        let roles = r.list("roles") { role(s, $0, $1) }
        let sources = r.requiredList("sources", s.citation)
        let notes = r.list("notes", s.localized)
        var stateCodeOK = true
        if let code, kind == .state, !isAlpha3(code) {
            s.context.report(s.file, r.members.first { $0.key == "code" }?.node.offset, record: s.recordLabel, field: "code",
                             "a state's code must be 3 upper-case letters (ISO 3166-1 alpha-3), found \"\(code)\"")
            stateCodeOK = false
        }
        if let code, let tile, let tileNode = r.members.first(where: { $0.key == "tile" })?.node {
            s.context.occupy(tile, by: code, file: s.file, offset: tileNode.offset)
        }
        guard let code, let kind, let name, let region, let joined, let tile, let theatre, let roles, let sources,
              let notes, stateCodeOK else { return nil }
        return Member(code: code, kind: kind, name: name, region: region, joined: joined, tile: tile,
                      theatre: theatre ?? false, roles: roles, sources: sources, notes: notes)
    }

    private static func tile(_ s: ValueReader, _ node: JSONNode, _ path: FieldPath) -> Tile? {
        s.object(node, path, keys: Keys.tile) { t in
            let x = t.required("x", s.positiveInteger)
            let y = t.required("y", s.positiveInteger)
            guard let x, let y else { return nil }
            return Tile(x: x, y: y)
        }
    }

    private static func role(_ s: ValueReader, _ node: JSONNode, _ path: FieldPath) -> Role? {
        s.object(node, path, keys: Keys.role) { r in
            let kind = r.required("kind", { s.enumeration("role kind", $0, $1) as RoleKind? })
            let text = r.required("text", s.localized)
            let amount = r.optional("amount") { RecordDecoding.amount(s, $0, $1) }
            let sources = r.requiredList("sources", s.citation)
            guard let kind, let text, let amount, let sources else { return nil }
            return Role(kind: kind, text: text, amount: amount, sources: sources)
        }
    }

    private static func amount(_ s: ValueReader, _ node: JSONNode, _ path: FieldPath) -> Amount? {
        s.object(node, path, keys: Keys.amount) { a in
            let unit = a.required("unit", { s.enumeration("unit", $0, $1) as Unit? })
            let value = a.required("value") { s.measure($0, $1, unit: unit) }
            guard let value, let unit else { return nil }
            return Amount(value: value, unit: unit)
        }
    }

    static func group(_ r: RecordReader, _ s: ValueReader) -> WorkingGroup? {
        let id = r.required("id", s.identifier)
        let kind = r.required("kind", { s.enumeration("group kind", $0, $1) as GroupKind? })
        let name = r.required("name", s.localized)
        let short = r.required("short", s.localized)
        let coChairs = r.list("coChairs", s.memberLink)
        let members = r.list("members", s.memberLink)
        let mandate = r.required("mandate", s.localized)
        let resolutions = r.list("resolutions", s.text)
        let figures = r.list("figures", s.figureLink)
        let founded = r.optional("founded", s.date)
        let sources = r.requiredList("sources", s.citation)
        let notes = r.list("notes", s.localized)
        guard let id, let kind, let name, let short, let coChairs, let members, let mandate, let resolutions,
              let figures, let founded, let sources, let notes else { return nil }
        return WorkingGroup(id: id, kind: kind, name: name, short: short, coChairs: coChairs, members: members,
                            mandate: mandate, resolutions: resolutions, figures: figures, founded: founded,
                            sources: sources, notes: notes)
    }

    static func figure(_ r: RecordReader, _ s: ValueReader) -> Figure? {
        let id = r.required("id", s.identifier)
        let theme = r.required("theme", { s.enumeration("theme", $0, $1) as Theme? })
        let title = r.required("title", s.localized)
        let observations = r.requiredList("observations") { observation(s, $0, $1) }
        let disagreement = r.optional("disagreement") { RecordDecoding.disagreement(s, $0, $1) }
        let members = r.list("members", s.memberLink)
        let notes = r.list("notes", s.localized)
        guard let id, let theme, let title, let observations, let disagreement, let members, let notes else { return nil }
        return Figure(id: id, theme: theme, title: title, observations: observations, disagreement: disagreement,
                      members: members, notes: notes)
    }

    private static func observation(_ s: ValueReader, _ node: JSONNode, _ path: FieldPath) -> Observation? {
        s.object(node, path, keys: Keys.observation) { o in
            let unit = o.required("unit", { s.enumeration("unit", $0, $1) as Unit? })
            let value = o.required("value") { s.measure($0, $1, unit: unit) }
            let qualifier = o.optional("qualifier", { s.enumeration("qualifier", $0, $1) as Qualifier? })
            let asOf = o.optional("asOf", s.date)
            let counts = o.required("counts", s.localized)
            let source = o.required("source", s.citation)
            guard let value, let qualifier, let unit, let asOf, let counts, let source else { return nil }
            return Observation(value: value, qualifier: qualifier ?? .exact, unit: unit, asOf: asOf,
                               counts: counts, source: source)
        }
    }

    private static func disagreement(_ s: ValueReader, _ node: JSONNode, _ path: FieldPath) -> Disagreement? {
        s.object(node, path, keys: Keys.disagreement) { d in
            let kind = d.required("kind", { s.enumeration("disagreement kind", $0, $1) as Disagreement.Kind? })
            let reason = d.required("reason", s.localized)
            guard let kind, let reason else { return nil }
            return Disagreement(kind: kind, reason: reason)
        }
    }

    private static func isAlpha3(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }
}
