/// Whether this terminal gets OSC 8 hyperlinks, and the save and restore sequences the pass needs.
///
/// A terminal that does not know OSC 8 ignores it when it parses OSC at all (xterm, VTE, tmux
/// before 3.4, screen): such terminals are ECMA-48 ones, whose cursor addressing starts with CSI.
/// The Linux and BSD consoles, real VT100s and `dumb` may print the sequence, so they get none,
/// nor does a terminal without DECSC/DECRC in terminfo (`sc`, `rc`), which the pass needs to give
/// ncurses its cursor back. Docs/TERMINALS.md lists the outcome per terminal.
///
/// ```swift
/// HyperlinkSupport(terminalName: "xterm-256color", terminfo: { ["cup": "\u{1B}[%i%p1%d;%p2%dH",
///     "sc": "\u{1B}7", "rc": "\u{1B}8"][$0] })?.save   // "\u{1B}7"
/// HyperlinkSupport(terminalName: "linux", terminfo: { _ in nil })   // nil
/// ```
struct HyperlinkSupport: Equatable {
    let save: String
    let restore: String

    /// Terminal names (TERM, or its start) that get no hyperlinks whatever terminfo says.
    static let refusedNames = ["linux", "dumb", "vt", "cons", "sun"]

    init?(terminalName: String, terminfo: (String) -> String?) {
        let name = terminalName.lowercased()
        guard !name.isEmpty, !Self.refusedNames.contains(where: { name.hasPrefix($0) }) else { return nil }
        guard let cup = terminfo("cup"), cup.hasPrefix("\u{1B}["),
              let save = terminfo("sc"), let restore = terminfo("rc"), Self.isPlain(save), Self.isPlain(restore)
        else { return nil }
        self.save = save
        self.restore = restore
    }

    /// A terminfo string the driver can write as it is: not empty, no `$<…>` padding to interpret.
    private static func isPlain(_ capability: String) -> Bool {
        !capability.isEmpty && !capability.contains("$<")
    }
}
