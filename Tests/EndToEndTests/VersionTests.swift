import Foundation
import Testing

/// One version everywhere a user or a packager reads it: `tahaluf --version`, the man page's
/// title line and the newest heading of CHANGELOG.md.
@Suite struct VersionTests {
    @Test func versionAgreesAcrossBinaryManPageAndChangelog() throws {
        let run = try CommandRun.tahaluf(["--version"])
        #expect(run.status == 0)
        let binary = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let root = Paths.repositoryRoot
        let man = try String(contentsOf: root.appendingPathComponent("Docs/tahaluf.1"), encoding: .utf8)
        let changelog = try String(contentsOf: root.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        let manVersion = try #require(man.split(separator: "\n").first { $0.hasPrefix(".TH ") }?
            .firstMatch(of: /"tahaluf ([0-9][^"]*)"/)?.1)
        let changelogVersion = try #require(changelog.firstMatch(of: /\n## \[([0-9][^\]]*)\]/)?.1)
        #expect(binary == "tahaluf \(manVersion)")
        #expect(String(manVersion) == String(changelogVersion))
    }
}
