import CoalitionStore
import RTLText

/// What the detail view says about one record, as a list of items in reading order: fields,
/// paragraphs, the sources, and the links (members, groups, events, figures) that Enter follows.
///
/// Built from the store each time it is needed, so the detail always shows the store's truth.
///
/// ```swift
/// let content = DetailContent(RecordRef(.member, "SAU"), store: store, language: .en, months: .levant)
/// content.title   // "Saudi Arabia"
/// content.links   // the finance group, the small group, events…
/// ```
struct DetailContent {
    enum Item: Equatable {
        case field(label: String, value: String)
        case text(String)
        /// A file name: always laid out left to right, so "002_x.txt" never reads "x.txt_002".
        case identifier(String)
        /// A source's URL: laid out as an identifier, and a hyperlink where the terminal has them.
        case url(String)
        /// A quotation from a source, in its quotation marks: a paragraph in its own direction
        /// (an Arabic quote in the English UI is right to left, aligned right).
        case quote(String)
        case section(String)
        case link(String, RecordRef)
        case blank
    }

    var title: String
    var items: [Item] = []

    /// Citations listed per kind in a source's detail: every one in the bundled data (81 at most),
    /// a bounded page for a generated data set where one source backs 20,000 events.
    static let citingShown = 500

    var links: [RecordRef] {
        items.compactMap { if case .link(_, let ref) = $0 { ref } else { nil } }
    }

    /// The content for the options in `context` (language, month names, digits, ASCII).
    init(_ ref: RecordRef, context: PaneContext, summary: Bool = false) {
        self.init(ref, store: context.store, language: context.language, months: context.months,
                  digits: context.text.options.digits, ascii: context.ascii, summary: summary)
    }

    /// `summary`: leave out the lists that need a pass over every event (the grid's summary area
    /// redraws on every key, and the synthetic data set has 100,000 events).
    init(_ ref: RecordRef, store: Store, language: Language, months: MonthStyle, digits: DigitStyle = .western,
         ascii: Bool = false, summary: Bool = false) {
        let s = Strings.for(language)
        var b = Builder(store: store, language: language, months: months, digits: digits, strings: s,
                        marks: .set(ascii: ascii))
        switch ref.kind {
        case .event:
            guard let e = store.event(ref.id) else { title = s.notFound; return }
            title = e.title.text(language)
            b.event(e)
        case .member:
            guard let m = store.member(ref.id) else { title = s.notFound; return }
            title = m.name.text(language)
            b.member(m, summary: summary)
        case .group:
            guard let g = store.group(ref.id) else { title = s.notFound; return }
            title = g.name.text(language)
            b.group(g, summary: summary)
        case .figure:
            guard let f = store.figure(ref.id) else { title = s.notFound; return }
            title = f.title.text(language)
            b.figure(f, summary: summary)
        case .source:
            guard let src = store.source(ref.id) else { title = s.notFound; return }
            title = src.title.text(language)
            b.source(src, summary: summary)
        }
        items = b.items
    }
}

/// Appends the items of each record kind.
private struct Builder {
    let store: Store
    let language: Language
    let months: MonthStyle
    let digits: DigitStyle
    let strings: Strings
    let marks: Marks
    var items: [DetailContent.Item] = []

    private func date(_ d: FactDate?) -> String { DateFormat.full(d, language: language, months: months) }
    private mutating func field(_ label: String, _ value: String?) {
        if let value, !value.isEmpty { items.append(.field(label: label, value: value)) }
    }
    private mutating func section(_ label: String) { items.append(.blank); items.append(.section(label)) }

    mutating func event(_ e: Event) {
        field(strings.labelDate, DateFormat.marked(date(e.date), inferred: e.inferred != nil, language: language))
        field(strings.labelInferred, e.inferred?.text(language))
        field(strings.labelPlace, e.place?.text(language))
        field(strings.labelCategory, strings.categoryName(e.category))
        items.append(.blank)
        items.append(.text(e.summary.text(language)))
        notes(e.notes)
        memberLinks(strings.labelMembers, e.members)
        memberLinks(DataFidelityStrings.for(language).labelLocations, e.locations)
        groupLinks(e.groups)
        figureLinks(e.figures)
        sources(e.sources)
    }

