/// A key the user pressed, already decoded by the driver.
package enum Key: Hashable, Sendable {
    case char(Character)
    /// Ctrl plus a letter, lower-case: Ctrl-L is `.ctrl("l")`.
    case ctrl(Character)
    /// Alt (Meta) plus a printable character, which terminals send as Esc then the character:
    /// Alt-B is `.alt("b")`. Alt with a keypad key comes as an escape sequence terminfo names
    /// (`.altLeft`, `.altRight`), never as `.alt`.
    case alt(Character)
    case up, down, left, right
    /// Alt-Left and Alt-Right: Back and Forward, as in web browsers.
    case altLeft, altRight
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    case function(Int)
}

package enum MouseButton: Hashable, Sendable { case left, middle, right, wheelUp, wheelDown }

/// A mouse report at a cell.
package struct MouseEvent: Hashable, Sendable {
    package enum Kind: Hashable, Sendable { case press, release, click, doubleClick }
    package var x: Int
    package var y: Int
    package var button: MouseButton
    package var kind: Kind

    package init(x: Int, y: Int, button: MouseButton, kind: Kind = .click) {
        self.x = x; self.y = y; self.button = button; self.kind = kind
    }
}

/// Everything that reaches the app from the terminal.
package enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// No input within the wait: lets idle timers (kiosk attract loop) run.
    case idle
}
