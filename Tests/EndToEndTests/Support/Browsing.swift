import RTLText

/// What most end-to-end tests do around the real program: start it on the bundled data, read the
/// screen's rows, quit and check the terminal came back.
extension TmuxSession {
    /// A `width`x`height` session with tahaluf started on the bundled data plus `arguments` and
    /// its first frame drawn.
    static func browsing(_ arguments: [String] = [], width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, height: height)
        try tmux.startTahaluf(TestData.bundled + arguments)
        try tmux.waitForFirstFrame()
        return tmux
    }

    /// The screen's rows, blank ones included.
    var rows: [String] { screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// `q` from the panes: tahaluf exits with 0 and leaves the terminal as it found it.
    func quitFromThePanes() throws -> (status: Int32, problems: [String]) {
        send("q")
        let status = try waitForExit()
        return (status, restorationProblems())
    }
}

/// `text` as a right-to-left line shows it on screen: visual order, presentation forms.
func shownRightToLeft(_ text: String) -> String { TextEngine().line(text, base: .rtl).string }
