import CoalitionStore
import RTLText
import TerminalUI

/// What the frequency view counts members by; `c` steps through them.
package enum FrequencyDimension: String, Sendable, Hashable, CaseIterable {
    case region, joinYear, group
    /// The kinds of the sources a member's record cites (a member citing two kinds counts in both).
    case sourceKind
    /// The sources a member's record cites.
    case source

    package var next: FrequencyDimension? {
        let all = FrequencyDimension.allCases
        let i = all.firstIndex(of: self)! + 1
        return i < all.count ? all[i] : nil
    }
}

/// The open frequency view: what it counts by and the selected row.
package struct FrequencyState: Sendable, Hashable {
    package var dimension: FrequencyDimension
    package var selected = 0
    package init(_ dimension: FrequencyDimension) { self.dimension = dimension }
}

/// The members counted per region, per join year, per group, per kind of source or per source,
/// like VisiData's Shift-F: the
/// largest count first, each row a filter (Enter, or the row's number 1–9). Opened with `c` in
/// the map pane; `c` again counts by the next dimension, Esc closes.
///
/// The counts are over the members the other filters pass: the dimension's own facet is left
/// out, so with "Europe" chosen the region view still offers every region.
///
/// ```swift
/// let rows = MemberFrequency.rows(.region, context: context)
/// rows[0]   // Europe, 39 (bundled data)
/// ```
enum MemberFrequency {
    struct Row: Hashable {
        var label: String
        var count: Int
        /// What choosing the row filters by; nil for the undated members, which no year range holds.
        var facet: Facet?
    }

    enum Facet: Hashable {
        case region(Region), year(Int), group(String), sourceKind(SourceKind), source(String)

        /// The filters with this facet set in place of the dimension's previous value.
        func applied(to filters: Filters) -> Filters {
            var next = filters
            switch self {
            case .region(let region): next.region = region
            case .year(let year): next.years = year...year
            case .group(let id): next.group = id
            case .sourceKind(let kind): next.sourceKind = kind
            case .source(let id): next.source = id
            }
            return next
        }
    }

    static func rows(_ dimension: FrequencyDimension, context: PaneContext) -> [Row] {
        var others = context.filters
        switch dimension {
        case .region: others.region = nil
        case .joinYear: others.years = nil
        case .group: others.group = nil
        case .sourceKind: others.sourceKind = nil
        case .source: others.source = nil
        }
        let match = FacetMatch(others, store: context.store)
        let members = others.narrowsMembers ? context.store.dataset.members.filter(match.member) : context.store.dataset.members
        var rows: [Row]
        switch dimension {
        case .region:
            var counts: [Region: Int] = [:]
            for m in members { counts[m.region, default: 0] += 1 }
            rows = Region.allCases.compactMap { region in
                counts[region].map { Row(label: context.strings.regionNames[region] ?? region.rawValue, count: $0,
                                         facet: .region(region)) }
            }
        case .joinYear:
            var counts: [Int: Int] = [:]
            var undated = 0
            for m in members {
                if let year = m.joined?.year { counts[year, default: 0] += 1 } else { undated += 1 }
            }
            rows = counts.keys.sorted().map { Row(label: context.digits(String($0)), count: counts[$0]!, facet: .year($0)) }
            rows = sortedByCount(rows)
            if undated > 0 { rows.append(Row(label: TableStrings.for(context.language).frequencyUndated, count: undated, facet: nil)) }
            return rows
        case .group:
            let codes = Set(members.map(\.code))
            rows = GroupsPane.groups(of: context.store).compactMap { group in
                let n = context.store.members(ofGroup: group.id).filter(codes.contains).count
                return n > 0 ? Row(label: group.name.text(context.language), count: n, facet: .group(group.id)) : nil
            }
        case .sourceKind:
            let codes = Set(members.map(\.code))
            let t = TableStrings.for(context.language)
            rows = SourceKind.allCases.compactMap { kind in
                let citing = Set(context.store.dataset.sources.filter { $0.kind == kind }
                    .flatMap { citingMembers($0.id, store: context.store) })
                let n = citing.intersection(codes).count
                return n > 0 ? Row(label: t.sourceKindNames[kind] ?? kind.rawValue, count: n, facet: .sourceKind(kind)) : nil
            }
        case .source:
            let codes = Set(members.map(\.code))
            rows = context.store.dataset.sources.compactMap { source in
                let n = Set(citingMembers(source.id, store: context.store)).intersection(codes).count
                let label = source.outlet.text(context.language) + context.dash + source.title.text(context.language)
                return n > 0 ? Row(label: label, count: n, facet: .source(source.id)) : nil
            }
        }
        return sortedByCount(rows)
    }

