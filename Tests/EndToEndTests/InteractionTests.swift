import Foundation
import Testing

/// Keys and mouse reports reach the app through the real driver. The English UI at 120x40 shows
/// the timeline at the top left and "Timeline N/M" at the start of the status bar.
@Suite(.enabled(if: Paths.isTmuxAvailable, "tmux is not installed: end-to-end tests skipped"))
struct InteractionTests {
    private func statusLine(_ tmux: TmuxSession) -> String {
        tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
    }

    private func startEnglish() throws -> TmuxSession {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled + ["--lang", "en"])
        try tmux.waitForFirstFrame()
        try tmux.waitUntil("the timeline's status") { self.statusLine(tmux).contains("Timeline 1/") }
        return tmux
    }

    @Test func cursorKeysMoveTheSelection() throws {
        let tmux = try startEnglish()
        tmux.send("Down", "Down")
        try tmux.waitUntil("the third event selected") { self.statusLine(tmux).contains("Timeline 3/") }
        tmux.send("Up")
        try tmux.waitUntil("the second event selected") { self.statusLine(tmux).contains("Timeline 2/") }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// A click on the third timeline row selects it; the wheel scrolls. tmux-256color reports the
    /// mouse in the X10 encoding: ESC [ M, then button, column and row, each plus 32 (1-based).
    @Test func mouseClickAndWheelReachTheApp() throws {
        let tmux = try startEnglish()
        func report(button: UInt8, x: UInt8, y: UInt8) -> [String] {
            [0x1B, 0x5B, 0x4D, 32 + button, 33 + x, 33 + y].map { String(format: "%02x", $0) }
        }
        // Press and release in one write, as a quick click arrives over SSH.
        tmux.sendBytes(report(button: 0, x: 10, y: 6) + report(button: 3, x: 10, y: 6))
        try tmux.waitUntil("the clicked row selected") { self.statusLine(tmux).contains("Timeline 2/") }
        tmux.sendBytes(report(button: 65, x: 10, y: 10))
        try tmux.waitUntil("the wheel to move the selection") { !self.statusLine(tmux).contains("Timeline 2/") }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// Ctrl-L repaints the whole screen: whatever was scribbled over it is gone.
    @Test func ctrlLRepaintsEverything() throws {
        let tmux = try startEnglish()
        let clean = tmux.screen()
        // Scribble behind tahaluf's back: written to the pane's tty, not through the app.
        let tty = tmux.value("pane_tty")
        try "\u{1B}[5;5HSCRIBBLE\u{1B}[20;40HDEBRIS".write(toFile: tty, atomically: false, encoding: .utf8)
        try tmux.waitUntil("the scribble to show") { tmux.screen().contains("SCRIBBLE") }
        tmux.send("C-l")
        try tmux.waitUntil("the repaint") { tmux.screen() == clean }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// y copies the selected fact's citation with OSC 52 (base64), which tmux turns into a buffer.
    @Test func copyReachesTheClipboard() throws {
        let tmux = try startEnglish()
        #expect(tmux.pasteBuffer().isEmpty)
        tmux.send("y")
        try tmux.waitUntil("the copied citation") { !tmux.pasteBuffer().isEmpty }
        let copied = tmux.pasteBuffer()
        #expect(copied.contains("air strikes") || copied.contains("First air strikes"), "the first event: \(copied)")
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    /// UTF-8 input arrives as whole characters: on an Arabic keyboard layout ض is the q key.
    @Test func arabicKeyboardLetterQuits() throws {
        let tmux = try TmuxSession()
        try tmux.startTahaluf(TestData.bundled)
        try tmux.waitForFirstFrame()
        tmux.sendLiteral("ض")
        #expect(try tmux.waitForExit() == 0)
        #expect(tmux.restorationProblems() == [])
    }

    /// Keypad keys decoded by the driver: End, Home, Tab and Shift-Tab (KEY_BTAB), PgDn.
    @Test func keypadKeysAreDecoded() throws {
        let tmux = try startEnglish()
        tmux.send("End")
        try tmux.waitUntil("the last event") {
            let status = self.statusLine(tmux)
            guard let range = status.range(of: #"Timeline (\d+)/(\d+)"#, options: .regularExpression) else { return false }
            let numbers = status[range].dropFirst("Timeline ".count).split(separator: "/")
            return numbers.count == 2 && numbers[0] == numbers[1]
        }
        tmux.send("Home")
        try tmux.waitUntil("the first event") { self.statusLine(tmux).contains("Timeline 1/") }
        tmux.send("PageDown")
        try tmux.waitUntil("a page down") { !self.statusLine(tmux).contains("Timeline 1/") }
        tmux.send("Tab")
        try tmux.waitUntil("the next pane") { !self.statusLine(tmux).contains("Timeline") }
        tmux.send("BTab")
        try tmux.waitUntil("back to the timeline") { self.statusLine(tmux).contains("Timeline") }
        tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
