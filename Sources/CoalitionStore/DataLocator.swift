import FoundationEssentials

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
    public static func bundledDirectory() -> String? {
        let files = FileManager.default
        return locate(environment: ProcessInfo.processInfo.environment,
                      executablePath: executablePath(),
                      currentDirectory: files.currentDirectoryPath,
                      hasData: { files.fileExists(atPath: $0 + "/members.json") })
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
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return target }
        guard let argument = CommandLine.arguments.first, argument.contains("/") else { return nil }
        return argument.hasPrefix("/") ? argument : FileManager.default.currentDirectoryPath + "/" + argument
    }

    /// `/a/b/c` → `/a/b`; `/a` → `/`; `/` → `/`.
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }
}
