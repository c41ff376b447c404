/// One source's article as the reader shows it: the paragraphs, and where each quoted passage of
/// the data sits in them.
///
/// With a copy of the text (bundled or from `--articles`), every passage that records quote from
/// the source is located in it: verbatim first, then with whitespace folded (a no-break space in
/// the article, a line break inside the quote), which `whitespaceFolded` records so the reader can
/// say so. A passage found nowhere is listed in `missing`, never dropped. Without a copy, the
/// paragraphs are the quoted passages themselves, in data order, each one a span.
///
/// ```swift
/// let article = store.article(ofSource: "seed-004")!
/// article.text            // .full(path: ".../Resources/articles/004_d9793a676d49900f.txt", origin: .bundled)
/// article.spans[0].passage.uses.map(\.record)   // the records that quote the first highlighted span
/// ```
public struct Article: Hashable, Sendable {
    public enum Text: Hashable, Sendable {
        case full(path: String, origin: ArticleDirectory.Origin)
        /// No text to show: only the quoted passages. `refused`: a file was found but not read.
        case quotesOnly(refused: Refusal?)
    }

    /// A copy of the article that could not be used, and why.
    public struct Refusal: Hashable, Sendable {
        public var path: String
        public var reason: String
    }

    /// A quoted passage and the citations that quote it (one or more records).
    public struct Passage: Hashable, Sendable {
        public var quote: String
        public var uses: [SourceUse]
        /// The records, each once, in data order.
        public var records: [RecordRef] {
            var seen = Set<RecordRef>()
            return uses.map(\.record).filter { seen.insert($0).inserted }
        }
    }

    /// A passage located in the paragraphs.
    public struct Span: Hashable, Sendable {
        public var passage: Passage
        public var range: Range<ArticlePosition>
        /// Found only once runs of whitespace were treated as one space.
        public var whitespaceFolded: Bool
    }

    public var source: Source
    public var text: Text
    /// Lines of the article in order; "" is the gap a run of blank lines makes.
    public var paragraphs: [String]
    /// Most of the letters are Arabic (or another right-to-left script): the paragraphs read right
    /// to left whatever the UI language.
    public var isRightToLeft: Bool
    /// Located passages, in text order (the first place each one occurs).
    public var spans: [Span]
    /// Passages quoted from this source that the text does not contain.
    public var missing: [Passage]

    init(source: Source, copy: ArticleCopy?, uses: [SourceUse]) {
        self.source = source
        let passages = Article.passages(uses)
        switch copy {
        case .text(let body, let path, let origin)?:
            text = .full(path: path, origin: origin)
            paragraphs = ArticleText.paragraphs(body)
            (spans, missing) = Article.locate(passages, in: paragraphs)
        case .refused(let path, let reason)?:
            text = .quotesOnly(refused: Refusal(path: path, reason: reason))
            (paragraphs, spans, missing) = Article.quotesOnly(passages)
        case nil:
            text = .quotesOnly(refused: nil)
            (paragraphs, spans, missing) = Article.quotesOnly(passages)
        }
        isRightToLeft = Article.readsRightToLeft(paragraphs)
    }

    /// The full text is shown (not only the quoted passages).
    public var hasFullText: Bool { if case .full = text { true } else { false } }

    /// Distinct quotes in data order, each with every citation that gives it.
    static func passages(_ uses: [SourceUse]) -> [Passage] {
        var order: [String] = []
        var byQuote: [String: [SourceUse]] = [:]
        for use in uses {
            guard let quote = use.quote, quote.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
            if byQuote[quote] == nil { order.append(quote) }
            byQuote[quote, default: []].append(use)
        }
        return order.map { Passage(quote: $0, uses: byQuote[$0] ?? []) }
    }

    /// Each passage's first place in the paragraphs: verbatim inside one paragraph, else with
    /// whitespace folded across the whole text.
    static func locate(_ passages: [Passage], in paragraphs: [String]) -> (spans: [Span], missing: [Passage]) {
        let scalars = paragraphs.map { Array($0.unicodeScalars) }
        var folded: ArticleText.Folded?
        var spans: [Span] = [], missing: [Passage] = []
        search: for passage in passages {
            let needle = Array(passage.quote.unicodeScalars)
            for (p, paragraph) in scalars.enumerated() {
                if let at = ArticleText.occurrences(of: needle, in: paragraph, first: true).first {
                    let range = ArticlePosition(paragraph: p, offset: at)..<ArticlePosition(paragraph: p, offset: at + needle.count)
                    spans.append(Span(passage: passage, range: range, whitespaceFolded: false))
                    continue search
                }
            }
            let text = folded ?? ArticleText.fold(paragraphs, letters: false)
            folded = text
            let loose = ArticleText.foldQuery(passage.quote, letters: false)
            if let at = ArticleText.occurrences(of: loose, in: text.scalars, first: true).first {
                spans.append(Span(passage: passage, range: text.origins[at]..<text.ends[at + loose.count - 1],
                                  whitespaceFolded: true))
            } else {
                missing.append(passage)
            }
        }
        spans.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return (spans, missing)
    }

    /// Without the text: the passages as paragraphs, a gap between them, each one wholly a span.
    static func quotesOnly(_ passages: [Passage]) -> (paragraphs: [String], spans: [Span], missing: [Passage]) {
        var paragraphs: [String] = [], spans: [Span] = []
        for passage in passages {
            if !paragraphs.isEmpty { paragraphs.append("") }
            let p = paragraphs.count
            paragraphs.append(passage.quote)
            let end = ArticlePosition(paragraph: p, offset: passage.quote.unicodeScalars.count)
            spans.append(Span(passage: passage, range: ArticlePosition(paragraph: p, offset: 0)..<end, whitespaceFolded: false))
        }
        return (paragraphs, spans, [])
    }

    /// More letters from right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko) than others.
    static func readsRightToLeft(_ paragraphs: [String]) -> Bool {
        var balance = 0
        for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars where scalar.properties.isAlphabetic {
                balance += (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFEFC).contains(scalar.value) ? 1 : -1
            }
        }
        return balance >= 0
    }
}
