import CoalitionStore
import TerminalUI

/// UI text about the terminal itself, one table per language (with `Strings`, the only home of
/// text on screen that is not data).
struct TerminalStrings: Sendable {
    /// The window is larger than what tahaluf draws; `size` is what it draws.
    let windowOversized: @Sendable (_ size: Size) -> String

    static func `for`(_ language: Language) -> TerminalStrings { language == .ar ? ar : en }

    static let ar = TerminalStrings(
        windowOversized: { "النافذة أكبر من أقصى ما يُرسم: \($0.width)×\($0.height) في أعلاها" })

    static let en = TerminalStrings(
        windowOversized: { "Window larger than the most drawn: \($0.width)x\($0.height) at its top left" })
}
