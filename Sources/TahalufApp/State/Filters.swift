import CoalitionStore

/// The facets: one filter model for every pane. Each facet narrows the records of the panes it
/// makes sense for, and nil means "not filtered":
///
/// | facet | members (map, table) | events (timeline) | groups | figures (stats) |
/// |---|---|---|---|---|
/// | `source` | cites it | cites it | cites it | an observation cites it |
/// | `sourceKind` | cites a source of that kind | same | same | same |
///
/// The Sources pane lists the source of the `source` facet and the sources of the `sourceKind`
/// facet (which its `K` cycles); the other facets leave it alone.
///
/// | `region` | in the region | names a member of the region | has a member of the region | - |
/// | `years` | joined in the range (undated members never match) | dated in the range | - | - |
/// | `category` | - | of the category | - | of the theme of the same name |
/// | `group` | co-chairs or belongs to it | names the group | is the group | listed by the group |
///
/// The timeline and the members table list only what passes; the map dims the tiles that do
/// not; the groups and stats panes, whose lists are short, dim what does not pass and keep their
/// order (the map's group highlight follows the groups pane by place). Each pane's title names the
/// facets that narrow it (`FacetText`).
///
/// Set from the members' frequency view (`c`), the timeline's `f` / `F`, and other panes
/// (`Action.setFilters`); cleared together with `x`. The kiosk's idle reset starts from empty filters.
package struct Filters: Sendable, Hashable {
    /// A `Source.id`.
    package var source: String?
    package var sourceKind: SourceKind?
    package var region: Region?
    package var years: ClosedRange<Int>?
    package var category: EventCategory?
    /// A `WorkingGroup.id`.
    package var group: String?

    package init(source: String? = nil, sourceKind: SourceKind? = nil, region: Region? = nil,
                years: ClosedRange<Int>? = nil, category: EventCategory? = nil, group: String? = nil) {
        self.source = source; self.sourceKind = sourceKind; self.region = region
        self.years = years; self.category = category; self.group = group
    }

    package var isEmpty: Bool { self == Filters() }

    /// Whether any facet that narrows events is set (the timeline then keeps a list of positions).
    package var narrowsEvents: Bool { !isEmpty }

    /// Whether any facet that narrows members is set.
    package var narrowsMembers: Bool { source != nil || sourceKind != nil || region != nil || years != nil || group != nil }

    /// Whether any facet that narrows groups is set.
    package var narrowsGroups: Bool { source != nil || sourceKind != nil || region != nil || group != nil }

    /// Whether a facet that narrows the Sources pane is set: the source and the kind of source.
    package var narrowsSources: Bool { source != nil || sourceKind != nil }

    /// Whether any facet that narrows figures is set (a category narrows figures only when a
    /// theme has its name).
    package var narrowsFigures: Bool {
        source != nil || sourceKind != nil || group != nil || category.flatMap { Theme(rawValue: $0.rawValue) } != nil
    }
}

/// The filters turned into tests on records, with the look-ups they need done once (the records
/// citing a source, the members of a group), so a pane can test many records cheaply.
///
/// ```swift
/// let match = FacetMatch(Filters(region: .subSaharanAfrica), store: store)
/// store.dataset.members.filter(match.member).count   // 13
/// ```
struct FacetMatch {
    let filters: Filters
    let store: Store
    /// Members, groups and figures citing the source (or a source of the kind); nil when neither facet is set.
    private let citing: Set<RecordRef>?
    /// Members of the group facet's group; nil when it is not set.
    private let groupMembers: Set<String>?

    init(_ filters: Filters, store: Store) {
        self.filters = filters
        self.store = store
        var citing: Set<RecordRef>?
        // Events are left out: they are tested on the columns (`eventQuery`).
        func citingRecords(_ source: String) -> [RecordRef] {
            store.uses(ofSource: source, including: [.member, .group, .figure]).map(\.record)
        }
        if let id = filters.source { citing = Set(citingRecords(id)) }
        if let kind = filters.sourceKind {
            let ofKind = Set(store.dataset.sources.filter { $0.kind == kind }.flatMap { citingRecords($0.id) })
            citing = citing.map { $0.intersection(ofKind) } ?? ofKind
        }
        self.citing = citing
        groupMembers = filters.group.map { Set(store.members(ofGroup: $0)) }
    }

    func member(_ member: Member) -> Bool {
        if let region = filters.region, member.region != region { return false }
        if let years = filters.years, !(member.joined.map { years.contains($0.year) } ?? false) { return false }
        if let groupMembers, !groupMembers.contains(member.code) { return false }
        if let citing, !citing.contains(RecordRef(.member, member.code)) { return false }
        return true
    }

    /// The facets as a test the event columns answer (`EventQuery`): the timeline filters a
    /// million events without decoding one.
    var eventQuery: EventQuery {
        var citing: [Set<String>] = []
        if let id = filters.source { citing.append([id]) }
        if let kind = filters.sourceKind { citing.append(Set(store.dataset.sources.filter { $0.kind == kind }.map(\.id))) }
        return EventQuery(category: filters.category, years: filters.years, group: filters.group,
                          anyMember: filters.region.map { region in Set(store.dataset.members.filter { $0.region == region }.map(\.code)) },
                          citing: citing)
    }

    func event(at position: Int) -> Bool { store.event(at: position, matches: eventQuery) }

    func group(_ group: WorkingGroup) -> Bool {
        if let id = filters.group, group.id != id { return false }
        if let region = filters.region,
           !store.members(ofGroup: group.id).contains(where: { store.member($0)?.region == region }) { return false }
        if let citing, !citing.contains(RecordRef(.group, group.id)) { return false }
        return true
    }

    func figure(_ figure: Figure) -> Bool {
        if let theme = filters.category.flatMap({ Theme(rawValue: $0.rawValue) }), figure.theme != theme { return false }
        if let id = filters.group, store.group(id)?.figures.contains(figure.id) != true { return false }
        if let citing, !citing.contains(RecordRef(.figure, figure.id)) { return false }
        return true
    }
}
