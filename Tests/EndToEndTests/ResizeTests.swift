import Foundation
import Testing

/// Resizes relayout and repaint; no size, down to 1x1, crashes tahaluf.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct ResizeTests {
    @Test func resizeStormLeavesAConsistentScreen() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        let sizes = [(80, 24), (200, 60), (40, 12), (1, 1), (121, 41), (2, 3), (100, 30)]
        for round in 0..<6 { for (w, h) in sizes { tmux.resize(width: w + round, height: h) } }
        tmux.resize(width: 100, height: 30)
        try tmux.waitUntil("the pane to settle at 100x30") { tmux.value("pane_width") == "100" }
        // The app redraws for the final size: the screen now equals a fresh start at that size.
        Thread.sleep(forTimeInterval: 0.5)
        let afterStorm = tmux.screen()
        #expect(tmux.value("alternate_on") == "1", "still running after the storm")

        let fresh = try TmuxSession(width: 100, height: 30)
        try fresh.startTahaluf(TestData.bundled)
        try fresh.waitForFirstFrame()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(afterStorm == fresh.screen(), "no debris: same screen as a fresh start at 100x30")
        tmux.send("q")
        fresh.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try fresh.waitForExit() == 0)
        #expect(tmux.restorationProblems() == [])
    }

    @Test(arguments: [(40, 12), (1, 1), (2, 2), (20, 5)])
    func smallTerminalsNeverCrash(width: Int, height: Int) throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        tmux.resize(width: width, height: height)
        try tmux.waitUntil("the pane to be \(width)x\(height)") { tmux.value("pane_width") == "\(width)" }
        for key in ["Down", "Tab", "Right", "Enter", "Escape", "PageDown", "?", "Escape"] { tmux.send(key) }
        tmux.resize(width: 120, height: 40)
        try tmux.waitUntil("the pane to be 120x40") { tmux.value("pane_width") == "120" }
        // The app has caught up with every key when it has drawn the full layout again: the grid,
        // whose first pane row has the rule between the columns, or an overlay's box (an Escape
        // typed right before another key can reach it as Alt and leave the help open).
        try tmux.waitUntil("a full-size frame") {
            let screen = tmux.screen()
            return screen.contains("┌") || screen.split(separator: "\n").dropFirst().first?.contains("│") == true
        }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0, "exits normally after \(width)x\(height)")
        #expect(tmux.restorationProblems() == [])
    }
}
