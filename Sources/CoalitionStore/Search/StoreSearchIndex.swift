/// The records a `SearchIndex` covers, read from the store when the index needs them instead of
/// copied into it: at a million events a copy of every field (and of every title and id) was
/// most of the index's 1.6–2 GiB.
///
/// Subjects are numbered in result order when ranks tie, the order a reader browses: slots
/// `0..<eventsByDate.count` are the timeline's positions, then members, groups, figures and
/// sources. `fields(of:)` is the one list of a record's searchable fields: the builder indexes
/// it, and search rebuilds it to get a field back (by its ordinal in the list) for a snippet or
/// a multi-word check, so the two can never disagree.
///
/// It holds the store's event list and dataset (values sharing the store's storage), not the
/// store, so the store that holds the index is not captured by it.
struct SearchSubjects: Sendable {
    let eventsByDate: EventList
    let dataset: Dataset

    var count: Int {
        eventsByDate.count + dataset.members.count + dataset.groups.count + dataset.figures.count + dataset.sources.count
    }

    private enum Subject {
        case event(Int), member(Member), group(WorkingGroup), figure(Figure), source(Source)
    }

    private func subject(_ slot: Int) -> Subject {
        var i = slot - eventsByDate.count
        if i < 0 { return .event(slot) }
        if i < dataset.members.count { return .member(dataset.members[i]) }
        i -= dataset.members.count
        if i < dataset.groups.count { return .group(dataset.groups[i]) }
        i -= dataset.groups.count
        if i < dataset.figures.count { return .figure(dataset.figures[i]) }
        return .source(dataset.sources[i - dataset.figures.count])
    }

    func ref(_ slot: Int) -> RecordRef {
        switch subject(slot) {
        case .event(let position): return RecordRef(.event, eventsByDate.id(at: position))
        case .member(let m): return RecordRef(.member, m.code)
        case .group(let g): return RecordRef(.group, g.id)
        case .figure(let f): return RecordRef(.figure, f.id)
        case .source(let s): return RecordRef(.source, s.id)
        }
    }

    func title(_ slot: Int) -> Localized {
        switch subject(slot) {
        case .event(let position): return eventsByDate[position].title
        case .member(let m): return m.name
        case .group(let g): return g.name
        case .figure(let f): return f.title
        case .source(let s): return s.title
        }
    }

    /// Which fields of each record kind (and of sources) are searchable, and under which name.
    /// The field's name sets its weight (`SearchField.tier`).
    func fields(of slot: Int) -> [(String?, SearchField)] {
        func both(_ text: Localized?, _ field: SearchField) -> [(String?, SearchField)] {
            [(text?.ar, field), (text?.en, field)]
        }
        switch subject(slot) {
        case .event(let position):
            let e = eventsByDate[position]
            var fields = both(e.title, .title) + [(e.id, .id)] + both(e.place, .place)
                + both(e.summary, .summary) + both(e.inferred, .inferred)
            for note in e.notes { fields += both(note, .note) }
            return fields
        case .member(let m):
            var fields = both(m.name, .name) + [(m.code, .code)]
            for role in m.roles { fields += both(role.text, .role) }
            for note in m.notes { fields += both(note, .note) }
            return fields
        case .group(let g):
            var fields = both(g.name, .name) + both(g.short, .short) + [(g.id, .id)] + both(g.mandate, .mandate)
            for resolution in g.resolutions { fields.append((resolution, .resolution)) }
            for note in g.notes { fields += both(note, .note) }
            return fields
        case .figure(let f):
            var fields = both(f.title, .title) + [(f.id, .id)]
            for o in f.observations { fields += both(o.counts, .counts) }
            fields += both(f.disagreement?.reason, .disagreement)
            for note in f.notes { fields += both(note, .note) }
            return fields
        case .source(let s):
            // `seed-004` normalises to "seed 004", so the seed number alone is a whole word.
            return both(s.title, .title) + [(s.id, .id)] + both(s.outlet, .outlet) + both(s.author, .author)
                + [(s.file, .file)] + both(s.dateNote, .dateNote) + [(s.url, .url)]
        }
    }

    /// The text of the field at `ordinal` in `fields(of: slot)`, as written in the data.
    func field(_ ordinal: Int, of slot: Int) -> String {
        fields(of: slot)[ordinal].0 ?? ""
    }
}

extension Store {
    static func makeSearchIndex(dataset: Dataset, timeline: EventList) -> SearchIndex {
        let subjects = SearchSubjects(eventsByDate: timeline, dataset: dataset)
        var builder = SearchIndex.Builder(subjects: subjects)
        for slot in 0..<subjects.count { builder.add(slot: slot, fields: subjects.fields(of: slot)) }
        for group in dataset.aliases { builder.addAliases(group.spellings) }
        return builder.build()
    }
}