    mutating func member(_ m: Member, summary: Bool) {
        field(strings.labelCode, m.code)
        field(strings.labelKind, m.kind == .state ? strings.labelState : strings.labelOrganisation)
        field(strings.labelRegion, strings.regionNames[m.region])
        field(strings.labelJoined, m.joined.map { date($0) })
        if m.theatre { items.append(.text(strings.labelTheatre)) }
        if !m.roles.isEmpty {
            section(strings.labelRoles)
            for role in m.roles {
                var line = (strings.roleNames[role.kind] ?? role.kind.rawValue) + ": " + language.isolate(role.text.text(language))
                if let amount = role.amount { line += " " + marks.dash + " " + NumberFormat.words(amount, language: language, digits: digits) }
                let outlets = role.sources.compactMap { store.source($0.source)?.outlet.text(language) }
                if !outlets.isEmpty { line += " [" + outlets.map(language.isolate).joined(separator: strings.listSeparator) + "]" }
                items.append(.text(line))
            }
        }
        let groups = store.groups(ofMember: m.code)
        if !groups.isEmpty {
            section(strings.labelGroups)
            for g in groups {
                let chair = g.coChairs.contains(m.code) ? " (" + strings.labelCoChairs + ")" : ""
                items.append(.link(language.isolate(g.name.text(language)) + chair, RecordRef(.group, g.id)))
            }
        }
        figureLinks(store.figures(involvingMember: m.code).map(\.id))
        if !summary { eventLinks(store.events(involvingMember: m.code)) }
        notes(m.notes)
        sources(m.sources)
    }

    mutating func group(_ g: WorkingGroup, summary: Bool) {
        field(strings.labelKind, strings.groupKindNames[g.kind])
        field(strings.labelFounded, g.founded.map { date($0) })
        items.append(.blank)
        items.append(.text(g.mandate.text(language)))
        field(strings.labelResolutions, g.resolutions.joined(separator: strings.listSeparator))
        memberLinks(strings.labelCoChairs, g.coChairs)
        memberLinks(strings.labelMembers, g.members)
        figureLinks(g.figures)
        if !summary { eventLinks(store.events(involvingGroup: g.id)) }
        notes(g.notes)
        sources(g.sources)
    }

    mutating func figure(_ f: Figure, summary: Bool) {
        field(strings.labelTheme, strings.themeNames[f.theme])
        section(strings.labelObservations)
        for (i, o) in f.observations.enumerated() {
            if i > 0 { items.append(.blank) }
            items.append(.text(marks.bullet + " " + NumberFormat.words(o, language: language, digits: digits)))
            field(strings.labelCounts, o.counts.text(language))
            field(strings.labelAsOf, date(o.asOf))
            sourceLink(strings.labelSource + ": " + sourceLine(o.source), o.source)
            identifiers(o.source)
            if let q = o.source.quote { items.append(.quote(marks.quoted(q))) }
        }
        if let d = f.disagreement {
            section(strings.labelDisagreement)
            items.append(.text((strings.disagreementNames[d.kind] ?? d.kind.rawValue) + ": " + d.reason.text(language)))
        }
        if f.id == MembershipNote.figureID, let note = MembershipNote(store: store) {
            items.append(.blank)
            items.append(.text(note.long(language)))
        }
        memberLinks(strings.labelMembers, f.members)
        notes(f.notes)
    }

    /// A source: its metadata, then every record that cites it, grouped by kind (events, figures,
    /// members, groups), each a link with the quote it rests on under it. A figure's link names the
    /// observation the source backs; a member's, the role. The summary stops at the count; a kind
    /// with more than `DetailContent.citingShown` records lists that many and says how many more there are.
    mutating func source(_ src: Source, summary: Bool) {
        let t = SourcesStrings.for(language)
        field(t.labelOutlet, src.outlet.text(language))
        field(t.labelAuthor, src.author?.text(language))
        let dated = src.published.map { date($0) } ?? strings.undated
        field(t.labelDate, src.dateNote.map { dated + " (" + $0.text(language) + ")" } ?? dated)
        field(t.labelKind, t.kindName(src.kind))
        if let url = src.url { items.append(.url(url)) }
        if let file = src.file { items.append(.identifier(file)) }
        field(t.labelAccessed, src.accessed.map { date($0) })
        // Only the events shown are read: a large data set's source may be cited by 100,000.
        let uses = store.uses(ofSource: src.id, eventsAtMost: DetailContent.citingShown)
        section(uses.isEmpty ? t.citedByNone : t.citedBy(store.citingRecordCount(ofSource: src.id)))
        guard !summary else { return }
        let groups: [(RecordKind, String)] = [(.event, t.labelEvents), (.figure, t.labelFigures),
                                              (.member, t.labelMembers), (.group, t.labelGroups)]
        for (kind, label) in groups {
            let ofKind = uses.filter { $0.record.kind == kind }
            guard !ofKind.isEmpty else { continue }
            let records = kind == .event ? store.eventPositions(citing: src.id).count : Set(ofKind.map(\.record)).count
            let citations = kind == .event ? max(ofKind.count, records) : ofKind.count
            items.append(.blank)
            items.append(.section(label + " (" + String(records) + ")"))
            for use in ofKind.prefix(DetailContent.citingShown) {
                items.append(.link(useLabel(use), use.record))
                if let q = use.quote { items.append(.quote(marks.quoted(q))) }
            }
            if citations > DetailContent.citingShown { items.append(.text(t.more(citations - DetailContent.citingShown))) }
        }
    }

