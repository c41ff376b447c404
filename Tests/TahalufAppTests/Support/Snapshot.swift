import Foundation
import Testing
import TerminalUI

/// Compares a frame with its golden text grid in `Tests/TahalufAppTests/__Snapshots__/NAME.txt`.
///
/// The golden is the frame's rows, one per line, each closed by `|` so trailing blanks stay
/// visible; with `styles`, a second grid follows with one letter per cell for its style role
/// (see `styleMarks`), so focus, selection and highlights are checked too. A difference fails
/// the test and prints the differing rows. Goldens are written only when
/// `TAHALUF_UPDATE_SNAPSHOTS=1` (`make snapshots`); a missing golden fails otherwise.
///
/// ```swift
/// assertSnapshot(render(state, store: Fixture.store, size: Size(width: 80, height: 24)), named: "shell-80x24-ar",
///                styles: true)
/// ```
func assertSnapshot(_ frame: Frame, named name: String, styles: Bool = false,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = snapshotText(frame) + (styles ? styleGrid(frame) : "")
    let url = snapshotDirectory.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["TAHALUF_UPDATE_SNAPSHOTS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: snapshotDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("cannot write snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing snapshot \(url.path); run `make snapshots` to record it", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(Comment(rawValue: "snapshot \(name) differs from \(url.lastPathComponent):\n"
                                     + snapshotDiff(expected, actual)),
                 sourceLocation: sourceLocation)
}

/// The frame as the golden stores it: a size line, then the rows closed by `|`.
func snapshotText(_ frame: Frame) -> String {
    "size \(frame.size.width)x\(frame.size.height)\n" + frame.rows.map { $0 + "|\n" }.joined()
}

/// One letter per cell for its style role, under a `styles` line: blank for normal text.
/// Bold and underline are not marked.
func styleGrid(_ frame: Frame) -> String {
    "styles\n" + (0..<frame.size.height).map { y in
        String((0..<frame.size.width).map { styleMarks[Int(frame[$0, y].style.role.rawValue)] }) + "|\n"
    }.joined()
}

/// The letter of each `StyleRole`, in declaration order.
let styleMarks: [Character] = {
    let marks: [StyleRole: Character] = [
        .normal: " ", .dim: ".", .title: "T", .border: "-", .borderFocused: "=", .selected: "S",
        .selectedUnfocused: "s", .accent: "A", .warning: "W", .status: "b", .statusKey: "K", .link: "L",
        .match: "M", .tileMember: "m", .tileTheatre: "t", .tileOrganisation: "o", .tileHighlight: "H",
        .tileDim: ",", .bar: "#", .category: "c", .header: "_", .headerFocused: "^", .quote: "Q",
    ]
    return StyleRole.allCases.map { marks[$0] ?? "?" }
}()

/// The differing lines, numbered, expected (-) above actual (+); at most 30.
func snapshotDiff(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(a.count, b.count) {
        let x = i < a.count ? String(a[i]) : "<none>"
        let y = i < b.count ? String(b[i]) : "<none>"
        if x != y { out.append("line \(i + 1):\n  - \(x)\n  + \(y)") }
        if out.count == 30 { out.append("…"); break }
    }
    return out.joined(separator: "\n")
}

private let snapshotDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("__Snapshots__")
