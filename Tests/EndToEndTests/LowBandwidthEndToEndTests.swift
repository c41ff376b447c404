import Foundation
import Testing

/// `--low-bandwidth` and `TAHALUF_LOW_BANDWIDTH=1` (for an SSH `ForceCommand`) reach the real
/// program: the selection is a gutter marker and the detail strip waits for Enter.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct LowBandwidthEndToEndTests {
    static let hint = "Enter opens the selected item's details"

    @Test(arguments: [(["--low-bandwidth"], [String: String]()), ([], ["TAHALUF_LOW_BANDWIDTH": "1"])])
    func switchesOnFromTheFlagOrTheEnvironment(arguments: [String], environment: [String: String]) throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--lang", "en"] + arguments, environment: environment)
        try tmux.waitForFirstFrame()
        #expect(tmux.screen().contains(Self.hint))
        tmux.send("Down")
        try tmux.waitUntil("the marker on the second event") {
            tmux.screen().split(separator: "\n").contains { $0.hasPrefix(" ▶") && $0.contains("Foreign-fighter flow peaks") }
        }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems() == [])
    }

    @Test func offByDefault() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--lang", "en"], environment: ["TAHALUF_LOW_BANDWIDTH": "0"])
        try tmux.waitForFirstFrame()
        #expect(!tmux.screen().contains(Self.hint))
        #expect(!tmux.screen().split(separator: "\n").contains { $0.hasPrefix(" ▶") })
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
