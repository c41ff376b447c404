import Foundation
import Testing
@testable import CoalitionStore

/// The article reader's data: finding the texts, refusing odd files, and placing every quoted
/// passage in the text (the spans the reader highlights).
@Suite struct ArticleTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/articles").path

    /// The bundled data with the press articles from the test fixtures: every seed is readable.
    static func storeWithEveryArticle() throws -> Store {
        try Store.load(directory: BundledDataTests.directory, userArticles: fixtures)
    }

    /// Scalars of a paragraph range, as a string.
    static func text(_ article: Article, _ range: Range<ArticlePosition>) -> String {
        var out = String.UnicodeScalarView()
        for p in range.lowerBound.paragraph...range.upperBound.paragraph {
            let scalars = Array(article.paragraphs[p].unicodeScalars)
            guard let offsets = range.offsets(inParagraph: p, length: scalars.count) else { continue }
            if !out.isEmpty { out.append("\n") }
            out.append(contentsOf: scalars[offsets])
        }
        return String(out)
    }

    static func spaced(_ text: String) -> String {
        text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) }).joined(separator: " ")
    }

    /// Every quote of every seed is highlighted at a place whose text is the quote: verbatim, or
    /// equal once spacing is ignored for the spans marked so. None is missing, none dropped.
    @Test func everySeedQuoteIsLocatedAtItsOwnWords() throws {
        let store = try Self.storeWithEveryArticle()
        for source in store.dataset.sources where source.file != nil {
            let article = try #require(store.article(ofSource: source.id))
            #expect(article.hasFullText, "\(source.id)")
            #expect(article.isRightToLeft, "\(source.id)")
            #expect(article.missing.isEmpty, "\(source.id): \(article.missing.map(\.quote))")
            let quotes = Set(store.uses(ofSource: source.id).compactMap(\.quote))
            #expect(Set(article.spans.map(\.passage.quote)) == quotes, "\(source.id)")
            for span in article.spans {
                let shown = Self.text(article, span.range)
                if span.whitespaceFolded {
                    #expect(Self.spaced(shown) == Self.spaced(span.passage.quote), "\(source.id)")
                } else {
                    #expect(shown == span.passage.quote, "\(source.id)")
                }
            }
            #expect(article.spans.map(\.range.lowerBound) == article.spans.map(\.range.lowerBound).sorted())
        }
    }

    /// A span is marked as found with spacing ignored exactly when its quote is not in the text
    /// verbatim (in 000 a no-break space sits inside one quoted passage).
    @Test func spacingDifferencesAreFoundAndSaid() throws {
        let store = try Self.storeWithEveryArticle()
        for source in store.dataset.sources where source.file != nil {
            let article = try #require(store.article(ofSource: source.id))
            for span in article.spans {
                let verbatim = article.paragraphs.contains { $0.unicodeScalars.elementsEqual(span.passage.quote.unicodeScalars) || $0.contains(span.passage.quote) }
                #expect(span.whitespaceFolded == !verbatim, "\(source.id): \(span.passage.quote)")
            }
        }
    }

    /// A passage quoted by several records is one span listing each of them.
    @Test func aPassageListsEveryRecordThatQuotesIt() throws {
        let store = try Self.storeWithEveryArticle()
        let article = try #require(store.article(ofSource: "seed-004"))
        let airStrikes = try #require(store.figure("air-strikes")?.observations.first { $0.source.source == "seed-004" })
        let span = try #require(article.spans.first { $0.passage.quote == airStrikes.source.quote })
        #expect(span.passage.records.contains(RecordRef(.figure, "air-strikes")))
        let all = article.spans.flatMap(\.passage.uses).count
        #expect(all == store.uses(ofSource: "seed-004").filter { $0.quote != nil }.count)
    }

    /// Installed, only 004 ships: the press articles show their quoted passages, one paragraph
    /// each, in data order, each wholly a span.
    @Test func withoutACopyThePassagesAreTheText() throws {
        let store = try Store.load(directory: BundledDataTests.directory)
        #expect(store.article(ofSource: "seed-004")?.hasFullText == true)
        let article = try #require(store.article(ofSource: "seed-000"))
        #expect(article.text == .quotesOnly(refused: nil))
        var seen = Set<String>()
        let quotes = store.uses(ofSource: "seed-000").compactMap(\.quote).filter { seen.insert($0).inserted }
        #expect(article.paragraphs.filter { !$0.isEmpty } == quotes)
        #expect(article.spans.count == quotes.count)
        for span in article.spans {
            #expect(span.range.lowerBound.offset == 0)
            #expect(article.paragraphs[span.range.lowerBound.paragraph] == span.passage.quote)
        }
        #expect(store.article(ofSource: "no-such-source") == nil)
    }

    // MARK: - Files

    private func directory(_ files: [String: [UInt8]]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tahaluf-articles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
        return url.path
    }

    private func store(_ quotes: [String], file: String = "009_x.txt") -> Store {
        let l = Localized(ar: "م", en: "s")
        let source = Source(id: "seed-009", file: file, outlet: l, title: l)
        let events = quotes.enumerated().map { i, q in
            Event(id: "e\(i)", date: FactDate(iso: "2020")!, category: .military, title: l, summary: l,
                  sources: [Citation(source: "seed-009", quote: q)])
        }
        return Store(dataset: Dataset(sources: [source], events: events))
    }

    private func copy(_ store: Store, in directories: [ArticleDirectory]) -> Article? {
        var store = store
        store.readArticles(from: directories)
        return store.article(ofSource: "seed-009")
    }

    /// A quote the text does not hold is listed, not dropped; a quote broken over two lines of a
    /// hard-wrapped copy is found across them.
    @Test func missingQuotesAreListedAndWrappedOnesFound() throws {
        let text = "السطر الأول فيه كلام\nوالسطر الثاني فيه كلام آخر\n"
        let dir = try directory(["009_x.txt": Array(text.utf8)])
        let article = try #require(copy(store(["فيه كلام والسطر", "ليس في النص", "الثاني"]),
                                        in: [ArticleDirectory(dir, origin: .user)]))
        #expect(article.missing.map(\.quote) == ["ليس في النص"])
        let wrapped = try #require(article.spans.first { $0.passage.quote == "فيه كلام والسطر" })
        #expect(wrapped.whitespaceFolded)
        #expect(wrapped.range.lowerBound.paragraph == 0 && wrapped.range.upperBound.paragraph == 1)
        #expect(Self.text(article, wrapped.range) == "فيه كلام\nوالسطر")
        #expect(article.spans.first { $0.passage.quote == "الثاني" }?.whitespaceFolded == false)
    }

    /// The user's directory is looked in before the bundled one.
    @Test func theUsersCopyComesFirst() throws {
        let bundled = try directory(["009_x.txt": Array("bundled".utf8)])
        let user = try directory(["009_x.txt": Array("user copy".utf8)])
        let article = try #require(copy(store([]), in: [ArticleDirectory(user, origin: .user),
                                                        ArticleDirectory(bundled, origin: .bundled)]))
        #expect(article.paragraphs == ["user copy"])
        #expect(article.text == .full(path: user + "/009_x.txt", origin: .user))
        #expect(!article.isRightToLeft)
    }

    /// Odd files are refused with a reason, and the reader falls back to the quoted passages.
    @Test func oddFilesAreRefusedWithAReason() throws {
        let cases: [(String, [UInt8], String)] = [
            ("not UTF-8", [0x61, 0xFF, 0x62], "not UTF-8"),
            ("binary", [0x61, 0x00, 0x62], "NUL byte"),
            ("too large", [UInt8](repeating: 0x61, count: ArticleLibrary.maximumSize + 1), "limit"),
        ]
        for (what, bytes, reason) in cases {
            let dir = try directory(["009_x.txt": bytes])
            let article = try #require(copy(store(["a"]), in: [ArticleDirectory(dir, origin: .user)]))
            guard case .quotesOnly(let refused?) = article.text else { Issue.record("\(what) was read"); continue }
            #expect(refused.reason.contains(reason), "\(what): \(refused.reason)")
            #expect(article.paragraphs == ["a"])
        }
    }

    /// A directory or a FIFO under the article's name is refused, never opened for reading (a
    /// FIFO would block the start-up).
    @Test func nonRegularFilesAreRefused() throws {
        let dir = try directory([:])
        try FileManager.default.createDirectory(atPath: dir + "/009_x.txt", withIntermediateDirectories: false)
        let fifoDir = try directory([:])
        #expect(mkfifo(fifoDir + "/009_x.txt", 0o600) == 0)
        for path in [dir, fifoDir] {
            let article = try #require(copy(store([]), in: [ArticleDirectory(path, origin: .user)]))
            #expect(article.text == .quotesOnly(refused: Article.Refusal(path: path + "/009_x.txt", reason: "not a regular file")))
        }
    }

    /// A file name from the data that is not a plain name is never looked up.
    @Test func fileNamesWithAPathAreNotOpened() throws {
        let dir = try directory(["secret.txt": Array("secret".utf8)])
        let sub = dir + "/sub"
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: false)
        let article = try #require(copy(store([], file: "../secret.txt"), in: [ArticleDirectory(sub, origin: .user)]))
        #expect(!article.hasFullText)
        #expect(!ArticleLibrary.isPlainName("a/b") && !ArticleLibrary.isPlainName("..") && ArticleLibrary.isPlainName("000_a.txt"))
    }

    // MARK: - Text

    @Test func paragraphsFollowTheLinesAndBlankRunsBecomeOneGap() {
        let text = try! ArticleText.decode(Array("\u{FEFF}\n\nعنوان\r\nسطر\r\n\r\n \u{A0}\n\nفقرة\n\n".utf8)).get()
        #expect(ArticleText.paragraphs(text) == ["عنوان", "سطر", "", "فقرة"])
    }

    @Test func searchIgnoresHarakatAlefFormsCaseAndSpacing() {
        let paragraphs = ["إنَّ التحالفَ الدولي", "Global  Coalition"]
        let hits = ArticleText.search("ان التحالف", in: paragraphs)
        #expect(hits == [ArticlePosition(paragraph: 0, offset: 0)..<ArticlePosition(paragraph: 0, offset: 12)])
        #expect(ArticleText.search("global coalition", in: paragraphs).count == 1)
        #expect(ArticleText.search("   ", in: paragraphs).isEmpty)
        #expect(ArticleText.search("ال", in: paragraphs).count == 3)   // التحالف holds it twice
    }
}
