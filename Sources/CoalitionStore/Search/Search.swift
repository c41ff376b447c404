/// One result of `Store.search`: what matched (a record or a source), how well, in which field,
/// and a snippet of that field with the match marked.
public struct SearchHit: Hashable, Sendable {
    /// How the query met the field, best first (see `Store.search` for the whole ranking).
    public enum Rank: Int, Comparable, Sendable, CaseIterable {
        /// The field is the query (a name, a code, an id).
        case exact = 0
        /// The query is a whole word (or words) of the field, after Arabic clitics are set aside.
        case word = 1
        /// The query starts a word of the field.
        case wordStart = 2
        /// The query occurs inside a word ("air" in "chair").
        case inside = 3
        public static func < (a: Rank, b: Rank) -> Bool { a.rawValue < b.rawValue }
    }

    /// What the hit points at: a record, a source included (`RecordRef(.source, "seed-004")`), which
    /// the UI opens in its pane like any other record.
    public var ref: RecordRef
    public var title: Localized
    public var rank: Rank
    /// The field the best match is in.
    public var field: SearchField
    /// Part of that field around the match, as it is written in the data (not normalised).
    public var snippet: Snippet

    public init(ref: RecordRef, title: Localized, rank: Rank, field: SearchField, snippet: Snippet) {
        self.ref = ref; self.title = title; self.rank = rank; self.field = field; self.snippet = snippet
    }
}

/// The searchable fields, named as `tahaluf search` prints them.
public enum SearchField: String, Sendable, Hashable, CaseIterable {
    case title, name, code, id, place, summary, inferred, note, role, short, mandate, resolution, counts,
         disagreement, outlet, author, file, dateNote, url

    /// How much a match in the field says about its record: 0 for titles, names and codes, 1 for
    /// ids, places and short labels, 2 for running text.
    var tier: UInt8 {
        switch self {
        case .title, .name, .code: return 0
        case .id, .place, .short, .outlet, .author, .file: return 1
        default: return 2
        }
    }
}

/// A piece of a field: the text before the match, the match, the text after, each as written in
/// the data, with line breaks as spaces and "…" where the field was cut.
public struct Snippet: Hashable, Sendable {
    public var before: String
    public var match: String
    public var after: String

    public init(before: String, match: String, after: String) {
        self.before = before; self.match = match; self.after = after
    }

    /// The whole snippet as one line.
    public var text: String { before + match + after }
}

extension Store {
    /// The longest query search looks at, in characters; the rest of a longer one is ignored.
    /// It bounds the work a query can cause (a pasted page would otherwise be matched against
    /// every field on every keypress).
    public static let maximumQueryLength = 256

    /// Finds events, members, groups, figures and sources by Arabic or English text, by code or
    /// id, and by seed number, best matches first.
    ///
    /// Query and fields are compared after `Normalizer` folding, with Arabic compound names
    /// joined and clitics set aside (`ArabicWords`), so "مَرَّاكُش", "مراكش" and "ﻣﺮﺍﻛﺶ" are one
    /// query and "الباغوز" finds "بالباغوز". A query that is one of a group of spellings in the
    /// data's aliases (`Dataset.aliases`: Marrakech / Marrakesh) searches for every spelling.
    ///
    /// Ranking, one score per subject (its best field): the match class first (`Rank`: the
    /// whole field, a whole word, a word start, inside a word), then the field's weight (title,
    /// name or code; id, place, label, outlet or author; running text such as summaries and
    /// notes); ties keep the order a reader browses: events by date, then members, groups,
    /// figures, sources. So `air` finds "Air strikes" (a whole word of a title) before a record
    /// that mentions a "chair".
    /// ```swift
    /// store.search("مراكش").first?.ref   // RecordRef(.event, "ministerial-2022-marrakesh")
    /// store.search("004").first?.ref     // RecordRef(.source, "seed-004")
    /// ```
    public func search(_ query: String, limit: Int = 100) -> [SearchHit] {
        searchIndex.search(String(query.prefix(Store.maximumQueryLength)), limit: limit)
    }

    /// Starts building the search index on a background thread, so that the first search does
    /// not wait for it (it is otherwise built on first use, which keeps loading fast). A search
    /// meanwhile waits for that build.
    public func prepareSearchInBackground() {
        citingCounts.buildInBackground()    // and the event indexes it reads
        lazySearchIndex.buildInBackground()
    }
}
