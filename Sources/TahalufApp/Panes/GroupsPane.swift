import CoalitionStore
import RTLText
import TerminalUI

/// State of the Working groups pane: which group is selected, by its place in `GroupsPane.groups`.
/// The map reads it (`GroupsPane.selectedGroup`) to highlight the group's members.
package struct GroupsState: Sendable, Hashable {
    package var selected = 0
    package init() {}
}

/// The Working groups pane: the working groups, the Africa Focus Group and the Small Group as a
/// list with their co-chairs; below it, the selected group's co-chairs by name, mandate, UN
/// resolutions, figures, members (the Small Group's 32) and source.
package enum GroupsPane: Pane {
    package static let id = PaneID.groups

    /// The groups in list order: working groups, then focus groups, then the Small Group.
    package static func groups(of store: Store) -> [WorkingGroup] {
        let order: [GroupKind] = [.workingGroup, .focusGroup, .smallGroup]
        return order.flatMap { kind in store.dataset.groups.filter { $0.kind == kind } }
    }

    /// The selected group, which the map highlights in its `.group` mode.
    package static func selectedGroup(_ state: GroupsState, store: Store) -> WorkingGroup? {
        let all = groups(of: store)
        return all.isEmpty ? nil : all[min(max(0, state.selected), all.count - 1)]
    }

    package static func render(_ state: GroupsState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let all = groups(of: context.store)
        let selected = clamped(state.selected, count: all.count)
        let list = listArea(rect, count: all.count)
        let first = Window.start(total: all.count, visible: list.height, focus: selected)
        let texts = listRows(all, width: rect.width, context: context)
        // Groups the filters leave out stay in the list, dimmed, so the map's group highlight keeps its place.
        let match = context.filters.narrowsGroups ? FacetMatch(context.filters, store: context.store) : nil
        for row in 0..<min(list.height, all.count - first) {
            let index = first + row
            let line = context.withGutter(Rect(x: rect.x, y: list.y + row, width: rect.width, height: 1))
            let lit = context.highlights(index == selected)
            let dimmed = match.map { !$0.group(all[index]) } ?? false
            let style = lit ? Style(focused ? .selected : .selectedUnfocused, bold: true) : (dimmed ? Style(.dim) : Style.normal)
            if lit { frame.fill(line, with: Cell(" ", style: style)) }
            if index == selected { context.markSelection(line, into: &frame) }
            context.drawStart(texts[index], in: line, style: style, into: &frame)
        }
        let summarised = context.lowBandwidth
            ? clamped(app.previewedGroups(store: context.store).selected, count: all.count) : selected
        guard all.indices.contains(summarised) else { return }
        var y = list.maxY + 1
        for (text, style) in detailLines(all[summarised], width: rect.width, context: context) {
            for line in context.text.wrap(text, width: rect.width, base: context.base) {
                guard y < rect.maxY else { return }
                frame.draw(line, in: Rect(x: rect.x, y: y, width: rect.width, height: 1),
                           align: context.startAlignment, style: style)
                y += 1
            }
        }
    }

    package static func reduce(_ state: GroupsState, action: Action, context: PaneContext, rect: Rect) -> GroupsState {
        let count = groups(of: context.store).count
        guard count > 0 else { return state }
        var next = state
        let current = clamped(state.selected, count: count)
        switch action {
        case .move(.up), .wheel(up: true, _, _): next.selected = max(0, current - 1)
        case .move(.down), .wheel(up: false, _, _): next.selected = min(count - 1, current + 1)
        case .home, .pageUp: next.selected = 0
        case .end, .pageDown: next.selected = count - 1
        case .click(let x, let y):
            let list = listArea(rect, count: count)
            guard list.contains(x: x, y: y) else { break }
            let index = Window.start(total: count, visible: list.height, focus: current) + y - list.y
            if index < count { next.selected = index }
        default: break
        }
        return next
    }

    package static func selection(_ state: GroupsState, context: PaneContext) -> RecordRef? {
        selectedGroup(state, store: context.store).map { RecordRef(.group, $0.id) }
    }

    package static func select(_ ref: RecordRef, in state: GroupsState, context: PaneContext) -> GroupsState? {
        guard ref.kind == .group, let index = groups(of: context.store).firstIndex(where: { $0.id == ref.id }) else {
            return nil
        }
        var next = state
        next.selected = index
        return next
    }

    /// The selected group's place in the list, for the status bar ("4/6").
    package static func position(_ state: GroupsState, context: PaneContext) -> (index: Int, count: Int)? {
        let count = groups(of: context.store).count
        return count == 0 ? nil : (clamped(state.selected, count: count) + 1, count)
    }

    // MARK: - Parts

    static func clamped(_ index: Int, count: Int) -> Int { min(max(0, index), max(0, count - 1)) }

    /// The list's rows: all groups when they fit in half the pane (at least one row).
    static func listArea(_ rect: Rect, count: Int) -> Rect {
        let height = min(count, max(1, rect.height / 2))
        return Rect(x: rect.x, y: rect.y, width: rect.width, height: min(height, rect.height))
    }

    /// The list's rows, all in the widest form that fits every row: full names with the co-chairs'
    /// names ("Counter-ISIS Finance Group  Saudi Arabia, United States, Italy"), else full names with
    /// codes ("… SAU USA ITA"); a row that still does not fit uses the group's short name. The Small
    /// Group gives its size instead of co-chairs.
    static func listRows(_ groups: [WorkingGroup], width: Int, context: PaneContext) -> [String] {
        let language = context.language, strings = GroupsStrings.for(language)
        func tail(_ group: WorkingGroup, names: Bool) -> String {
            if group.kind == .smallGroup {
                return context.digits(strings.memberCount(group.members.count))
            }
            guard names else { return group.coChairs.joined(separator: " ") }
            return group.coChairs.map { context.store.member($0)?.name.text(language) ?? $0 }
                .joined(separator: context.strings.listSeparator)
        }
        let withNames = groups.map { $0.name.text(language) + "  " + tail($0, names: true) }
        if withNames.allSatisfy({ context.text.width($0) <= width }) { return withNames }
        return groups.map { group in
            let full = group.name.text(language) + "  " + tail(group, names: false)
            return context.text.width(full) <= width ? full : group.short.text(language) + "  " + tail(group, names: false)
        }
    }

    /// The selected group's detail, one entry per paragraph, wrapped by the caller: the summary,
    /// then its sources.
    static func detailLines(_ group: WorkingGroup, width: Int, context: PaneContext) -> [(String, Style)] {
        let source = GroupsStrings.for(context.language).source
        return summaryLines(group, width: width, context: context) + group.sources.map { citation in
            (source
             + FactText.citation(citation, store: context.store, language: context.language, months: context.months,
                                 digits: context.text.options.digits), Style(.dim))
        }
    }

    /// Name, co-chairs (by name when `width` allows), mandate, resolutions, figures and members:
    /// what the pane shows of the selected group, and what `y` copies before the sources.
    static func summaryLines(_ group: WorkingGroup, width: Int, context: PaneContext) -> [(String, Style)] {
        let store = context.store, language = context.language, strings = GroupsStrings.for(language)
        let comma = context.strings.listSeparator
        var lines: [(String, Style)] = [(group.name.text(language), Style(.title, bold: true))]
        if !group.coChairs.isEmpty {
            let names = group.coChairs.map { store.member($0)?.name.text(language) ?? $0 }
            let useNames = width >= 40
            lines.append((strings.coChairs
                          + (useNames ? names.joined(separator: comma) : group.coChairs.joined(separator: " ")),
                          Style(.accent)))
        }
        lines.append((group.mandate.text(language), .normal))
        if !group.resolutions.isEmpty {
            lines.append((strings.resolutions + group.resolutions.joined(separator: comma),
                          .normal))
        }
        for id in group.figures {
            guard let figure = store.figure(id), let headline = FactText.headline(figure) else { continue }
            let mark = FactText.mark(figure, language: language, ascii: context.ascii).map { $0 + " " } ?? ""
            lines.append((mark + figure.title.text(language) + ": "
                          + NumberFormat.words(headline, language: language, digits: context.text.options.digits),
                          disagrees(figure) ? Style(.warning) : .normal))
        }
        if !group.members.isEmpty {
            lines.append((context.digits(strings.membersLabel(group.members.count))
                          + group.members.joined(separator: " "), .normal))
        }
        return lines
    }

    /// Sources that contradict each other or count different things (not a mere series over time).
    static func disagrees(_ figure: Figure) -> Bool {
        guard let kind = figure.disagreement?.kind else { return false }
        return kind != .series
    }
}
