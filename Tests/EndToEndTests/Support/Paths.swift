import Foundation

/// Where the package and the built `tahaluf` are. The test target does not depend on the
/// executable (SwiftPM cannot express that), so `make test` builds it first; a test run without
/// it fails with a message saying how to build it.
enum Paths {
    /// The package root: the first directory above this file that holds Package.swift.
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// `$TAHALUF_BIN`, else `tahaluf` next to the test bundle (same build directory), else
    /// `.build/debug/tahaluf` under the package root.
    static let tahaluf: String? = {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["TAHALUF_BIN"] { candidates.append(explicit) }
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(bundleDirectory.appendingPathComponent("tahaluf").path)
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/tahaluf").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// `tahaluf-bench` beside `tahaluf` (it writes large synthetic data directories).
    static let tahalufBench: String? = tahaluf.map {
        URL(fileURLWithPath: $0).deletingLastPathComponent().appendingPathComponent("tahaluf-bench").path
    }.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }

    static let missingBinaryMessage = "tahaluf is not built: run `swift build --product tahaluf` (make test does)"

    static var isTmuxAvailable: Bool { executable(named: "tmux") != nil }

    /// The full path of a program on $PATH.
    static func executable(named name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
