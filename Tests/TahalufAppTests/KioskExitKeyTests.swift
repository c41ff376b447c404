import Testing
import TerminalUI
@testable import TahalufApp

/// What `--exit-key` accepts: function keys and control keys the browser leaves free.
@Suite struct KioskExitKeyTests {
    @Test(arguments: ["F1", "f10", "F24", "ctrl-x", "CTRL+X", "c-t", "^X", "ctrl-g"])
    func freeKeysAreAccepted(spec: String) {
        #expect(KioskExitKey.problem(with: spec) == nil)
    }

    /// Every key the key-binding table binds, in any scope, is refused, whatever it is bound to;
    /// Ctrl-C and Ctrl-L (bound) are among them.
    @Test func everyBoundControlKeyIsRefused() {
        let bound = Set(KeyBindings.table.flatMap { $0.presses.map(\.key) })
        for letter in "abcdefghijklmnopqrstuvwxyz" where bound.contains(.ctrl(letter)) {
            #expect(KioskExitKey.problem(with: "ctrl-\(letter)") != nil, "ctrl-\(letter) is bound")
        }
        for n in 1...24 where bound.contains(.function(n)) {
            #expect(KioskExitKey.problem(with: "F\(n)") != nil, "F\(n) is bound")
        }
        #expect(bound.contains(.ctrl("c")) && KioskExitKey.problem(with: "ctrl-c") != nil)
    }

    @Test func escIsRefusedBecauseAltKeysBeginWithIt() throws {
        let problem = try #require(KioskExitKey.problem(with: "esc"))
        #expect(problem.contains("Alt"))
    }

    @Test func theParsedKeyIsTheOneThatMatches() {
        #expect(KioskExitKey.matches(.function(10), "F10"))
        #expect(KioskExitKey.matches(.ctrl("x"), "^X"))
        #expect(!KioskExitKey.matches(.char("x"), "ctrl-x"))
        #expect(!KioskExitKey.matches(.function(99), "F99"))
    }
}