    /// Codes of the members whose record cites a source.
    private static func citingMembers(_ id: String, store: Store) -> [String] {
        store.uses(ofSource: id, including: [.member]).map(\.record.id)
    }

    /// Largest count first; ties keep their natural order (regions, years, groups as listed).
    private static func sortedByCount(_ rows: [Row]) -> [Row] {
        rows.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
    }

    static func reduce(_ state: FrequencyState, action: Action, context: PaneContext, rect: Rect) -> FrequencyState {
        let count = rows(state.dimension, context: context).count
        var next = state
        switch action {
        case .move(.up), .wheel(up: true, _, _): next.selected -= 1
        case .move(.down), .wheel(up: false, _, _): next.selected += 1
        case .home, .pageUp: next.selected = 0
        case .end, .pageDown: next.selected = count - 1
        case .click(_, let y):
            let list = listArea(rect)
            if list.contains(x: list.x, y: y) { next.selected = y - list.y }
        default: break
        }
        next.selected = min(max(0, next.selected), max(0, count - 1))
        return next
    }

    /// Under the title row.
    static func listArea(_ rect: Rect) -> Rect { rect.height >= 2 ? rect.splitTop(1).rest : rect }

    static func render(_ state: FrequencyState, context: PaneContext, in rect: Rect, focused: Bool, into frame: inout Frame) {
        let t = TableStrings.for(context.language)
        let rows = rows(state.dimension, context: context)
        if rect.height >= 2 {
            context.drawSegments([context.segment(t.frequencyTitle(state.dimension), Style(.accent, bold: true)),
                                  context.segment(t.frequencyHint, Style(.dim))],
                                 in: rect.splitTop(1).top, into: &frame)
        }
        let list = context.withGutter(listArea(rect))
        let most = rows.map(\.count).max() ?? 1
        let countWidth = String(most).count
        let labelWidth = min(max(10, rows.map { context.text.width($0.label) }.max() ?? 10), max(4, list.width / 2))
        let view = ListView(count: rows.count, selected: min(state.selected, rows.count - 1),
                            scroll: ListView.scroll(keeping: state.selected, visible: list.height, count: rows.count, current: 0),
                            direction: context.direction, ascii: context.ascii, focused: focused,
                            marker: context.selectionMarker)
        view.render(in: list, into: &frame) { index, row, isSelected, frame in
            let item = rows[index]
            let style = isSelected ? Style(focused ? .selected : .selectedUnfocused) : .normal
            let number = index < 9 ? context.digits(String(index + 1)) : ""
            let (numberCell, afterNumber) = row.splitStart(3, context.direction)
            frame.draw(context.text.line(number, base: .ltr), in: numberCell, align: context.startAlignment,
                       style: isSelected ? style : Style(.dim))
            let (labelCell, afterLabel) = afterNumber.splitStart(labelWidth, context.direction)
            frame.draw(context.fitted(item.label, width: labelCell.width), in: labelCell, align: context.startAlignment,
                       style: item.facet == nil && !isSelected ? Style(.dim) : style)
            let (countCell, afterCount) = afterLabel.splitStart(countWidth + 2, context.direction)
            frame.draw(context.text.line(context.digits(String(item.count)), base: .ltr), in: countCell,
                       align: context.direction.endAlignment, style: style)
            let bar = afterCount.splitStart(1, context.direction).rest
            let length = bar.width > 0 ? max(1, bar.width * item.count / max(1, most)) : 0
            guard length > 0 else { return }
            let block = String(repeating: context.ascii ? "#" : "█", count: min(length, bar.width))
            frame.draw(VisualLine(symbols: block), in: bar, align: context.startAlignment, style: Style(.bar))
        }
    }
}
