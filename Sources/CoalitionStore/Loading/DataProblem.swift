import SharedValues

/// One thing wrong with a data directory, located as precisely as the loader can.
///
/// Printed like a compiler diagnostic so editors can jump to it:
/// ```
/// events.json:41:7: record "ministerial-2022-marrakesh", field "date": impossible date "2022-02-30"
/// ```
public struct DataProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file name within the data directory (`events.json`).
    public var file: String
    /// 1-based line and column (in Unicode scalars) where the problem is; nil when it concerns the whole file.
    public var line: Int?
    public var column: Int?
    /// The record's id (`"ministerial-2022-marrakesh"`) or, when it has none, its position (`#3`).
    public var record: String?
    /// The field path inside the record (`date`, `title.ar`, `sources[0].source`).
    public var field: String?
    /// What is wrong, in plain words.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, record: String? = nil, field: String? = nil,
                message: String) {
        self.file = file; self.line = line; self.column = column
        self.record = record; self.field = field; self.message = message
    }

    /// The problem as one line that is safe to print on a terminal: whatever the data file holds,
    /// control characters and bidi overrides quoted from it are written as `\u{1B}`, never raw.
    public var description: String {
        var text = DataProblem.visible(file)
        if let line { text += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        text += ": "
        if let record { text += "record \(DataProblem.visible(record)), " }
        if let field { text += "field \"\(DataProblem.visible(field))\": " }
        return text + DataProblem.visible(message)
    }

    /// What the data holds, escaped for a terminal (`VisibleText`).
    static func visible(_ text: String) -> String { VisibleText.escaped(text) }
}

/// Everything wrong with a data directory. `Store.load` throws it instead of half-loading.
///
/// ```swift
/// do { _ = try Store.load(directory: path) } catch let error as DataLoadError {
///     for problem in error.problems { print(problem) }
/// }
/// ```
public struct DataLoadError: Error, Sendable, CustomStringConvertible {
    public var directory: String
    public var problems: [DataProblem]

    public init(directory: String, problems: [DataProblem]) {
        self.directory = directory
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "\(DataProblem.visible(directory)): \(count)\n" + problems.map(\.description).joined(separator: "\n")
    }
}
