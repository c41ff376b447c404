/// Where facts come from: one of the five seed articles, or a public source with a URL.
/// Records point at a source by `id`.
///
/// ```json
/// {"id": "seed-004", "kind": "seed", "file": "004_d9793a676d49900f.txt",
///  "outlet": {"ar": "وزارة الخارجية الأمريكية", "en": "US Department of State"},
///  "title": {"ar": "...", "en": "..."}, "published": "2019-02-06",
///  "url": "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm", "accessed": null}
/// ```
public struct Source: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// What sort of source it is: what a researcher weighs first.
    public var kind: SourceKind
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
    /// When the web page was last read (citation styles want it for web sources); nil when unknown.
    public var accessed: FactDate?

    /// `kind` defaults to `.seed` for a source with a seed file and `.reference` otherwise, which
    /// is also what the loader assumes when a data file leaves `kind` out.
    public init(id: String, kind: SourceKind? = nil, file: String? = nil, outlet: Localized, title: Localized,
                author: Localized? = nil, published: FactDate? = nil, dateNote: Localized? = nil, url: String? = nil,
                accessed: FactDate? = nil) {
        self.id = id; self.kind = kind ?? SourceKind.assumed(file: file); self.file = file
        self.outlet = outlet; self.title = title; self.author = author
        self.published = published; self.dateNote = dateNote; self.url = url; self.accessed = accessed
    }
}

/// The sorts of source, in the order a researcher would weigh them.
public enum SourceKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// One of the five seed articles the data set was built from.
    case seed
    /// A government, the coalition itself, or a parliament's research service.
    case official
    /// A newspaper, news site or magazine.
    case press
    /// A data set or reference work (the tile map).
    case reference
    /// A placeholder for facts no found source supports; the UI says so.
    case unverified

    /// The kind a source has when its data file does not say.
    static func assumed(file: String?) -> SourceKind { file == nil ? .reference : .seed }
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
