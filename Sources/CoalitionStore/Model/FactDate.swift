/// A calendar date known to a day, a month or a year, as the sources give it.
///
/// Stored in JSON as `"2014-09-10"`, `"2014-09"` or `"2014"`. Sorting puts a less precise
/// date before the more precise dates it contains ("2014" < "2014-09" < "2014-09-10").
public struct FactDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: String, Codable, Hashable, Sendable { case year, month, day }

    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else, including
    /// impossible dates such as `2019-02-30`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts[0].count == 4, let y = Int(parts[0]), y >= 1900, y <= 2100 else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), let m = month,
                  (1...FactDate.daysIn(month: m, year: y)).contains(d) else { return nil }
            day = d
        }
        self.init(year: y, month: month, day: day)
    }

    public var description: String {
        var s = String(year)
        if let m = month { s += "-" + (m < 10 ? "0" : "") + String(m) }
        if let d = day { s += "-" + (d < 10 ? "0" : "") + String(d) }
        return s
    }

    public static func < (a: FactDate, b: FactDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension FactDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = FactDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "impossible or malformed date \"\(text)\" (want YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
