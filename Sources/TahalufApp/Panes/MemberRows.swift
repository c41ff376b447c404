import CoalitionStore
import RTLText
import SharedValues
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A column of the members table, in the order the table shows them from the start edge.
package enum MemberColumn: String, Sendable, Hashable, CaseIterable {
    case name, code, region, joined, roles, theatre, records
}

/// How the members table is sorted: `s` moves to the next column, `S` reverses the order.
package struct MemberSort: Sendable, Hashable {
    package var column: MemberColumn = .name
    package var descending = false
    package init(column: MemberColumn = .name, descending: Bool = false) {
        self.column = column; self.descending = descending
    }

    /// The next column in the `s` cycle, ascending.
    package var next: MemberSort {
        let all = MemberColumn.allCases
        return MemberSort(column: all[(all.firstIndex(of: column)! + 1) % all.count])
    }
}

/// The table's rows and cells: which members, in what order, and what each cell says.
extension MembersTable {
    /// The members shown, in table order. Ties fall back to the name, then the code.
    ///
    /// A frame asks for them up to three times (rows, selection, position) and every keypress
    /// asks again, so the last answer is kept: sorting 10,000 members is the costly part of a
    /// frame. The memo is keyed by everything the order depends on; arrays compare in O(1) when
    /// they are the same store's (`Array.==` checks identity first).
    static func rows(sort: MemberSort, context: PaneContext) -> [Member] {
        let key = RowsKey(members: context.store.dataset.members, events: context.store.eventsByDate,
                          groups: context.store.dataset.groups, figures: context.store.dataset.figures,
                          sort: sort, filters: context.filters, language: context.language)
        if let rows = lastRows.withLock({ $0.flatMap { $0.key == key ? $0.rows : nil } }) { return rows }
        let rows = sortedRows(sort: sort, context: context)
        lastRows.withLock { $0 = (key, rows) }
        return rows
    }

    private struct RowsKey: Equatable, Sendable {
        var members: [Member], events: EventList, groups: [WorkingGroup], figures: [Figure]
        var sort: MemberSort, filters: Filters, language: Language
    }

    private static let lastRows = Locked<(key: RowsKey, rows: [Member])?>(nil)

    private static func sortedRows(sort: MemberSort, context: PaneContext) -> [Member] {
        let store = context.store
        let match = FacetMatch(context.filters, store: store)
        let members = context.filters.narrowsMembers ? store.dataset.members.filter(match.member) : store.dataset.members
        let language = context.language
        // Keys once per member, not once per comparison; text as normalised UTF-8 bytes compared
        // with `memcmp` (code point order), several times faster than comparing `String`s.
        let names = members.map { Normalizer.normalizedBytes($0.name.text(language)) }
        let column: (Int, Int) -> Int
        switch sort.column {
        case .name: column = texts(names)
        case .code: column = texts(members.map { Array($0.code.utf8) })
        case .region:
            column = texts(members.map { Normalizer.normalizedBytes(context.strings.regionNames[$0.region] ?? $0.region.rawValue) })
        case .roles: column = texts(members.map { Normalizer.normalizedBytes(roles($0, context: context)) })
        case .theatre: column = numbers(members.map { $0.theatre ? 1 : 0 })
        case .records: column = numbers(members.map { store.recordCount(ofMember: $0.code) })
        case .joined:
            // Undated members (the founders) before every dated one.
            let dates = members.map(\.joined)
            column = { a, b in
                switch (dates[a], dates[b]) {
                case (nil, nil): return 0
                case (nil, _): return -1
                case (_, nil): return 1
                case let (x?, y?): return x < y ? -1 : (y < x ? 1 : 0)
                }
            }
        }
        let order = members.indices.sorted { a, b in
            let c = column(a, b)
            if c != 0 { return sort.descending ? c > 0 : c < 0 }
            let n = compare(names[a], names[b])
            if n != 0 { return n < 0 }
            return members[a].code < members[b].code
        }
        return order.map { members[$0] }
    }

    private static func texts(_ keys: [[UInt8]]) -> (Int, Int) -> Int { { compare(keys[$0], keys[$1]) } }
    private static func numbers(_ keys: [Int]) -> (Int, Int) -> Int { { keys[$0] < keys[$1] ? -1 : (keys[$0] > keys[$1] ? 1 : 0) } }

    /// Byte order of two UTF-8 strings: negative, zero or positive.
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let common = min(a.count, b.count)
        let order = a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in common == 0 ? 0 : Int(memcmp(x.baseAddress!, y.baseAddress!, common)) }
        }
        return order != 0 ? order : a.count - b.count
    }

    /// "co-chair CIFG, Africa; Small Group; donor": the groups the member co-chairs, the Small
    /// Group when it belongs to it, then its own roles' kinds.
    static func roles(_ member: Member, context: PaneContext) -> String {
        let t = TableStrings.for(context.language)
        let groups = context.store.groups(ofMember: member.code)
        var parts: [String] = []
        let chaired = groups.filter { $0.coChairs.contains(member.code) }.map { $0.short.text(context.language) }
        if !chaired.isEmpty { parts.append(t.coChair + chaired.joined(separator: context.strings.listSeparator)) }
        if groups.contains(where: { $0.kind == .smallGroup && $0.members.contains(member.code) }) { parts.append(t.smallGroup) }
        var kinds: [RoleKind] = []
        for role in member.roles where !kinds.contains(role.kind) { kinds.append(role.kind) }
        parts += kinds.map { context.strings.roleNames[$0] ?? $0.rawValue }
        return parts.joined(separator: context.language == .ar && !context.ascii ? "؛ " : "; ")
    }

    /// A cell's text and the direction it is laid out in.
    static func cell(_ member: Member, _ column: MemberColumn, context: PaneContext) -> (text: String, base: BaseDirection) {
        switch column {
        case .name: return (member.name.text(context.language), context.base)
        case .code: return (member.code, .ltr)
        case .region: return (context.strings.regionNames[member.region] ?? member.region.rawValue, context.base)
        case .joined:
            let text = member.joined.map {
                FactText.date($0, language: context.language, months: context.months, digits: context.text.options.digits)
            } ?? ""
            return (text, context.base)
        case .roles: return (roles(member, context: context), context.base)
        case .theatre: return (member.theatre ? TableStrings.for(context.language).yes : "", context.base)
        case .records: return (context.digits(String(context.store.recordCount(ofMember: member.code))), .ltr)
        }
    }
}
