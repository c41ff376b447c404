import Foundation
import Testing

/// Start-up messages say what is wrong, and never print what came from outside (TERM, a data
/// path) raw: an escape sequence in either would otherwise reach the user's terminal.
@Suite struct MessageTests {
    @Test func anUnsetTermSaysSo() throws {
        let run = try PtyRecording.run([], environment: ["TERM": ""])
        #expect(run.status != 0)
        #expect(run.stderr.contains("TERM is not set"), "\(run.stderr)")
        #expect(!run.stderr.contains("terminfo database"), "the database is there; TERM is what is missing")
    }

    @Test func aHostileTermIsEscapedInTheMessage() throws {
        let hostile = "x\u{1B}]0;owned\u{07}"
        let run = try PtyRecording.run([], environment: ["TERM": hostile])
        #expect(run.status != 0)
        #expect(run.stderr.contains("x\\u{1B}]0;owned\\u{7}"), "\(run.stderr)")
        #expect(!run.stderr.contains("\u{1B}") && !run.text.contains("\u{1B}]0;owned"))
    }

    @Test func aHostileDataPathIsEscapedInTheMessage() throws {
        let run = try CommandRun.tahaluf(["check", "--data", "/nonexistent/\u{1B}]0;owned\u{07}"])
        #expect(run.status != 0)
        #expect(!run.stderr.contains("\u{1B}"), "\(run.stderr)")
        #expect(run.stderr.contains("\\u{1B}"), "\(run.stderr)")
    }
}
