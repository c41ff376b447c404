/// What the app's run loop needs from a terminal. `NCursesTerminal` is the real one;
/// `HeadlessTerminal` is an in-memory one for tests and benchmarks.
package protocol TerminalDevice: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a frame, writing only what differs from the frame shown before.
    func present(_ frame: Frame)
    /// Forgets what is on screen so the next `present` repaints everything (Ctrl-L, resume).
    func invalidate()
    /// Waits up to `timeoutMilliseconds` (nil: forever) for input; `.idle` when none came.
    func nextEvent(timeoutMilliseconds: Int?) -> InputEvent
    /// Puts text on the user's clipboard (OSC 52), where the terminal allows it.
    func copyToClipboard(_ text: String)
    /// Ctrl-Z: gives the terminal back to the shell, stops the process, and on resume sets the
    /// screen up again and repaints it whole.
    func suspend()
    /// The window is larger than the most tahaluf draws (`WindowSizeLimit` in the driver): `size`
    /// is the capped size, drawn at the top left.
    var isOversized: Bool { get }
}

extension TerminalDevice {
    package var isOversized: Bool { false }
}

/// A scripted terminal in memory: feed it events, read what the app presented.
///
/// ```swift
/// let term = HeadlessTerminal(size: Size(width: 80, height: 24), events: [.key(.char("q"))])
/// // run the app against `term`, then:
/// term.lastFrame?.rows
/// ```
package final class HeadlessTerminal: TerminalDevice {
    package private(set) var size: Size
    package private(set) var lastFrame: Frame?
    package private(set) var presentCount = 0
    package private(set) var clipboard: [String] = []
    private var events: [InputEvent]
    private var cursor = 0

    package init(size: Size, events: [InputEvent] = []) {
        self.size = size
        self.events = events
    }

    package func present(_ frame: Frame) {
        lastFrame = frame
        presentCount += 1
    }

    /// How many full redraws were asked for (Ctrl-L).
    package private(set) var invalidateCount = 0
    package func invalidate() { invalidateCount += 1 }

    /// The next scripted event; a `.resize` changes `size` as it is delivered. Once the script
    /// has run out it answers `.idle`, so a test scripts its own quit.
    package func nextEvent(timeoutMilliseconds: Int?) -> InputEvent {
        guard cursor < events.count else { return .idle }
        let event = events[cursor]
        cursor += 1
        if case .resize(let s) = event { size = s }
        return event
    }

    package func copyToClipboard(_ text: String) { clipboard.append(text) }

    package private(set) var suspendCount = 0
    package func suspend() { suspendCount += 1 }
}
