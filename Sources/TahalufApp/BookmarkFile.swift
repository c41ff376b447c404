#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CoalitionStore

/// The bookmarks kept between runs: `$XDG_STATE_HOME/tahaluf/bookmarks` (by default
/// `~/.local/state/tahaluf/bookmarks`), one record a line, `kind<TAB>id`, after a comment line.
///
/// Saving is atomic (a temporary file beside it, `fsync`, `rename`, then the directory is synced),
/// so a crash or a full disk leaves the old file or the new one, never half of one. A file that
/// cannot be read as bookmarks is never deleted: it is renamed `bookmarks.corrupt-<UTC time>`, a
/// fresh empty file takes its place, and the caller tells the user where the old one went.
/// Only the browser's start-up (`load`) and the run loop (`save`, for `Effect.saveBookmarks`)
/// touch the file; the reducer stays pure. Kiosk mode uses neither.
///
/// ```swift
/// let file = BookmarkFile.standard(environment: ["HOME": "/home/rania"])!   // …/.local/state/tahaluf/bookmarks
/// let loaded = try file.load()      // .marks([RecordRef(.member, "MAR")]), or .setAside(to: "…corrupt-20261206T041500Z")
/// try file.save([RecordRef(.event, "ministerial-2022-marrakesh")])
/// ```
package struct BookmarkFile: Sendable, Hashable {
    package let path: String

    package init(path: String) { self.path = path }

    /// Where the XDG Base Directory rules put it: `XDG_STATE_HOME` when set to an absolute path,
    /// else `HOME/.local/state`; nil when neither gives an absolute directory.
    package static func standard(environment: [String: String]) -> BookmarkFile? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return BookmarkFile(path: state + "/tahaluf/bookmarks")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return BookmarkFile(path: home + "/.local/state/tahaluf/bookmarks")
    }

    /// Bigger files are not bookmarks a person made (a line is about 40 bytes).
    static let maximumSize = 1 << 20

    package enum Loaded: Sendable, Hashable {
        case marks([RecordRef])
        /// The file was damaged: it now lives at `to`, and an empty file replaced it.
        case setAside(to: String)
    }

    package struct Failure: Error, Sendable, Hashable {
        package let message: String
    }

    package func load() throws(Failure) -> Loaded {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return .marks([]) }
            throw failure("cannot open")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { close(descriptor); throw failure("cannot read") }
        // A FIFO or a device as the bookmarks file is refused, not read (it could block or be a terminal).
        guard (status.st_mode & S_IFMT) == S_IFREG else { close(descriptor); throw Failure(message: "not a regular file: \(path)") }
        let bytes = Int(status.st_size) > Self.maximumSize ? nil : readAll(descriptor)
        close(descriptor)
        if let bytes, let marks = Self.parse(bytes) { return .marks(marks) }
        return .setAside(to: try setAside())
    }

    package func save(_ marks: [RecordRef]) throws(Failure) {
        try makeDirectory()
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("cannot write", temporary) }
        let written = writeAll(descriptor, Array(Self.format(marks).utf8)) && fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        guard written, closed else {
            let error = failure("cannot write", temporary)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot replace")
            unlink(temporary)
            throw error
        }
        syncDirectory()
    }

    // MARK: - Format

    static let header = "# tahaluf bookmarks: one record a line, kind<TAB>id"

    static func format(_ marks: [RecordRef]) -> String {
        ([header] + marks.map { "\($0.kind.rawValue)\t\($0.id)" }).joined(separator: "\n") + "\n"
    }

    /// The marks in the file, or nil if any line is not a bookmark (bad UTF-8, unknown kind,
    /// control characters): such a file is set aside whole rather than half understood.
    static func parse(_ bytes: [UInt8]) -> [RecordRef]? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var marks: [RecordRef] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, let kind = RecordKind(rawValue: String(fields[0])), !fields[1].isEmpty,
                  !fields[1].unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
            else { return nil }
            let ref = RecordRef(kind, String(fields[1]))
            if !marks.contains(ref) { marks.append(ref) }
        }
        return marks
    }

    // MARK: - Files

    /// Renames the damaged file beside itself and writes an empty one; returns the new name.
    private func setAside() throws(Failure) -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let stamp = String(format4(Int(parts.tm_year) + 1900)) + two(parts.tm_mon + 1) + two(parts.tm_mday) + "T"
            + two(parts.tm_hour) + two(parts.tm_min) + two(parts.tm_sec) + "Z"
        var aside = path + ".corrupt-" + stamp
        var suffix = 1
        while access(aside, F_OK) == 0 {
            aside = path + ".corrupt-" + stamp + "-\(suffix)"
            suffix += 1
        }
        guard rename(path, aside) == 0 else { throw failure("cannot set aside") }
        try save([])
        return aside
    }

    private func makeDirectory() throws(Failure) {
        var directory = ""
        for part in path.split(separator: "/").dropLast() {
            directory += "/" + part
            if mkdir(directory, 0o700) != 0 && errno != EEXIST { throw failure("cannot create", directory) }
        }
    }

    private func syncDirectory() {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        let descriptor = open(directory.isEmpty ? "/" : directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private func readAll(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 << 10)
        while bytes.count <= Self.maximumSize {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 { if errno == EINTR { continue }; return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
        return nil
    }

    private func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 { if errno == EINTR { continue }; return false }
            offset += count
        }
        return true
    }

    private func failure(_ what: String, _ file: String? = nil) -> Failure {
        Failure(message: "\(what) \(file ?? path): \(String(cString: strerror(errno)))")
    }
}

private func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
