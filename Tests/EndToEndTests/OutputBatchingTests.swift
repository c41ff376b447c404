import Foundation
import Testing

/// A frame reaches the terminal in a few large `write()`s, not one per cursor jump.
///
/// ncurses flushes after every cursor movement until a screen has once left curses mode and come
/// back; without `NCursesTerminal.leaveInitialState` the first frame at 120x40 left in 115 writes.
/// Each write is a packet over SSH and a wake-up for the terminal, and a terminal that paints per
/// read shows the frame arriving in strips. Counted with strace over a real pty.
@Suite(.enabled(if: Paths.executable(named: "strace") != nil, "strace is not installed (make test installs it)"))
struct OutputBatchingTests {
    @Test func aFrameLeavesInAFewWritesAndACursorMoveInOne() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tahaluf-writes-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let trace = directory.appendingPathComponent("trace").path
        let down = "\u{1B}[B", presses = 5
        let run = try PtyRecording.run(TestData.bundled, keys: Array(repeating: down, count: presses) + ["q"],
                                       width: 120, height: 40, settle: 0.3,
                                       wrapper: ["strace", "-f", "-qq", "-e", "trace=write", "-o", trace])
        #expect(run.status == 0)
        let writes = try String(contentsOfFile: trace, encoding: .utf8)
            .split(separator: "\n").filter { $0.contains("write(1,") }
        // Start-up modes and the first frame (13 KB in ncurses' 5 KB buffer: 3 writes), one write
        // per Down, and the goodbye. Before the fix: 115 for the first frame alone.
        #expect(writes.count >= presses)
        #expect(writes.count <= 12 + presses, "\(writes.count) writes:\n\(writes.joined(separator: "\n"))")
    }
}
