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
    /// Finds events, members, groups and figures by Arabic or English text and by code or id,
    /// best matches first.
    ///
    /// Query and fields are compared after `Normalizer` folding, so "مَرَّاكُش", "مراكش" and "ﻣﺮﺍﻛﺶ"
    /// are the same query. Ranking: exact (a field equals the query) before prefix (a field or one
    /// of its words starts with the query) before substring; within a rank, names and titles before
    /// labels and places before summaries; then timeline order (events), then members, groups, figures.
    /// ```swift
    /// store.search("مراكش").first?.ref   // RecordRef(.event, "ministerial-2022-marrakesh")
    /// store.search("ffis", limit: 5)
    /// ```
    public func search(_ query: String, limit: Int = 100) -> [SearchHit] {
        searchIndex.search(query, limit: limit)
    }

    /// Starts building the search index on a background thread, so that the first search does
    /// not wait for it (it is otherwise built on first use, which keeps loading fast). A search
    /// meanwhile waits for that build.
    public func prepareSearchInBackground() {
        lazySearchIndex.buildInBackground()
    }
}
