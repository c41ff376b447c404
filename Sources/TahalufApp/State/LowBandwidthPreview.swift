import CoalitionStore

extension AppState {
    /// The group that previews of the Working groups selection show: the map's group highlight
    /// and the summary under the groups list. Normally the selected group; in low-bandwidth mode
    /// the group last opened with Enter (the first group until one is), so moving in the list
    /// changes only the selection marker, not the map and the summary.
    ///
    /// ```swift
    /// state.previewedGroups(store: store).selected   // 0 in low-bandwidth mode until Enter on a group
    /// ```
    func previewedGroups(store: Store) -> GroupsState {
        guard config.lowBandwidth else { return groups }
        var shown = groups
        shown.selected = lastOpened.flatMap { ref in
            ref.kind == .group ? GroupsPane.groups(of: store).firstIndex { $0.id == ref.id } : nil
        } ?? 0
        return shown
    }
}
