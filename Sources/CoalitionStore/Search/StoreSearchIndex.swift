extension Store {
    /// Which fields of each record kind (and of sources) are searchable, and under which name.
    /// The field's name sets its weight (`SearchField.tier`).
    ///
    /// Events come first in timeline order, then members, groups, figures and sources, so that
    /// ties in rank resolve in the order a reader browses.
    static func makeSearchIndex(dataset: Dataset, timeline: EventList) -> SearchIndex {
        var builder = SearchIndex.Builder()
        func both(_ text: Localized?, _ field: SearchField) -> [(String?, SearchField)] {
            [(text?.ar, field), (text?.en, field)]
        }
        for e in timeline {
            var fields = both(e.title, .title) + [(e.id, .id)] + both(e.place, .place)
                + both(e.summary, .summary) + both(e.inferred, .inferred)
            for note in e.notes { fields += both(note, .note) }
            builder.add(RecordRef(.event, e.id), title: e.title, fields: fields)
        }
        for m in dataset.members {
            var fields = both(m.name, .name) + [(m.code, .code)]
            for role in m.roles { fields += both(role.text, .role) }
            for note in m.notes { fields += both(note, .note) }
            builder.add(RecordRef(.member, m.code), title: m.name, fields: fields)
        }
        for g in dataset.groups {
            var fields = both(g.name, .name) + both(g.short, .short) + [(g.id, .id)] + both(g.mandate, .mandate)
            for resolution in g.resolutions { fields.append((resolution, .resolution)) }
            for note in g.notes { fields += both(note, .note) }
            builder.add(RecordRef(.group, g.id), title: g.name, fields: fields)
        }
        for f in dataset.figures {
            var fields = both(f.title, .title) + [(f.id, .id)]
            for o in f.observations { fields += both(o.counts, .counts) }
            fields += both(f.disagreement?.reason, .disagreement)
            for note in f.notes { fields += both(note, .note) }
            builder.add(RecordRef(.figure, f.id), title: f.title, fields: fields)
        }
        // Sources: `seed-004` normalises to "seed 004", so the seed number alone is a whole word.
        for s in dataset.sources {
            let fields = both(s.title, .title) + [(s.id, .id)] + both(s.outlet, .outlet) + both(s.author, .author)
                + [(s.file, .file)] + both(s.dateNote, .dateNote) + [(s.url, .url)]
            builder.add(RecordRef(.source, s.id), title: s.title, fields: fields)
        }
        for group in dataset.aliases { builder.addAliases(group.spellings) }
        return builder.build()
    }
}
