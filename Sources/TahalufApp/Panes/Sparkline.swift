import TerminalUI

/// A series as a row of one-cell bars (▁▂▃▄▅▆▇█), lowest value lowest, in time order from the
/// start edge: left to right in English, right to left in Arabic (as the timeline runs).
///
/// ```swift
/// Sparkline.line([79, 81, 82], direction: .ltr, ascii: false)   // "▁▆█"
/// Sparkline.line([79, 81, 82], direction: .rtl, ascii: false)   // "█▆▁"
/// ```
enum Sparkline {
    static func line(_ values: [Double], direction: LayoutDirection, ascii: Bool) -> String {
        guard let low = values.min(), let high = values.max() else { return "" }
        let levels = ascii ? asciiLevels : blockLevels
        let cells = values.map { v -> Character in
            guard high > low else { return levels[levels.count / 2] }
            return levels[Int(((v - low) / (high - low) * Double(levels.count - 1)).rounded())]
        }
        return String(direction == .rtl ? cells.reversed() : cells)
    }

    private static let blockLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let asciiLevels: [Character] = ["_", ".", "-", "=", "^"]
}
