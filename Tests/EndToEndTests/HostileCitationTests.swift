import Foundation
import Testing

/// `cite`, `export --format bibtex|csl-json` and `dump sources` on data whose every text and quote
/// carries bidi controls, line separators and escape look-alikes (what the loader accepts): the
/// output carries no control a terminal or a reference file could be tricked by.
@Suite struct HostileCitationTests {
    static let commands: [[String]] = [
        ["cite", "iraqi-forces-trained", "SAU", "counter-finance"],
        ["cite", "iraqi-forces-trained", "SAU", "--format", "bibtex"],
        ["cite", "iraqi-forces-trained", "SAU", "--format", "csl-json", "--lang", "en"],
        ["cite", "iraqi-forces-trained", "SAU", "--format", "ris"],
        ["export", "--format", "bibtex", "--lang", "en"],
        ["export", "--format", "csl-json"],
        ["dump", "sources", "--logical"],
    ]

    @Test(arguments: commands)
    func outputCarriesNoControls(_ command: [String]) throws {
        let directory = try HostileData.directory(rewriting: HostileData.withBidiControls)
        defer { HostileData.remove(directory) }
        let run = try CommandRun.tahaluf(command + ["--data", directory.path])
        #expect(run.status == 0, "\(run.stderr.prefix(600))")
        #expect(run.stdout.contains("LOOKALIKE"), "the hostile texts are not in the output")
        let problems = TerminalSafety.problems(in: run.stdout)
        #expect(problems.isEmpty, "\(command): \(problems)")
    }
}
