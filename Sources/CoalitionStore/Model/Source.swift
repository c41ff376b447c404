/// Where facts come from: one of the five seed articles, or a public source named in
/// `shared/reference/SOURCES.md`. Records point at a source by `id`.
///
/// ```json
/// {"id": "seed-004", "file": "004_d9793a676d49900f.txt",
///  "outlet": {"ar": "وزارة الخارجية الأمريكية", "en": "US Department of State"},
///  "title": {"ar": "...", "en": "..."}, "published": "2019-02-06",
///  "url": "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm"}
/// ```
public struct Source: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// The seed file name (`004_d9793a676d49900f.txt`); nil for a public source.
    public var file: String?
    public var outlet: Localized
    public var title: Localized
    public var author: Localized?
    /// Publication date; nil means "undated".
    public var published: FactDate?
    /// Why the date is what it is, when it is inferred or missing ("undated, after October 2019").
    public var dateNote: Localized?
    public var url: String?

    public init(id: String, file: String? = nil, outlet: Localized, title: Localized, author: Localized? = nil,
                published: FactDate? = nil, dateNote: Localized? = nil, url: String? = nil) {
        self.id = id; self.file = file; self.outlet = outlet; self.title = title; self.author = author
        self.published = published; self.dateNote = dateNote; self.url = url
    }
}

/// A citation: which source supports a fact, with the supporting words where useful.
///
/// ```json
/// {"source": "seed-002", "quote": "وعام 2022م في مراكش"}
/// ```
public struct Citation: Codable, Hashable, Sendable {
    /// A `Source.id`.
    public var source: String
    /// The supporting passage, verbatim from the source (Arabic for the seeds).
    public var quote: String?

    public init(source: String, quote: String? = nil) {
        self.source = source
        self.quote = quote
    }
}
