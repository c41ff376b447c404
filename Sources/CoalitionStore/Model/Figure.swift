/// A statistic as a series of observations. Sources disagree, and every version is kept.
///
/// ```json
/// {"id": "air-strikes", "theme": "military",
///  "title": {"ar": "الضربات الجوية", "en": "Air strikes"},
///  "observations": [
///    {"value": 33000, "qualifier": "more-than", "unit": "count", "asOf": "2019-02",
///     "counts": {"ar": "غارات جوية", "en": "air strikes"}, "source": {"source": "seed-004", "quote": "..."}},
///    {"value": 35000, "qualifier": "exact", "unit": "count", "asOf": "2020-09-08",
///     "counts": {"ar": "...", "en": "..."}, "source": {"source": "seed-000", "quote": "..."}}],
///  "disagreement": {"kind": "series", "reason": {"ar": "...", "en": "later count, not a conflict"}}}
/// ```
public struct Figure: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var theme: Theme
    public var title: Localized
    public var observations: [Observation]
    /// Present when observations differ: whether it is a time series, a different scope, or a conflict.
    public var disagreement: Disagreement?
    /// Member codes this figure is about (donors, hosts).
    public var members: [String]
    public var notes: [Localized]

    public init(id: String, theme: Theme, title: Localized, observations: [Observation],
                disagreement: Disagreement? = nil, members: [String] = [], notes: [Localized] = []) {
        self.id = id; self.theme = theme; self.title = title; self.observations = observations
        self.disagreement = disagreement; self.members = members; self.notes = notes
    }
}

public enum Theme: String, Codable, Hashable, Sendable, CaseIterable {
    case military, stabilisation
    case counterMessaging = "counter-messaging"
    case counterFinance = "counter-finance"
    case foreignFighters = "foreign-fighters"
    case membership
}

/// One reported value of a figure: what it counts, as of when, according to whom.
public struct Observation: Codable, Hashable, Sendable {
    public var value: Double
    public var qualifier: Qualifier
    public var unit: Unit
    /// The date the value holds for; nil when the source gives none.
    public var asOf: FactDate?
    /// What exactly is counted ("Iraqi security forces trained", "members and observers").
    public var counts: Localized
    public var source: Citation

    public init(value: Double, qualifier: Qualifier = .exact, unit: Unit, asOf: FactDate?, counts: Localized,
                source: Citation) {
        self.value = value; self.qualifier = qualifier; self.unit = unit; self.asOf = asOf
        self.counts = counts; self.source = source
    }
}

/// How the source states the value: "more than 33,000", "about 70", "at least 72".
public enum Qualifier: String, Codable, Hashable, Sendable, CaseIterable {
    case exact
    case moreThan = "more-than"
    case atLeast = "at-least"
    case about
}

/// What a number measures. Money is in US dollars.
public enum Unit: String, Codable, Hashable, Sendable, CaseIterable {
    case count, percent, people, countries, usd
    case squareMetres = "square-metres"
}

/// A monetary or counted amount attached to a role (Saudi Arabia's 100 M$ is `{"value": 100000000, "unit": "usd"}`):
/// values are stored whole; the UI chooses words (مليون, مليار) when it renders them.
public struct Amount: Codable, Hashable, Sendable {
    public var value: Double
    public var unit: Unit
    public init(value: Double, unit: Unit) { self.value = value; self.unit = unit }
}

/// Why a figure's observations differ.
public struct Disagreement: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// The values are the same measure at different dates (air strikes 33,000 then 35,000).
        case series
        /// The values count different things (190,000 of all forces vs 126,500 security forces).
        case scope
        /// The sources contradict each other (CIFG 40 vs 54 members).
        case conflict
    }
    public var kind: Kind
    public var reason: Localized
    public init(kind: Kind, reason: Localized) { self.kind = kind; self.reason = reason }
}
