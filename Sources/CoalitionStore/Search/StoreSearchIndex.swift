extension Store {
    /// Which fields of each record kind are searchable, and how much a match in each counts.
    ///
    /// Events come first in timeline order, then members, groups and figures, so that ties in
    /// rank resolve in the order a reader browses.
    static func makeSearchIndex(dataset: Dataset, timeline: [Event]) -> SearchIndex {
        var builder = SearchIndex.Builder()
        for e in timeline {
            var fields: [(String?, SearchIndex.Tier)] = [
                (e.title.ar, .name), (e.title.en, .name), (e.id, .label), (e.place?.ar, .label), (e.place?.en, .label),
                (e.summary.ar, .text), (e.summary.en, .text), (e.inferred?.ar, .text), (e.inferred?.en, .text),
            ]
            for note in e.notes { fields += [(note.ar, .text), (note.en, .text)] }
            builder.add(RecordRef(.event, e.id), title: e.title, fields: fields)
        }
        for m in dataset.members {
            var fields: [(String?, SearchIndex.Tier)] = [(m.name.ar, .name), (m.name.en, .name), (m.code, .name)]
            for role in m.roles { fields += [(role.text.ar, .text), (role.text.en, .text)] }
            for note in m.notes { fields += [(note.ar, .text), (note.en, .text)] }
            builder.add(RecordRef(.member, m.code), title: m.name, fields: fields)
        }
        for g in dataset.groups {
            var fields: [(String?, SearchIndex.Tier)] = [
                (g.name.ar, .name), (g.name.en, .name), (g.short.ar, .label), (g.short.en, .label), (g.id, .label),
                (g.mandate.ar, .text), (g.mandate.en, .text),
            ]
            for resolution in g.resolutions { fields.append((resolution, .text)) }
            for note in g.notes { fields += [(note.ar, .text), (note.en, .text)] }
            builder.add(RecordRef(.group, g.id), title: g.name, fields: fields)
        }
        for f in dataset.figures {
            var fields: [(String?, SearchIndex.Tier)] = [(f.title.ar, .name), (f.title.en, .name), (f.id, .label)]
            for o in f.observations { fields += [(o.counts.ar, .text), (o.counts.en, .text)] }
            if let d = f.disagreement { fields += [(d.reason.ar, .text), (d.reason.en, .text)] }
            for note in f.notes { fields += [(note.ar, .text), (note.en, .text)] }
            builder.add(RecordRef(.figure, f.id), title: f.title, fields: fields)
        }
        return builder.build()
    }
}
