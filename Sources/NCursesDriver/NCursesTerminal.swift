#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesW
import TerminalUI

/// The real terminal, through ncursesw: the only code in tahaluf that calls ncurses.
///
/// It shows `Frame`s by writing only the cells that changed since the last one (`FrameDiff`), with
/// one `doupdate` per frame, and turns keys, mouse reports and resizes into `InputEvent`s.
/// Start-up checks come first (`TerminalEnvironment`), then:
///
/// ```swift
/// TerminalEnvironment.adoptUserLocale()
/// try TerminalEnvironment.checkCanDriveTerminal()
/// let terminal = try NCursesTerminal(options: .init(theme: .dark, mouse: true, kiosk: false))
/// defer { terminal.shutdown() }
/// terminal.present(frame)
/// ```
package final class NCursesTerminal: TerminalDevice {
    package struct Options: Sendable {
        package var theme: ThemeVariant
        package var mouse: Bool
        package var kiosk: Bool
        /// Replace every non-ASCII character with "?" (the locale cannot encode them).
        package var asciiOnly: Bool
        /// tahaluf reorders right-to-left text itself (`--bidi app`), so the terminal must not:
        /// sends BDSM explicit (`CSI 8 l`) while running. False for `--bidi terminal`.
        package var appReordersText: Bool
        /// How long ncurses waits after Esc for the rest of a key sequence. Short, so Esc feels
        /// instant, but long enough for arrow keys over SSH.
        package var escapeDelayMilliseconds: Int32
        /// OSC 8 hyperlinks on the frame's link spans (`HyperlinkPass`), where the terminal takes
        /// them (`HyperlinkSupport`). Never in kiosk mode, whatever this says: a visitor must not
        /// be able to open a link. False with `--no-hyperlinks`.
        package var hyperlinks: Bool

        package init(theme: ThemeVariant = .dark, mouse: Bool = true, kiosk: Bool = false,
                    asciiOnly: Bool = false, appReordersText: Bool = true, escapeDelayMilliseconds: Int32 = 25,
                    hyperlinks: Bool = true) {
            self.theme = theme; self.mouse = mouse; self.kiosk = kiosk; self.asciiOnly = asciiOnly
            self.appReordersText = appReordersText; self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.hyperlinks = hyperlinks
        }
    }

    private let options: Options
    private let screen: OpaquePointer
    private let palette: StylePalette
    private let bidi: BidiHandshake
    private var lastFrame: Frame?
    /// Set when hyperlinks are on for this terminal.
    private let hyperlinkSupport: HyperlinkSupport?
    /// The link spans on screen, as the last pass left them (empty after a full repaint).
    private var linksWritten: [HyperlinkPass.Written] = []
    /// Alt-arrows and other keys with per-terminal codes (`KeyDecoder.extendedKeys`).
    private var extendedKeys: [Int32: Key] = [:]
    private var isOpen = true
    /// `LINES`/`COLUMNS` as the user had them; they carry the capped size while curses runs.
    private var userEnvironment: [String: String?] = [:]
    /// Whether the last left-button report was a press, so its release is not a second click.
    private var leftButtonDown = false
    /// Scratch space for one cell's scalars (base + combining marks + NUL).
    private let scalars = UnsafeMutablePointer<wchar_t>.allocate(capacity: CellScalars.capacity + 1)
    private var cell = cchar_t()

    /// How often a wait for input wakes to look at signal flags (Ctrl-Z, SIGCONT).
    private static let pollSliceMilliseconds = 100

    package init(options: Options) throws {
        self.options = options
        bidi = BidiHandshake(appReorders: options.appReordersText,
                             insideTmux: TerminalEnvironment.variable("TMUX") != nil,
                             terminalName: TerminalEnvironment.variable("TERM") ?? "")
        TerminalRestore.saveModes(fd: 1)
        // Before newterm: our SIGWINCH handler means ncurses installs none (resizes are capped).
        TerminalRestore.installHandlers(kiosk: options.kiosk)
        userEnvironment = WindowSizeLimit.savedEnvironment()
        WindowSizeLimit.publishCappedSize(fd: 1)
        // newterm, not initscr: initscr exits the process when the terminal cannot be set up.
        guard let screen = newterm(nil, tah_stdout(), tah_stdin()) else {
            WindowSizeLimit.restoreEnvironment(userEnvironment)
            TerminalRestore.uninstallHandlers(kiosk: options.kiosk)
            throw TerminalSetupError.cannotStart(TerminalEnvironment.variable("TERM") ?? "unknown")
        }
        self.screen = screen
        hyperlinkSupport = options.hyperlinks && !options.kiosk
            ? HyperlinkSupport(terminalName: TerminalEnvironment.variable("TERM") ?? "",
                               terminfo: { cap in tah_tigetstr(cap).map { String(cString: $0) } })
            : nil
        Self.leaveInitialState()
        TerminalRestore.arm(sequence: Array(ControlSequences.emergencyRestore(
            terminfo: { cap in tah_tigetstr(cap).map { String(cString: $0) } },
            mouse: options.mouse, bidiLeave: bidi.leave).utf8))
        TerminalRestore.captureStderr()

        raw()
        noecho()
        nonl()
        keypad(tah_stdscr(), true)
        extendedKeys = KeyDecoder.extendedKeys { Int32(tah_key_code($0)) }
        intrflush(tah_stdscr(), false)
        // The cursor is hidden, so ncurses need not put it back after each update: fewer bytes.
        leaveok(tah_stdscr(), true)
        curs_set(0)
        tah_set_escdelay(options.escapeDelayMilliseconds)
        palette = StylePalette(variant: options.theme, noColor: TerminalEnvironment.variable("NO_COLOR") != nil)
        if options.mouse {
            mousemask(Self.mouseMask, nil)
            mouseinterval(0)
        }
        // After every ncurses mode call (each rewrites the tty from ncurses' own copy); then saved
        // as the mode to return to after Ctrl-Z.
        if !options.kiosk { Self.enableSignalKeys() }
        def_prog_mode()
        writeDirect(bidi.enter)
    }

    /// Makes every frame reach the terminal in as few `write()`s as ncurses' buffer allows.
    ///
    /// Until a screen has been through `endwin` and back, ncurses 6 flushes its output buffer after
    /// every cursor movement (`_nc_mvcur` checks for the "initial" state, meant for low-level
    /// terminfo programs). A first frame at 120x40 then leaves in 115 small writes, and every
    /// keypress in several. Leaving curses mode once, before anything is drawn, moves ncurses to its
    /// "running" state at the next `doupdate`, which re-enters curses mode (the alternate screen,
    /// prog mode, keypad) exactly as after Ctrl-Z. Done before colours are started: a resume with
    /// colours on would also send `oc` (OSC 104), resetting a palette the user set. Cost: about
    /// 80 bytes, once. `OutputBatchingTests` counts the writes.
    private static func leaveInitialState() {
        endwin()
        doupdate()
    }

    deinit {
        shutdown()
        scalars.deallocate()
    }

    /// Clicks (left and right) and the wheel; no motion reports, which would flood an SSH link.
    private static var mouseMask: mmask_t {
        tah_button1_pressed() | tah_button1_released() | tah_button3_pressed()
            | tah_button4_pressed() | tah_button5_pressed()
    }

    /// Raw mode, but with Ctrl-C and Ctrl-Z delivered as signals (outside kiosk mode), and without
    /// XON/XOFF so Ctrl-S cannot freeze the screen.
    private static func enableSignalKeys() {
        var modes = termios()
        guard tcgetattr(0, &modes) == 0 else { return }
        modes.c_lflag |= tcflag_t(ISIG)
        modes.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(0, TCSANOW, &modes)
    }

    /// Leaves curses mode and puts the terminal back: endwin, bidi implicit, stderr released.
    /// Safe to call more than once.
    package func shutdown() {
        guard isOpen else { return }
        isOpen = false
        if options.mouse { mousemask(0, nil) }
        curs_set(1)
        endwin()
        writeDirect(bidi.leave)
        TerminalRestore.disarm()
        TerminalRestore.releaseStderr()
        TerminalRestore.uninstallHandlers(kiosk: options.kiosk)
        delscreen(screen)
        WindowSizeLimit.restoreEnvironment(userEnvironment)
    }

    // MARK: TerminalDevice

    package var size: Size { Size(width: Int(tah_cols()), height: Int(tah_lines())) }

    package func present(_ frame: Frame) {
        let width = min(frame.size.width, Int(tah_cols()))
        let height = min(frame.size.height, Int(tah_lines()))
        for run in FrameDiff.runs(from: lastFrame, to: frame) where run.y < height {
            var x = run.x
            for c in run.cells {
                defer { x += 1 }
                if c.isContinuation { continue }
                if x >= width { break }
                // A wide character that would hang off the right edge is drawn as a blank.
                let cells = put(c.width == 2 && x + 1 >= width ? Cell(" ", style: c.style) : c, x: x, y: run.y)
                // An emoji sequence shown by a one-cell first scalar (a flag's first letter): its
                // second cell is blanked, so nothing stale stays there.
                if cells < c.width && x + 1 < width { put(Cell(" ", style: c.style), x: x + 1, y: run.y) }
            }
        }
        let shown = lastFrame
        lastFrame = frame
        wnoutrefresh(tah_stdscr())
        doupdate()
        writeLinks(old: shown, new: frame, size: Size(width: width, height: height))
    }

    /// The hyperlink pass, after ncurses has written the frame and flushed (`HyperlinkPass`).
    private func writeLinks(old: Frame?, new: Frame, size: Size) {
        guard let support = hyperlinkSupport else { return }
        if old == nil || old?.size != new.size { linksWritten = [] }
        guard !new.links.isEmpty || !linksWritten.isEmpty else { return }
        let plan = HyperlinkPass.plan(old: old, new: new, written: linksWritten, size: size)
        linksWritten = plan.written
        let asciiOnly = options.asciiOnly
        writeDirect(HyperlinkPass.bytes(plan.segments, save: support.save, restore: support.restore,
                                        sgr: palette.sgr, text: { cell in
            let values = CellScalars.of(cell, asciiOnly: asciiOnly)
            var text = String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
            if CellScalars.columns(values, cell: cell) < cell.width { text += " " }
            return text
        }))
    }

    package func invalidate() {
        linksWritten = []
        lastFrame = nil
        clearok(tah_curscr(), true)
    }

    package func nextEvent(timeoutMilliseconds: Int?) -> InputEvent {
        var remaining = timeoutMilliseconds
        while true {
            if let resumed = handleSuspendAndResume() { return resumed }
            if TerminalRestore.resized.isSet { return applyResize() }
            let slice = min(remaining ?? Self.pollSliceMilliseconds, Self.pollSliceMilliseconds)
            wtimeout(tah_stdscr(), Int32(max(0, slice)))
            var code: wint_t = 0
            let status = wget_wch(tah_stdscr(), &code)
            if status == OK, let key = KeyDecoder.character(UInt32(code)) {
                guard key == .escape else { return .key(key) }
                switch afterEscape() {
                case .alt(let alt): return .key(alt)
                case .sequence: continue   // a key terminfo does not name: dropped, not typed
                case .none: return .key(.escape)
                }
            }
            if status == KEY_CODE_YES, let event = keypadEvent(Int32(code)) { return event }
            if status == ERR {
                if Self.terminalIsGone() { TerminalRestore.hangUp() }
                if let left = remaining {
                    remaining = left - slice
                    if left - slice <= 0 { return .idle }
                }
            }
        }
    }

    /// True when the terminal has hung up (its window or SSH session closed) while SIGHUP did not
    /// reach us (ignored by `nohup`, say): reads then fail at once, and the loop would spin.
    private static func terminalIsGone() -> Bool {
        var input = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) >= 0 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    package func copyToClipboard(_ text: String) {
        writeDirect(ControlSequences.clipboard(text))
    }

    // MARK: Drawing

    /// Writes one cell (`CellScalars`); returns the columns its first scalar takes.
    @discardableResult
    private func put(_ c: Cell, x: Int, y: Int) -> Int {
        let values = CellScalars.of(c, asciiOnly: options.asciiOnly)
        for (i, value) in values.enumerated() { scalars[i] = wchar_t(bitPattern: value) }
        scalars[values.count] = 0
        let (pair, attrs) = palette.resolve(c.style)
        if setcchar(&cell, scalars, attrs, pair, nil) != OK {
            scalars[0] = 0x3F; scalars[1] = 0
            _ = setcchar(&cell, scalars, attrs, pair, nil)
        }
        _ = mvwadd_wch(tah_stdscr(), Int32(y), Int32(x), &cell)
        return CellScalars.columns(values, cell: c)
    }

    /// Writes bytes straight to the terminal, after whatever ncurses has buffered.
    private func writeDirect(_ text: String) {
        guard !text.isEmpty else { return }
        fflush(tah_stdout())
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n <= 0 { break }
            offset += n
        }
    }

    // MARK: Input

    /// Reads what arrived with an Esc (`KeyDecoder.afterEscape`): Alt plus a printable
    /// character, or an escape sequence ncurses did not decode, read to its end and dropped so
    /// that `ESC [ 1 ; 5 P` is neither Alt-[ nor four typed keys. Anything else is put back.
    private func afterEscape() -> KeyDecoder.AfterEscape {
        wtimeout(tah_stdscr(), 0)
        var code: wint_t = 0
        let status = wget_wch(tah_stdscr(), &code)
        if status == OK {
            let after = KeyDecoder.afterEscape(UInt32(code))
            if case .sequence(let introducer) = after { return dropSequence(introducer) }
            if after == .none { unget_wch(wchar_t(bitPattern: UInt32(code))) }
            return after
        }
        if status == KEY_CODE_YES { ungetch(Int32(code)) }
        return .none
    }

    /// Reads the rest of a CSI (`ESC [` … final byte) or SS3 (`ESC O` and one character)
    /// sequence. With nothing after the introducer, it was Alt-[ or Alt-O after all.
    private func dropSequence(_ introducer: Character) -> KeyDecoder.AfterEscape {
        var code: wint_t = 0
        var length = 0
        // A CSI sequence is short; the bound keeps a stream of parameter bytes from holding input.
        while length < 32, wget_wch(tah_stdscr(), &code) == OK {
            length += 1
            if introducer == "O" || KeyDecoder.endsControlSequence(UInt32(code)) { break }
        }
        return length == 0 ? .alt(.alt(introducer)) : .sequence(introducer: introducer)
    }

    private func keypadEvent(_ code: Int32) -> InputEvent? {
        // Only our own `resizeterm` queues KEY_RESIZE (ncurses has no SIGWINCH handler of its own
        // here), after `applyResize` has already reported the resize.
        if code == tah_key_resize() { return nil }
        if code == tah_key_mouse() { return mouseEvent() }
        return KeyDecoder.keyCode(code, extended: extendedKeys).map { .key($0) }
    }

    /// The window changed size (SIGWINCH, noted by our handler). A burst of resizes (a window being
    /// dragged, tmux resize storms) becomes one event with the final size: the flag is read after a
    /// short quiet spell. ncurses is resized to the capped size (`WindowSizeLimit`), so it never
    /// allocates for more; the next frame is a full repaint.
    private func applyResize() -> InputEvent {
        while TerminalRestore.resized.take() { usleep(15_000) }
        fitToWindow()
        return .resize(size)
    }

    /// Resizes ncurses to the window's size, capped, and repaints everything next frame.
    private func fitToWindow() {
        if let size = WindowSizeLimit.publishCappedSize(fd: 1) {
            resizeterm(Int32(size.height), Int32(size.width))
        }
        invalidate()
    }

    package var isOversized: Bool { WindowSizeLimit.windowSize(fd: 1).map(WindowSizeLimit.exceeds) ?? false }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y), state = event.bstate
        if state & tah_button4_pressed() != 0 { return .mouse(MouseEvent(x: x, y: y, button: .wheelUp, kind: .press)) }
        if state & tah_button5_pressed() != 0 { return .mouse(MouseEvent(x: x, y: y, button: .wheelDown, kind: .press)) }
        if state & tah_button1_pressed() != 0 {
            leftButtonDown = true
            return .mouse(MouseEvent(x: x, y: y, button: .left, kind: .click))
        }
        if state & tah_button1_released() != 0 {
            // Press and release in one read (a quick click over SSH) reach us as a release only.
            defer { leftButtonDown = false }
            return leftButtonDown ? nil : .mouse(MouseEvent(x: x, y: y, button: .left, kind: .click))
        }
        if state & tah_button3_pressed() != 0 { return .mouse(MouseEvent(x: x, y: y, button: .right, kind: .click)) }
        return nil
    }

    // MARK: Suspend (Ctrl-Z) and resume

    /// Acts on SIGTSTP and SIGCONT noted by the signal handlers. Returns a resize event after a
    /// resume so the app lays out for the size the terminal has now.
    private func handleSuspendAndResume() -> InputEvent? {
        if TerminalRestore.suspendRequested.take() {
            suspend()
            return .resize(size)
        }
        if TerminalRestore.continued.take() {
            // Stopped by SIGSTOP (not Ctrl-Z, which goes through `suspend`) and continued: the
            // shell may have put the tty back in cooked mode meanwhile, so program mode (raw, no
            // echo, and in kiosk mode no signal keys) is set again from what `def_prog_mode` saved.
            WindowSizeLimit.publishCappedSize(fd: 1)
            reset_prog_mode()
            if options.mouse { mousemask(Self.mouseMask, nil) }
            writeDirect(bidi.enter)
            fitToWindow()
            return .resize(size)
        }
        return nil
    }

    /// Leaves curses mode cleanly, stops the process as Ctrl-Z asked, and on `fg` re-enters with
    /// bidi explicit and a full repaint.
    package func suspend() {
        if options.mouse { mousemask(0, nil) }
        endwin()
        writeDirect(bidi.leave)
        TerminalRestore.disarm()
        _ = signal(SIGTSTP, SIG_DFL)
        _ = raise(SIGTSTP)
        // Stopped here until SIGCONT. The window may have changed meanwhile; ncurses reads its size
        // when curses mode resumes, from the variables `fitToWindow` keeps.
        WindowSizeLimit.publishCappedSize(fd: 1)
        TerminalRestore.installHandlers(kiosk: options.kiosk)
        TerminalRestore.continued.clear()
        reset_prog_mode()
        TerminalRestore.rearm()
        if options.mouse { mousemask(Self.mouseMask, nil) }
        writeDirect(bidi.enter)
        wnoutrefresh(tah_stdscr())
        doupdate()
        fitToWindow()
    }
}
