import TerminalUI

/// Horizontal bars in block characters that grow from the start edge of the UI: from the left in
/// English (left-aligned eighth blocks ▏▎▍▌▋▊▉█), from the right in Arabic, where Unicode has
/// only the right half and right eighth blocks (▐ ▕), so the bar's tip is drawn to a quarter cell.
///
/// The result is the filled part only, as it reads on screen from left to right: draw it
/// left-aligned in LTR and right-aligned in RTL.
///
/// ```swift
/// BarChart.bar(fraction: 0.5, width: 5, direction: .ltr, ascii: false)   // "██▌"
/// BarChart.bar(fraction: 0.5, width: 5, direction: .rtl, ascii: false)   // "▐██"
/// BarChart.bar(fraction: 0.5, width: 5, direction: .ltr, ascii: true)    // "###" (rounded)
/// ```
enum BarChart {
    static func bar(fraction: Double, width: Int, direction: LayoutDirection, ascii: Bool) -> String {
        guard width > 0, fraction.isFinite, fraction > 0 else { return "" }
        let f = min(1, fraction)
        if ascii {
            return String(repeating: "#", count: max(1, Int((f * Double(width)).rounded())))
        }
        let eighths = max(1, Int((f * Double(width) * 8).rounded()))
        let full = String(repeating: "█", count: eighths / 8)
        let rest = eighths % 8
        switch direction {
        case .ltr:
            return full + (rest == 0 ? "" : String(leftEighths[rest]))
        case .rtl:
            let tip: String
            switch rest {
            case 0: tip = ""
            case 1, 2: tip = "▕"
            case 3, 4, 5: tip = "▐"
            default: tip = "█"
            }
            return tip + full
        }
    }

    private static let leftEighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
}

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
