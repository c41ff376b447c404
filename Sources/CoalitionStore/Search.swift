/// One result of `Store.search`: which record, how well it matched.
public struct SearchHit: Hashable, Sendable {
    public enum Rank: Int, Comparable, Sendable {
        case exact = 0, prefix = 1, substring = 2
        public static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }
    }
    public var ref: RecordRef
    public var title: Localized
    public var rank: Rank

    public init(ref: RecordRef, title: Localized, rank: Rank) {
        self.ref = ref; self.title = title; self.rank = rank
    }
}

extension Store {
    /// Finds events, members, groups and figures by Arabic or English text and by code,
    /// best matches first (exact, then prefix, then substring).
    /// PLACEHOLDER: naive case-insensitive substring match; replaced by the normalised index.
    public func search(_ query: String, limit: Int = 100) -> [SearchHit] {
        let q = query.lowercased()
        guard !q.isEmpty else { return [] }
        var hits: [SearchHit] = []
        func consider(_ ref: RecordRef, _ title: Localized, _ texts: [String]) {
            if texts.contains(where: { $0.lowercased().contains(q) }) {
                hits.append(SearchHit(ref: ref, title: title, rank: .substring))
            }
        }
        for e in eventsByDate { consider(RecordRef(.event, e.id), e.title, [e.title.ar, e.title.en, e.summary.ar, e.summary.en]) }
        for m in dataset.members { consider(RecordRef(.member, m.code), m.name, [m.code, m.name.ar, m.name.en]) }
        for g in dataset.groups { consider(RecordRef(.group, g.id), g.name, [g.name.ar, g.name.en, g.short.en, g.short.ar]) }
        for f in dataset.figures { consider(RecordRef(.figure, f.id), f.title, [f.title.ar, f.title.en]) }
        return Array(hits.prefix(limit))
    }
}
