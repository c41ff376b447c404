import CoalitionStore
import RTLText
import SharedValues
import TerminalUI

/// What the reader shows for one article, in reading order: notes on where the text comes from,
/// the article's paragraphs, and the quoted passages the text lacks. Every quoted passage is a
/// span; spans are what Tab moves between and what Enter lists the records of.
///
/// ```swift
/// let document = ReaderDocument(store.article(ofSource: "seed-004")!, context: context)
/// document.lines(width: 100, context: context).count   // rows of the wrapped text
/// ```
struct ReaderDocument {
    /// One paragraph, note or heading: laid out on its own, in its own direction.
    struct Block {
        var text: String
        var base: BaseDirection
        var style: Style
        /// Article paragraphs align by their own direction; notes by the UI's.
        var align: Frame.Alignment
        /// Scalar ranges of `text` that are quoted, with the span each belongs to.
        var spans: [(range: Range<Int>, span: Int)] = []
    }

    /// One screen row of the text.
    struct Line {
        var text: VisualLine
        var block: Int
    }

    /// A quoted passage: what it quotes, and where it starts (block and scalar offset).
    struct Span {
        var passage: Article.Passage
        var start: ArticlePosition
    }

    let article: Article
    private(set) var blocks: [Block] = []
    private(set) var spans: [Span] = []

    init(_ article: Article, context: PaneContext) {
        self.article = article
        let s = ReaderStrings.for(context.language)
        let start = context.direction.startAlignment
        let empty = Block(text: "", base: context.base, style: .normal, align: start)
        func note(_ text: String, _ style: Style = Style(.dim)) {
            blocks.append(Block(text: text, base: context.base, style: style, align: start))
        }
        // A path or file name reads left to right in both languages.
        func identifier(_ text: String) { blocks.append(Block(text: text, base: .ltr, style: Style(.dim), align: start)) }

        switch article.text {
        case .full(let path, let origin):
            if origin == .user { note(s.userCopy); identifier(path) }
        case .quotesOnly(let refused):
            if let refused {
                note(s.refused, Style(.warning))
                identifier(refused.path + ": " + refused.reason)
            } else if let file = article.source.file {
                note(s.quotesOnly)
                identifier(file)
            } else {
                note(s.noArticleFile)
            }
        }
        if context.ascii, article.isRightToLeft { note(s.asciiScript, Style(.warning)) }
        let folded = article.spans.filter(\.whitespaceFolded).count
        if folded > 0 { note(s.whitespaceFolded(folded)) }
        if !blocks.isEmpty { blocks.append(empty) }

        let base: BaseDirection = article.isRightToLeft ? .rtl : .ltr
        let align: Frame.Alignment = article.isRightToLeft ? .right : .left
        let first = blocks.count
        for paragraph in article.paragraphs { blocks.append(Block(text: paragraph, base: base, style: .normal, align: align)) }
        for span in article.spans {
            let index = spans.count
            spans.append(Span(passage: span.passage,
                              start: ArticlePosition(paragraph: first + span.range.lowerBound.paragraph,
                                                     offset: span.range.lowerBound.offset)))
            for p in span.range.lowerBound.paragraph...span.range.upperBound.paragraph {
                let length = article.paragraphs[p].unicodeScalars.count
                if let offsets = span.range.offsets(inParagraph: p, length: length) {
                    blocks[first + p].spans.append((offsets, index))
                }
            }
        }
        if !article.missing.isEmpty {
            blocks.append(empty)
            blocks.append(Block(text: s.missing(article.missing.count), base: context.base, style: Style(.accent, bold: true),
                                align: start))
            for passage in article.missing {
                blocks.append(empty)
                let index = spans.count
                spans.append(Span(passage: passage, start: ArticlePosition(paragraph: blocks.count, offset: 0)))
                blocks.append(Block(text: passage.quote, base: base, style: .normal, align: align,
                                    spans: [(0..<passage.quote.unicodeScalars.count, index)]))
            }
        }
    }

    /// The blocks wrapped to `width` cells, one line per row (an empty block is one blank row).
    func lines(width: Int, context: PaneContext) -> [Line] {
        guard width > 0 else { return [] }
        var lines: [Line] = []
        for (b, block) in blocks.enumerated() {
            for row in context.text.wrap(block.text, width: width, base: block.base) { lines.append(Line(text: row, block: b)) }
        }
        return lines
    }

    /// The line that shows a place in the text: the first row of its block whose text reaches it.
    static func line(of position: ArticlePosition, in lines: [Line]) -> Int? {
        guard let first = lines.firstIndex(where: { $0.block == position.paragraph }) else { return nil }
        var index = first
        while index + 1 < lines.count, lines[index + 1].block == position.paragraph,
              lines[index + 1].text.logicalRange.lowerBound <= position.offset {
            index += 1
        }
        return index
    }

    /// Where `query` occurs (positions are blocks and scalar offsets).
    func matches(_ query: String) -> [Range<ArticlePosition>] {
        guard !query.isEmpty else { return [] }
        let texts = blocks.map(\.text)
        // A key and the frame after it search the same text for the same query: keep the last
        // answer (the texts share storage with the article, so comparing them is cheap).
        if let last = Self.lastSearch.withLock({ $0 }), last.query == query, last.texts == texts { return last.matches }
        let matches = ArticleText.search(query, in: texts)
        Self.lastSearch.withLock { $0 = (texts, query, matches) }
        return matches
    }

    private static let lastSearch = Locked<(texts: [String], query: String, matches: [Range<ArticlePosition>])?>(nil)
}
