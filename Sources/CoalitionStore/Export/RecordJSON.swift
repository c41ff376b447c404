/// The JSON form of each model, keys in the order the model documents them (see `Event`, `Member`,
/// ...). `DatasetLoader` reads exactly this shape back.
package enum RecordJSON {
    static func localized(_ l: Localized) -> JSONValue { .object([("ar", .string(l.ar)), ("en", .string(l.en))]) }
    static func localized(_ l: Localized?) -> JSONValue { l.map(localized) ?? .null }
    static func localizedList(_ list: [Localized]) -> JSONValue { .array(list.map(localized)) }
    static func date(_ d: FactDate?) -> JSONValue { d.map { .string($0.description) } ?? .null }

    static func citation(_ c: Citation) -> JSONValue {
        .object([("source", .string(c.source)), ("quote", .optional(c.quote))])
    }

    static func citations(_ list: [Citation]) -> JSONValue { .array(list.map(citation)) }

    package static func source(_ s: Source) -> JSONValue {
        .object([("id", .string(s.id)), ("kind", .string(s.kind.rawValue)), ("file", .optional(s.file)), ("outlet", localized(s.outlet)),
                 ("title", localized(s.title)), ("author", localized(s.author)), ("published", date(s.published)),
                 ("dateNote", localized(s.dateNote)), ("url", .optional(s.url)),
                 ("accessed", date(s.accessed))])
    }

    package static func event(_ e: Event) -> JSONValue {
        .object([("id", .string(e.id)), ("date", date(e.date)), ("inferred", localized(e.inferred)),
                 ("category", .string(e.category.rawValue)), ("title", localized(e.title)),
                 ("summary", localized(e.summary)), ("place", localized(e.place)), ("members", .strings(e.members)),
                 ("locations", .strings(e.locations)), ("groups", .strings(e.groups)), ("figures", .strings(e.figures)), ("sources", citations(e.sources)),
                 ("notes", localizedList(e.notes))])
    }

    package static func member(_ m: Member) -> JSONValue {
        .object([("code", .string(m.code)), ("kind", .string(m.kind.rawValue)), ("name", localized(m.name)),
                 ("region", .string(m.region.rawValue)), ("joined", date(m.joined)),
                 ("tile", .object([("x", .number(Double(m.tile.x))), ("y", .number(Double(m.tile.y)))])),
                 ("theatre", .bool(m.theatre)), ("roles", .array(m.roles.map(role))), ("sources", citations(m.sources)),
                 ("notes", localizedList(m.notes))])
    }

    static func role(_ r: Role) -> JSONValue {
        .object([("kind", .string(r.kind.rawValue)), ("text", localized(r.text)),
                 ("amount", r.amount.map { .object([("value", .number($0.value)), ("unit", .string($0.unit.rawValue))]) } ?? .null),
                 ("sources", citations(r.sources))])
    }

    package static func group(_ g: WorkingGroup) -> JSONValue {
        .object([("id", .string(g.id)), ("kind", .string(g.kind.rawValue)), ("name", localized(g.name)),
                 ("short", localized(g.short)), ("coChairs", .strings(g.coChairs)), ("members", .strings(g.members)),
                 ("mandate", localized(g.mandate)), ("resolutions", .strings(g.resolutions)),
                 ("figures", .strings(g.figures)), ("founded", date(g.founded)), ("sources", citations(g.sources)),
                 ("notes", localizedList(g.notes))])
    }

    package static func figure(_ f: Figure) -> JSONValue {
        .object([("id", .string(f.id)), ("theme", .string(f.theme.rawValue)), ("title", localized(f.title)),
                 ("observations", .array(f.observations.map(observation))),
                 ("disagreement", f.disagreement.map {
                     .object([("kind", .string($0.kind.rawValue)), ("reason", localized($0.reason))]) } ?? .null),
                 ("members", .strings(f.members)), ("notes", localizedList(f.notes))])
    }

    static func observation(_ o: Observation) -> JSONValue {
        .object([("value", .number(o.value)), ("qualifier", .string(o.qualifier.rawValue)),
                 ("unit", .string(o.unit.rawValue)), ("asOf", date(o.asOf)), ("counts", localized(o.counts)),
                 ("source", citation(o.source))])
    }

    /// The five record lists of a dataset, in file order, under their export keys.
    package static func lists(_ d: Dataset) -> [(String, JSONValue)] {
        [("sources", .array(d.sources.map(source))), ("events", .array(d.events.map(event))),
         ("members", .array(d.members.map(member))), ("groups", .array(d.groups.map(group))),
         ("figures", .array(d.figures.map(figure)))]
    }
}
