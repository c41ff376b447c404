import CoalitionStore

/// UI text added with the data-fidelity work (issue 13), kept out of `Strings.swift` so that
/// parallel branches do not collide on one table.
package struct DataFidelityStrings: Sendable {
    /// Section title in an event's detail for the countries named only as places (`Event.locations`).
    package let labelLocations: String

    package static let ar = DataFidelityStrings(labelLocations: "أماكن ذُكرت (لا أطراف في الحدث)")
    package static let en = DataFidelityStrings(labelLocations: "Places named (not parties to the event)")

    package static func `for`(_ language: Language) -> DataFidelityStrings { language == .ar ? ar : en }
}
