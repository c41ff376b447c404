import CoalitionStore
import RTLText

/// What `y` copies and `tahaluf cite --format text` prints: a record as text a researcher pastes
/// into notes. The first lines are the row's own text, built by the same function the pane draws
/// it with (so the copy cannot drift from the screen); then a note where the row carries a mark
/// (`~` inferred date, `≠` sources differ); then every source the copied lines rest on, in full:
/// outlet, title, date, seed file, URL, access date for web sources ("unknown" when the data has
/// none), and the quote.
///
/// ```swift
/// CitationText.row(RecordRef(.figure, "iraqi-forces-trained"), app: state, context: context)
/// // "≠ Iraqi forces trained  126.5 thousand
/// //  Sources differ: …
/// //  126.5 thousand · Iraqi security forces trained · … · US Department of State
/// //  Source: US Department of State, "The Global Coalition – …", 6 February 2019
/// //  Seed file: 004_d9793a676d49900f.txt
/// //  …"
/// ```
package enum CitationText {
    /// What `y` copies on a pane's selected row: the row, and the sources of what it shows.
    static func row(_ ref: RecordRef, app: AppState, context: PaneContext) -> String {
        let store = context.store
        var lines: [String]
        var cited: [Citation]
        switch ref.kind {
        case .event:
            guard let event = store.event(ref.id) else { return ref.id }
            lines = eventLines(event, context: context)
            cited = event.sources
        case .member:
            guard let member = store.member(ref.id) else { return ref.id }
            let highlight = app.map.highlight
            lines = [MapPane.nameLine(member.code, highlight: highlight, groups: app.groups, context: context)]
            cited = member.sources
            // The name line shows the amounts given in the donors highlight: their sources too.
            if highlight == .donors { cited += member.roles.filter { $0.kind == .donor }.flatMap(\.sources) }
        case .group:
            guard let group = store.group(ref.id) else { return ref.id }
            lines = groupLines(group, context: context)
            cited = group.sources
        case .figure:
            guard let figure = store.figure(ref.id) else { return ref.id }
            lines = figureHeading(figure, context: context)
            let headline = FactText.headline(figure)
            if let headline { lines.append(StatsPane.observationText(headline, context: context)) }
            cited = headline.map { [$0.source] } ?? []
        case .source:
            return record(ref, context: context)
        }
        return finish(lines.map(context.digits) + citationLines(cited, context: context))
    }

    /// The whole record, as its detail view shows it: every observation of a figure and every role
    /// of a member, each with its source. What `y` copies in the detail view and what
    /// `tahaluf cite --format text` prints.
    package static func record(_ ref: RecordRef, store: Store, config: AppConfig) -> String {
        record(ref, context: PaneContext(store: store, config: config))
    }

    static func record(_ ref: RecordRef, context: PaneContext) -> String {
        let store = context.store
        switch ref.kind {
        case .event:
            guard let event = store.event(ref.id) else { return ref.id }
            return finish(eventLines(event, context: context).map(context.digits)
                          + citationLines(event.sources, context: context))
        case .member:
            guard let member = store.member(ref.id) else { return ref.id }
            var lines = [context.digits(MapPane.nameLine(member.code, highlight: .none, groups: GroupsState(),
                                                         context: context))]
            lines += citationLines(member.sources, context: context)
            let labels = CitationStrings.for(context.language)
            for role in member.roles {
                lines.append("")
                lines.append(labels.role + role.text.text(context.language))
                lines += citationLines(role.sources, context: context)
            }
            return finish(lines)
        case .group:
            guard let group = store.group(ref.id) else { return ref.id }
            return finish(groupLines(group, context: context).map(context.digits)
                          + citationLines(group.sources, context: context))
        case .figure:
            guard let figure = store.figure(ref.id) else { return ref.id }
            var lines = figureHeading(figure, context: context).map(context.digits)
            for observation in figure.observations {
                lines.append("")
                lines.append(context.digits(StatsPane.observationText(observation, context: context)))
                lines += citationLines([observation.source], context: context)
            }
            return finish(lines)
        case .source:
            // A source is its own citation: outlet, title, date, file, URL, access date.
            guard store.source(ref.id) != nil else { return ref.id }
            return finish(citationLines([Citation(source: ref.id)], context: context))
        }
    }

    /// The first line of what `row` copies, for the status bar after `y`.
    static func firstLine(_ text: String) -> String {
        String(text.prefix { $0 != "\n" })
    }

    /// The sources of the given records as entries for the citation formats, with a note per
    /// citation: the record's first line and the quote. What `tahaluf cite` writes.
    package static func entries(_ refs: [RecordRef], store: Store, config: AppConfig) -> [CitationEntry] {
        let context = PaneContext(store: store, config: config)
        let labels = CitationStrings.for(context.language)
        var order: [String] = []
        var notes: [String: [String]] = [:]
        var sources: [String: Source] = [:]
        for ref in refs {
            let statement = firstLine(record(ref, context: context))
            for (use, source) in store.citations(of: ref) {
                if sources[source.id] == nil { order.append(source.id); sources[source.id] = source }
                var note = statement
                if case .observation(let i) = use.part, let o = store.figure(ref.id)?.observations[i] {
                    note += context.separator + context.digits(StatsPane.observationText(o, context: context))
                }
                if case .role(let i) = use.part, let role = store.member(ref.id)?.roles[i] {
                    note += context.separator + labels.role + role.text.text(context.language)
                }
                if let quote = use.quote { note += context.separator + labels.quote + Marks.set(ascii: context.ascii).quoted(quote) }
                if notes[source.id]?.contains(note) != true { notes[source.id, default: []].append(note) }
            }
        }
        return order.compactMap { id in
            sources[id].map { CitationEntry(source: $0, language: context.language, notes: notes[id] ?? []) }
        }
    }

    // MARK: - Parts

    /// The timeline row with its whole date, and why the date is inferred when it carries "~".
    private static func eventLines(_ event: Event, context: PaneContext) -> [String] {
        var lines = [TimelinePane.rowText(event, context: context)]
        if let inferred = event.inferred {
            lines.append(context.strings.inferredMark + " " + CitationStrings.for(context.language).inferred
                         + inferred.text(context.language))
        }
        return lines
    }

    /// The group as the pane's summary shows it: name, co-chairs by name, mandate and the rest.
    private static func groupLines(_ group: WorkingGroup, context: PaneContext) -> [String] {
        GroupsPane.summaryLines(group, width: Int.max, context: context).map(\.0)
    }

    /// The Statistics title row ("≠ Iraqi forces trained  126.5 thousand") and, when the figure
    /// has a mark, the one-line note that says why.
    private static func figureHeading(_ figure: Figure, context: PaneContext) -> [String] {
        let title = StatsPane.titleText(figure, context: context)
        var lines = [(title.mark.map { $0 + " " } ?? "") + title.text]
        if let disagreement = figure.disagreement, let mark = title.mark {
            let labels = CitationStrings.for(context.language)
            let label = disagreement.kind == .series ? labels.series : labels.sourcesDiffer
            lines.append(mark + " " + label + disagreement.reason.text(context.language))
        }
        return lines
    }

    /// Each cited source in full, once, in citation order.
    static func citationLines(_ citations: [Citation], context: PaneContext) -> [String] {
        guard !citations.isEmpty else { return [context.strings.noSources] }
        let labels = CitationStrings.for(context.language)
        let language = context.language
        var lines: [String] = []
        for citation in citations {
            guard let source = context.store.source(citation.source) else {
                lines.append(labels.source + citation.source)
                continue
            }
            var head = [source.outlet.text(language), "\"" + source.title.text(language) + "\""]
            switch (source.published, source.dateNote) {
            case (let published?, let note?):
                head.append(FactText.date(published, language: language, months: context.months,
                                          digits: context.text.options.digits) + " (" + note.text(language) + ")")
            case (let published?, nil):
                head.append(FactText.date(published, language: language, months: context.months,
                                          digits: context.text.options.digits))
            case (nil, let note?): head.append(note.text(language))
            case (nil, nil): head.append(context.strings.undated)
            }
            lines.append(labels.source + head.joined(separator: context.strings.listSeparator))
            if let file = source.file { lines.append(labels.seedFile + file) }
            if let url = source.url {
                lines.append(labels.url + url)
                lines.append(labels.accessed + (source.accessed.map {
                    FactText.date($0, language: language, months: context.months, digits: context.text.options.digits)
                } ?? labels.accessedUnknown))
            }
            if let quote = citation.quote { lines.append(labels.quote + Marks.set(ascii: context.ascii).quoted(quote)) }
        }
        return lines
    }

    /// One text, every line sanitised: data never carries a control sequence to the clipboard.
    private static func finish(_ lines: [String]) -> String {
        lines.map { Sanitizer.sanitize($0) }.joined(separator: "\n")
    }
}
