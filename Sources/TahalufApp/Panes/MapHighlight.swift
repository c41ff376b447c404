import CoalitionStore

/// What the map picks out, cycled with `m`. `.group` follows the group selected in the Working
/// groups pane, so choosing a group there shows its co-chairs and members here.
package enum MapHighlight: String, Sendable, Hashable, CaseIterable {
    case group, smallGroup, donors, joinYear, none

    /// The next mode in the `m` cycle.
    package var next: MapHighlight {
        let all = MapHighlight.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The member codes picked out; nil when nothing is (every tile drawn plain).
    ///
    /// ```swift
    /// MapHighlight.smallGroup.members(groups: app.groups, store: store)?.count   // 32
    /// ```
    package func members(groups: GroupsState, store: Store) -> Set<String>? {
        switch self {
        case .none: return nil
        case .group:
            guard let group = GroupsPane.selectedGroup(groups, store: store) else { return [] }
            return Set(store.members(ofGroup: group.id))
        case .smallGroup:
            guard let group = store.dataset.groups.first(where: { $0.kind == .smallGroup }) else { return [] }
            return Set(store.members(ofGroup: group.id))
        case .donors:
            return Set(store.dataset.members.filter { $0.roles.contains { $0.kind == .donor } }.map(\.code))
        case .joinYear:
            return Set(store.dataset.members.filter { ($0.joined?.year ?? 0) > MapHighlight.foundingYear }.map(\.code))
        }
    }

    /// Members with no join date, or one in this year, are founding members.
    static let foundingYear = 2014

    /// The legend's name for the mode.
    func label(groups: GroupsState, store: Store, language: Language) -> String {
        let strings = MapStrings.for(language)
        switch self {
        case .none: return strings.highlightNone
        case .group:
            let name = GroupsPane.selectedGroup(groups, store: store)?.short.text(language) ?? ""
            return strings.highlightGroup + name
        case .smallGroup: return strings.highlightSmallGroup
        case .donors: return strings.highlightDonors
        case .joinYear: return strings.highlightJoinYear
        }
    }
}
