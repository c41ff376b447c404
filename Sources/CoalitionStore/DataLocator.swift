#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the bundled data directory wherever `tahaluf` is started from.
///
/// In order: `$TAHALUF_DATA` (an explicit choice is used as given, so a wrong path is reported by the
/// loader rather than silently replaced); `<prefix>/share/tahaluf/Resources` next to an installed
/// `<prefix>/bin/tahaluf`; a `Resources/members.json` in the executable's directory or any directory
/// above it (covers `.build/debug/tahaluf` in the source tree); `./Resources`.
/// ```swift
/// let store = try Store.load(directory: DataLocator.bundledDirectory() ?? "Resources")
/// ```
public enum DataLocator {
    /// POSIX calls only: `ProcessInfo.environment` (a dictionary of the whole environment) and
    /// `FileManager.default` cost about 0.7 ms of every start, for one variable and a few `stat`s.
    public static func bundledDirectory() -> String? {
        let explicit = getenv("TAHALUF_DATA").map { ["TAHALUF_DATA": String(cString: $0)] } ?? [:]
        return locate(environment: explicit, executablePath: executablePath(), currentDirectory: currentDirectory(),
                      hasData: { access($0 + "/members.json", F_OK) == 0 })
    }

    /// The search itself, with the world passed in so tests can run it on fake layouts.
    static func locate(environment: [String: String], executablePath: String?, currentDirectory: String,
                       hasData: (String) -> Bool) -> String? {
        if let explicit = environment["TAHALUF_DATA"], !explicit.isEmpty { return explicit }
        var candidates: [String] = []
        if let executablePath {
            let binDirectory = parent(of: executablePath)
            candidates.append(parent(of: binDirectory) + "/share/tahaluf/Resources")
            var directory = binDirectory
            while true {
                candidates.append((directory == "/" ? "" : directory) + "/Resources")
                let up = parent(of: directory)
                if up == directory { break }
                directory = up
            }
        }
        candidates.append(currentDirectory + "/Resources")
        return candidates.first(where: hasData)
    }

    /// The running executable, symlinks resolved (Linux), else `argv[0]` made absolute.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        guard let argument = CommandLine.arguments.first, argument.contains("/") else { return nil }
        return argument.hasPrefix("/") ? argument : currentDirectory() + "/" + argument
    }

    /// The working directory ("." when it cannot be read, e.g. deleted under us).
    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `/a/b/c` → `/a/b`; `/a` → `/`; `/` → `/`.
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }
}
