import CoalitionStore

/// UI text added with the data-fidelity work (issue 13), kept out of `Strings.swift` so that
/// parallel branches do not collide on one table.
public struct DataFidelityStrings: Sendable {
    /// Section title in an event's detail for the countries named only as places (`Event.locations`).
    public let labelLocations: String

    public static let ar = DataFidelityStrings(labelLocations: "أماكن ذُكرت (لا أطراف في الحدث)")
    public static let en = DataFidelityStrings(labelLocations: "Places named (not parties to the event)")

    public static func `for`(_ language: Language) -> DataFidelityStrings { language == .ar ? ar : en }
}
