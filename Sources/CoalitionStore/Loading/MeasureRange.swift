/// The values a unit admits, so `check` refuses what the display cannot show ("more than ∞
/// people", "-123,456,789%"). The bounds are far above any real figure and far below where
/// formatting breaks down.
struct MeasureRange {
    var lowest: Double
    var highest: Double
    var whole: Bool

    static func of(_ unit: Unit) -> MeasureRange {
        switch unit {
        case .count, .people: MeasureRange(lowest: 0, highest: 10_000_000_000, whole: true)
        case .countries: MeasureRange(lowest: 0, highest: 250, whole: true)
        case .percent: MeasureRange(lowest: 0, highest: 100, whole: false)
        case .usd: MeasureRange(lowest: 0, highest: 100_000_000_000_000, whole: false)      // 10^14: world GDP
        case .squareMetres: MeasureRange(lowest: 0, highest: 510_000_000_000_000, whole: false)  // Earth's surface
        }
    }

    func admits(_ value: Double) -> Bool {
        value.isFinite && value >= lowest && value <= highest && (!whole || value == value.rounded())
    }

    /// "a whole number from 0 to 10000000000".
    var description: String {
        "\(whole ? "a whole number" : "a number") from \(JSONWriter.number(lowest)) to \(JSONWriter.number(highest))"
    }
}
