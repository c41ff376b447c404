/// A size in terminal cells.
package struct Size: Hashable, Sendable {
    package var width: Int
    package var height: Int
    package init(width: Int, height: Int) { self.width = width; self.height = height }
}

/// A rectangle of cells; x grows to the right, y downwards, as on screen.
package struct Rect: Hashable, Sendable {
    package var x: Int
    package var y: Int
    package var width: Int
    package var height: Int

    package init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }

    package var maxX: Int { x + width }
    package var maxY: Int { y + height }
    package var isEmpty: Bool { width <= 0 || height <= 0 }

    package func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The rectangle shrunk by `n` cells on every side (a border's inside).
    package func inset(_ n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
    }
}

/// Which way the UI reads. Arabic is right to left: the first pane, list alignment, scroll bars
/// and the status bar's start are on the right.
package enum LayoutDirection: Sendable, Hashable {
    case ltr, rtl
}