    /// What a citing record's link says: the event's date and title, the figure's title and the
    /// observation backed, the member's name and role, the group's name.
    private func useLabel(_ use: SourceUse) -> String {
        let ref = use.record
        switch ref.kind {
        case .event:
            guard let e = store.event(ref.id) else { return ref.id }
            return date(e.date) + " " + marks.dash + " " + e.title.text(language)
        case .figure:
            guard let f = store.figure(ref.id) else { return ref.id }
            var label = f.title.text(language)
            if case .observation(let i) = use.part, f.observations.indices.contains(i) {
                let o = f.observations[i]
                label += ": " + NumberFormat.words(o, language: language, digits: digits)
                if let asOf = o.asOf { label += " (" + date(asOf) + ")" }
            }
            return label
        case .member:
            guard let m = store.member(ref.id) else { return ref.id }
            var label = m.name.text(language) + " (" + m.code + ")"
            if case .role(let i) = use.part, m.roles.indices.contains(i) {
                let role = m.roles[i]
                label += " " + marks.dash + " " + (strings.roleNames[role.kind] ?? role.kind.rawValue) + ": "
                    + role.text.text(language)
            }
            return label
        case .group: return store.group(ref.id)?.name.text(language) ?? ref.id
        case .source: return store.source(ref.id)?.title.text(language) ?? ref.id
        }
    }

    private mutating func notes(_ notes: [Localized]) {
        guard !notes.isEmpty else { return }
        section(strings.labelNotes)
        for n in notes { items.append(.text(n.text(language))) }
    }

    private mutating func memberLinks(_ label: String, _ codes: [String]) {
        guard !codes.isEmpty else { return }
        section(label)
        for code in codes {
            let name = store.member(code)?.name.text(language) ?? code
            items.append(.link(language.isolate(name) + " (" + code + ")", RecordRef(.member, code)))
        }
    }

    private mutating func groupLinks(_ ids: [String]) {
        guard !ids.isEmpty else { return }
        section(strings.labelGroups)
        for id in ids { items.append(.link(store.group(id)?.name.text(language) ?? id, RecordRef(.group, id))) }
    }

    private mutating func figureLinks(_ ids: [String]) {
        guard !ids.isEmpty else { return }
        section(strings.labelFigures)
        for id in ids {
            guard let figure = store.figure(id) else { items.append(.link(id, RecordRef(.figure, id))); continue }
            var label = figure.title.text(language)
            if let value = FactText.headline(figure) { label += ": " + NumberFormat.words(value, language: language, digits: digits) }
            items.append(.link(label, RecordRef(.figure, id)))
        }
    }

    private mutating func eventLinks(_ events: EventList) {
        guard !events.isEmpty else { return }
        section(strings.labelEvents)
        for e in events {
            items.append(.link(language.isolate(date(e.date)) + " " + marks.dash + " " + language.isolate(e.title.text(language)),
                               RecordRef(.event, e.id)))
        }
    }

    /// A citation's source line: a link to the source's detail (every record citing it, the way
    /// back from a record to its provenance and on to what else rests on it), or plain text
    /// when the store does not know the source. A link gets its own arrow, so `bulleted` text
    /// drops its bullet only when it becomes one.
    private mutating func sourceLink(_ text: String, _ c: Citation, bulleted: Bool = false) {
        if store.source(c.source) != nil {
            items.append(.link(text, RecordRef(.source, c.source)))
        } else {
            items.append(.text(bulleted ? marks.bullet + " " + text : text))
        }
    }

    /// The source's seed file and URL, each on its own left-to-right line.
    private mutating func identifiers(_ c: Citation) {
        guard let src = store.source(c.source) else { return }
        if let file = src.file { items.append(.identifier(file)) }
        if let url = src.url { items.append(.url(url)) }
    }

    /// "outlet, date" for a citation (the file and URL follow as identifiers).
    func sourceLine(_ c: Citation) -> String {
        guard let src = store.source(c.source) else { return c.source }
        var parts = [src.outlet.text(language)]
        // An undated source's note already says so ("undated, after 2022"); a dated one's explains the date.
        switch (src.published, src.dateNote) {
        case (let published?, let note?):
            parts.append(language.isolate(date(published)) + " (" + language.isolate(note.text(language)) + ")")
        case (let published?, nil): parts.append(date(published))
        case (nil, let note?): parts.append(note.text(language))
        case (nil, nil): parts.append(strings.undated)
        }
        return parts.map(language.isolate).joined(separator: strings.listSeparator)
    }

    private mutating func sources(_ citations: [Citation]) {
        section(strings.labelSources)
        guard !citations.isEmpty else { items.append(.text(strings.noSources)); return }
        for c in citations {
            sourceLink(sourceLine(c), c, bulleted: true)
            identifiers(c)
            if let q = c.quote { items.append(.quote(marks.quoted(q))) }
        }
    }
}
