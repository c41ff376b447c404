import CoalitionStore

/// The active filters as a pane's title shows them: "Member map · Sub-Saharan Africa · 2017".
/// Each pane lists only the facets that narrow it (`Filters`), so the title says what it hides.
///
/// ```swift
/// FacetText.title(.map, filters: Filters(region: .europe), context: context)   // "Member map · Europe"
/// ```
enum FacetText {
    static func title(_ pane: PaneID, filters: Filters, context: PaneContext) -> String {
        let base = context.strings.paneTitle(pane)
        guard let summary = summary(filters, for: pane, context: context) else { return base }
        return base + context.separator + summary
    }

    /// The facets that narrow `pane`, joined; nil when none does.
    static func summary(_ filters: Filters, for pane: PaneID, context: PaneContext) -> String? {
        let t = TableStrings.for(context.language)
        let s = context.strings
        var parts: [String] = []
        // A table rather than a switch: a pane added later shows its plain title until it applies facets.
        let narrows: [PaneID: Bool] = [.timeline: filters.narrowsEvents, .map: filters.narrowsMembers,
                                       .groups: filters.narrowsGroups, .stats: filters.narrowsFigures,
                                       .sources: filters.narrowsSources]
        guard narrows[pane] == true else { return nil }
        // Only the two source facets say anything about a source.
        let sourceFacetsOnly = pane == .sources
        if let category = filters.category, pane == .timeline || (pane == .stats && Theme(rawValue: category.rawValue) != nil) {
            parts.append(s.categoryName(category))
        }
        if let region = filters.region, pane != .stats, !sourceFacetsOnly { parts.append(s.regionNames[region] ?? region.rawValue) }
        if let years = filters.years, pane == .timeline || pane == .map {
            let dash = context.ascii ? "-" : "–"
            parts.append(context.digits(years.count == 1 ? String(years.lowerBound)
                                                         : String(years.lowerBound) + dash + String(years.upperBound)))
        }
        if let id = filters.group, !sourceFacetsOnly { parts.append(context.store.group(id)?.short.text(context.language) ?? id) }
        if let kind = filters.sourceKind { parts.append(t.sourceKindNames[kind] ?? kind.rawValue) }
        if let id = filters.source { parts.append(t.sourceFacet + id) }
        return parts.isEmpty ? nil : parts.joined(separator: context.separator)
    }
}
