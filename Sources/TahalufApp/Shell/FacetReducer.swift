import CoalitionStore

/// The shell's part of the facets: the keys that change `AppState.filters` (`f` / `F`, `K`, `x`, a
/// frequency row) and the members table's sort keys, which only mean something in the table.
extension Shell {
    /// The next state, or nil when the action is not about facets.
    static func facets(_ state: AppState, _ action: Action, context: PaneContext) -> AppState? {
        let frequencyOpen = state.focus == .map && state.map.frequency != nil
        switch action {
        case .filterCategory, .previousCategory:
            var next = owned(state, by: .timeline, action, context: context)
            next = setFilters(next, next.timeline.filter?.filters ?? Filters(), context: context)
            return next
        case .clearFilters:
            var next = setFilters(state, Filters(), context: context)
            let t = TableStrings.for(context.language)
            next.notice = state.filters.isEmpty ? t.noFilters : t.filtersCleared
            return next
        case .setFilters(let filters):
            return setFilters(state, filters, context: context)
        case .cycleSourceKind:
            // `K`: the kind-of-source facet, stepped through the kinds the data has. On a narrow
            // terminal, where only the focused pane shows, the Sources pane takes the focus.
            var filters = state.filters
            filters.sourceKind = SourcesPane.nextKind(after: filters.sourceKind, store: context.store)
            let next = layout(state, context: context).panes[.sources] == nil ? focus(state, .sources) : state
            return setFilters(next, filters, context: context)
        case .toggleTable, .frequency:
            // The table and the count view take keys of their own (arrows, digits): they bring the focus.
            let next = state.focus == .map ? state : focus(state, .map)
            return PaneDispatch.reduce(.map, app: next, action: action, context: context,
                                       rect: paneRect(.map, next, context: context))
        case .nextSort, .reverseSort:
            guard state.focus == .map, state.map.view == .table, !frequencyOpen else { return state }
            return nil
        case .chooseRow(let n):
            guard frequencyOpen else { return state }
            return chooseFrequencyRow(state, n - 1, context: context)
        case .open where frequencyOpen:
            return chooseFrequencyRow(state, state.map.frequency?.selected ?? 0, context: context)
        case .close where frequencyOpen:
            var next = state
            next.map.frequency = nil
            return next
        default:
            return nil
        }
    }

    /// A frequency row as a filter: the table shows the members it counts.
    static func chooseFrequencyRow(_ state: AppState, _ index: Int, context: PaneContext) -> AppState {
        guard let dimension = state.map.frequency?.dimension else { return state }
        let rows = MemberFrequency.rows(dimension, context: context)
        guard rows.indices.contains(index) else { return state }
        guard let facet = rows[index].facet else {
            var next = state
            next.notice = TableStrings.for(context.language).frequencyNotAFilter
            return next
        }
        var next = state
        next.map.frequency = nil
        next.map.view = .table
        return setFilters(next, facet.applied(to: state.filters), context: context)
    }

    /// Puts new filters in force: the timeline's filtered positions are rebuilt (keeping its
    /// place), the table starts from its top.
    static func setFilters(_ state: AppState, _ filters: Filters, context: PaneContext) -> AppState {
        var next = state
        next.filters = filters
        next.timeline = TimelinePane.refiltered(state.timeline, filters: filters, store: context.store)
        if filters != state.filters { next.map.tableScroll = 0; next.sources.selected = 0 }
        return next
    }
}

extension FacetMatch {
    /// Whether the pane that lists `ref` shows it under these filters (a jump clears them when not).
    func shows(_ ref: RecordRef) -> Bool {
        switch ref.kind {
        case .member:
            guard filters.narrowsMembers, let member = store.member(ref.id) else { return true }
            return self.member(member)
        case .event:
            guard filters.narrowsEvents, let position = store.timelineIndex(ofEvent: ref.id) else { return true }
            return event(at: position)
        case .source:
            guard let source = store.source(ref.id) else { return true }
            return (filters.source ?? source.id) == source.id && (filters.sourceKind ?? source.kind) == source.kind
        case .group, .figure:
            // The groups and stats panes dim rather than hide.
            return true
        }
    }
}
