#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SharedValues

/// A directory the reader looks in for article texts, and whose it is: the program's own
/// (`Resources/articles`, installed with the data) or the user's (`--articles DIR`).
public struct ArticleDirectory: Hashable, Sendable {
    public enum Origin: Hashable, Sendable { case bundled, user }
    public var path: String
    public var origin: Origin
    public init(_ path: String, origin: Origin) { self.path = path; self.origin = origin }
}

/// What was found for one seed file: its text, or why a file by that name could not be used.
public enum ArticleCopy: Hashable, Sendable {
    case text(String, path: String, origin: ArticleDirectory.Origin)
    case refused(path: String, reason: String)
}

/// The article texts the reader can show, read once before the terminal is set up: for each
/// source's seed file (`Source.file`, e.g. `000_895db97fb6067cf4.txt`), the first directory that
/// has a file of that name wins (the user's before the bundled one).
///
/// A file is refused, with a reason the reader shows, when it is not a regular file (a FIFO would
/// block, a device never ends), is over `maximumSize`, is not UTF-8, or holds a NUL byte. A file
/// name from the data that is not a plain name (`../x`, `a/b`) is never opened. The text is kept
/// as read (a byte-order mark dropped, CR LF made LF); like all data it is sanitised on display.
///
/// ```swift
/// let library = ArticleLibrary.read(files: ["004_d9793a676d49900f.txt"],
///                                   directories: [ArticleDirectory("Resources/articles", origin: .bundled)])
/// store.articles = library
/// store.article(ofSource: "seed-004")?.spans.count   // the fact sheet's quoted passages, located
/// ```
public final class ArticleLibrary: Sendable {
    /// The seed articles are 2–15 KB; a megabyte is far more than any article and little memory.
    public static let maximumSize = 1 << 20

    public let directories: [ArticleDirectory]
    /// By seed file name.
    public let copies: [String: ArticleCopy]
    /// Articles built on first use, by source id (splitting and locating quotes is done once).
    private let built = Locked<[String: Article]>([:])

    public static let empty = ArticleLibrary(directories: [], copies: [:])

    public init(directories: [ArticleDirectory], copies: [String: ArticleCopy]) {
        self.directories = directories; self.copies = copies
    }

    /// Looks for each file in the directories, in order.
    public static func read(files: [String], directories: [ArticleDirectory]) -> ArticleLibrary {
        var copies: [String: ArticleCopy] = [:]
        for file in files where copies[file] == nil {
            guard isPlainName(file) else {
                copies[file] = .refused(path: file, reason: "not a plain file name")
                continue
            }
            for directory in directories {
                if let copy = readCopy(directory.path + "/" + file, origin: directory.origin) {
                    copies[file] = copy
                    break
                }
            }
        }
        return ArticleLibrary(directories: directories, copies: copies)
    }

    /// The article of a source, built once and kept.
    func article(_ source: Source, uses: [SourceUse]) -> Article {
        if let article = built.withLock({ $0[source.id] }) { return article }
        let article = Article(source: source, copy: source.file.flatMap { copies[$0] }, uses: uses)
        built.withLock { $0[source.id] = article }
        return article
    }

    /// A name with no directory part: what `Source.file` must be to be looked up.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.unicodeScalars.contains("\0")
    }

    /// The copy at `path`; nil when there is no file there.
    static func readCopy(_ path: String, origin: ArticleDirectory.Origin) -> ArticleCopy? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            return .refused(path: path, reason: "cannot open the file (\(String(cString: strerror(errno))))")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .refused(path: path, reason: "not a regular file") }
        guard Int(status.st_size) <= maximumSize else { return tooLarge(path) }
        // O_NONBLOCK: if the file was swapped for a FIFO since `stat`, `open` does not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            return .refused(path: path, reason: "cannot open the file (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            return .refused(path: path, reason: "not a regular file")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { readChunk(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .refused(path: path, reason: "cannot read the file (\(String(cString: strerror(errno))))")
            }
            if count == 0 { break }
            bytes += chunk[..<count]
            if bytes.count > maximumSize { return tooLarge(path) }
        }
        switch ArticleText.decode(bytes) {
        case .success(let text): return .text(text, path: path, origin: origin)
        case .failure(let problem): return .refused(path: path, reason: problem.message)
        }
    }

    private static func tooLarge(_ path: String) -> ArticleCopy {
        .refused(path: path, reason: "larger than \(maximumSize >> 10) KiB, the limit for an article")
    }
}

/// The C library's `read`, named apart from `ArticleLibrary.read`.
private func readChunk(_ descriptor: Int32, _ into: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, into, count)
}

extension Store {
    /// Reads the article texts of the store's sources from `directories` (in order) into `articles`.
    public mutating func readArticles(from directories: [ArticleDirectory]) {
        articles = ArticleLibrary.read(files: dataset.sources.compactMap(\.file), directories: directories)
    }

    /// The article of a source as the reader shows it: its text when a copy was found, else its
    /// quoted passages; nil for an unknown source id.
    public func article(ofSource id: String) -> Article? {
        guard let source = source(id) else { return nil }
        return articles.article(source, uses: uses(ofSource: id))
    }
}
