import CoalitionStore

/// UI text of the statistics pane, one table per language.
struct StatsStrings: Sendable {
    /// The pane's only line when the data holds no figures.
    let noFigures: String

    static let ar = StatsStrings(noFigures: "لا أرقام")
    static let en = StatsStrings(noFigures: "No figures")

    static func `for`(_ language: Language) -> StatsStrings { language == .ar ? ar : en }
}
