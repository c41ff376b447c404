import CoalitionStore
import RTLText

/// What `tahaluf dump` prints.
package enum DumpSection: String, Sendable, CaseIterable {
    case timeline, members, groups, stats, sources, all
}

/// The panes' content as plain text, without curses, for scripts and screen readers.
///
/// Every item is one paragraph that ends with its sources (outlet, date, seed file), sanitised
/// (`Sanitizer`: no escape sequences, controls or bidi overrides from the data). Two forms:
/// - logical (`--logical`): one item per line in memory order, no padding: what a screen reader
///   should speak and what `grep` should search;
/// - visual (`--visual`): each item wrapped to `width` and every row in screen order, right-aligned
///   to `width` in Arabic: for reading on a terminal that does no bidi.
///
/// ```swift
/// Dump.text(store: store, section: .groups, width: 80, config: AppConfig(language: .en), visual: false)
/// // "# Working groups\nCounter-ISIS Finance Group (CIFG) · co-chairs: Saudi Arabia (SAU), …\n…"
/// ```
package enum Dump {
    /// `memberOrder`: the members sorted as the members table would (`--sort`); nil keeps the
    /// map's reading order.
    package static func text(store: Store, section: DumpSection, width: Int, config: AppConfig, visual: Bool,
                            memberOrder: MemberSort? = nil) -> String {
        let context = PaneContext(store: store, config: config)
        let sections: [DumpSection] = section == .all ? [.timeline, .members, .groups, .stats] : [section]
        let engine = context.text
        var out = ""
        for (n, part) in sections.enumerated() {
            if n > 0 { out += "\n" }
            let paragraphs = ["# " + heading(part, context.language)] + items(part, context: context, memberOrder: memberOrder)
            for paragraph in paragraphs {
                // Printed as is, text is sanitised (isolates too); laid out, the engine sanitises
                // it and keeps the fields' isolates for the Bidi Algorithm.
                guard visual else { out += Sanitizer.sanitize(paragraph) + "\n"; continue }
                for row in engine.wrap(paragraph, width: max(1, width), base: context.base) {
                    let pad = context.direction == .rtl ? max(0, width - row.width) : 0
                    out += String(repeating: " ", count: pad) + row.string + "\n"
                }
            }
        }
        return out
    }

    static func heading(_ section: DumpSection, _ language: Language) -> String {
        switch section {
        case .timeline: return TimelinePane.title(language)
        case .members: return DumpStrings.for(language).membersHeading
        case .groups: return GroupsPane.title(language)
        case .stats: return StatsPane.title(language)
        case .sources: return SourcesPane.title(language)
        case .all: return ""
        }
    }

    static func items(_ section: DumpSection, context: PaneContext, memberOrder: MemberSort? = nil) -> [String] {
        switch section {
        case .timeline: return context.store.eventsByDate.map { event($0, context) }
        case .members:
            let members = memberOrder.map { MembersTable.rows(sort: $0, context: context) }
                ?? MapGeometry.tiles(of: context.store).compactMap { context.store.member($0.code) }
            return members.map { member($0, context) }
        case .groups: return GroupsPane.groups(of: context.store).map { group($0, context) }
        case .stats: return StatsPane.figures(of: context.store).map { figure($0, context) }
        case .sources: return context.store.dataset.sources.map { source($0, context) }
        case .all: return []
        }
    }

    // MARK: - Items

    private static func event(_ event: Event, _ c: PaneContext) -> String {
        var date = FactText.date(event.date, language: c.language, months: c.months, digits: c.text.options.digits)
        if event.inferred != nil { date += DumpStrings.for(c.language).inferred }
        var parts = [date, Strings.for(c.language).categoryName(event.category), event.title.text(c.language)]
        if let place = event.place { parts.append(place.text(c.language)) }
        parts.append(event.summary.text(c.language))
        parts += event.notes.map { $0.text(c.language) }
        parts.append(sources(event.sources, c))
        return joined(parts, c)
    }

    private static func member(_ member: Member, _ c: PaneContext) -> String {
        let labels = DumpStrings.for(c.language)
        let digits = c.text.options.digits
        var parts = [member.code, member.name.text(c.language)]
        parts.append(labels.region + (c.strings.regionNames[member.region] ?? member.region.rawValue))
        if member.theatre { parts.append(labels.theatreOfOperations) }
        // Every member has the column; "undated" where no source dates the accession (the founders).
        parts.append(labels.joined
                     + (member.joined.map { FactText.date($0, language: c.language, months: c.months, digits: digits) }
                        ?? c.strings.undated))
        let groups = c.store.groups(ofMember: member.code).map { g in
            g.short.text(c.language) + (g.coChairs.contains(member.code) ? labels.coChairMark : "")
        }
        if !groups.isEmpty { parts.append(labels.groups + groups.joined(separator: comma(c))) }
        // The role's text states its amount as the source does ("US$100 million for ..."), so it is not repeated.
        for role in member.roles { parts.append(role.text.text(c.language) + " (" + sources(role.sources, c) + ")") }
        parts.append(sources(member.sources, c))
        return joined(parts, c)
    }

    private static func group(_ group: WorkingGroup, _ c: PaneContext) -> String {
        let labels = DumpStrings.for(c.language)
        var parts = [group.name.text(c.language) + " (" + group.short.text(c.language) + ")"]
        if !group.coChairs.isEmpty {
            let names = group.coChairs.map { code in (c.store.member(code)?.name.text(c.language) ?? code) + " (" + code + ")" }
            parts.append(labels.coChairs + names.joined(separator: comma(c)))
        }
        parts.append(group.mandate.text(c.language))
        if !group.resolutions.isEmpty {
            parts.append(labels.resolutions + group.resolutions.joined(separator: comma(c)))
        }
        if !group.members.isEmpty {
            parts.append(c.digits(labels.membersLabel(group.members.count))
                         + group.members.joined(separator: " "))
        }
        for id in group.figures {
            guard let f = c.store.figure(id), let headline = FactText.headline(f) else { continue }
            let mark = FactText.mark(f, language: c.language, ascii: c.ascii).map { $0 + " " } ?? ""
            parts.append(mark + f.title.text(c.language) + ": "
                         + NumberFormat.words(headline, language: c.language, digits: c.text.options.digits))
        }
        parts.append(sources(group.sources, c))
        return joined(parts, c)
    }

    private static func figure(_ figure: Figure, _ c: PaneContext) -> String {
        let digits = c.text.options.digits
        let mark = FactText.mark(figure, language: c.language, ascii: c.ascii).map { $0 + " " } ?? ""
        var parts = [FactText.theme(figure.theme, language: c.language), mark + figure.title.text(c.language)]
        for o in figure.observations {
            let text = FactText.phrase(o, language: c.language, digits: digits, separator: comma(c))
            var detail: [String] = []
            if let asOf = o.asOf { detail.append(FactText.date(asOf, language: c.language, months: c.months, digits: digits)) }
            detail.append(sources([o.source], c))
            parts.append(text + " (" + detail.joined(separator: comma(c)) + ")")
        }
        if let disagreement = figure.disagreement {
            parts.append(DumpStrings.for(c.language).sourcesDiffer + disagreement.reason.text(c.language))
        }
        parts += figure.notes.map { $0.text(c.language) }
        return joined(parts, c)
    }

    /// "seed-004 · seed article · 6 February 2019 · US Department of State · The Global Coalition … · 004_….txt ·
    /// https://… · cited by 14 records": kind, date (or its note, or "undated"), outlet, title,
    /// seed file, URL, access date, and how many records cite it.
    private static func source(_ source: Source, _ c: PaneContext) -> String {
        let labels = DumpStrings.for(c.language), ar = c.language == .ar
        let digits = c.text.options.digits
        var parts = [CitationStrings.for(c.language).kindNames[source.kind] ?? source.kind.rawValue]
        switch (source.published, source.dateNote) {
        case (let published?, let note?):
            parts.append(FactText.date(published, language: c.language, months: c.months, digits: digits)
                         + " (" + note.text(c.language) + ")")
        case (let published?, nil): parts.append(FactText.date(published, language: c.language, months: c.months, digits: digits))
        case (nil, let note?): parts.append(note.text(c.language))
        case (nil, nil): parts.append(c.strings.undated)
        }
        parts += [source.outlet.text(c.language), source.title.text(c.language)]
        // A left-to-right mark keeps "004_d97….txt" and URLs in one piece inside Arabic text (a control
        // character for the layout, not text, so not in a string table).
        let ltr = ar ? "\u{200E}" : ""
        if let file = source.file { parts.append(ltr + file) }
        if let url = source.url { parts.append(ltr + url) }
        if let accessed = source.accessed {
            parts.append(labels.accessed
                         + FactText.date(accessed, language: c.language, months: c.months, digits: digits))
        }
        let count = c.store.citingRecordCount(ofSource: source.id)
        parts.append(c.digits(labels.citedBy(count)))
        return ltr + source.id + c.separator + joined(parts, c)
    }

    // MARK: - Text

    private static func sources(_ citations: [Citation], _ c: PaneContext) -> String {
        let labels = DumpStrings.for(c.language)
        let cited = citations.map {
            FactText.citation($0, store: c.store, language: c.language, months: c.months, digits: c.text.options.digits)
        }
        return labels.source + (cited.isEmpty ? labels.noneGiven : cited.joined(separator: "; "))
    }

    private static func comma(_ c: PaneContext) -> String { c.strings.listSeparator }

    /// Each part isolated, so a Latin title's trailing "/" or a date's number stays in its part.
    private static func joined(_ parts: [String], _ c: PaneContext) -> String {
        parts.filter { !$0.isEmpty }.map(c.language.isolate).joined(separator: c.separator)
    }
}
