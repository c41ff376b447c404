/// The punctuation the shell puts around data (bullets, dashes, quotation marks, separators):
/// typographic by default, plain ASCII for vt100-class terminals (`--ascii`).
///
/// ```swift
/// Marks.set(ascii: false).quoted("وعام 2022م في مراكش")   // "«وعام 2022م في مراكش»"
/// Marks.set(ascii: true).bullet                            // "*"
/// ```
struct Marks: Sendable {
    let bullet: String
    let dash: String
    let quoteOpen: String
    let quoteClose: String
    /// Between key hints in the status bar.
    let separator: String
    /// After the text typed in the search line.
    let cursor: String

    static let unicode = Marks(bullet: "•", dash: "—", quoteOpen: "«", quoteClose: "»", separator: "·", cursor: "▏")
    static let ascii = Marks(bullet: "*", dash: "-", quoteOpen: "\"", quoteClose: "\"", separator: "|", cursor: "_")

    static func set(ascii: Bool) -> Marks { ascii ? .ascii : .unicode }

    func quoted(_ text: String) -> String { quoteOpen + text + quoteClose }
}
