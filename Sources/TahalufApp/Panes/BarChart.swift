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
