import CoalitionStore
import RTLText

/// Dates, citations and figure values as the panes and the dump write them, in the UI language.
///
/// ```swift
/// FactText.date(FactDate(year: 2014, month: 9, day: 10), language: .ar, months: .levant)  // "10 أيلول 2014"
/// FactText.date(FactDate(year: 2014, month: 9), language: .en, months: .levant)           // "September 2014"
/// ```
enum FactText {
    /// A date at its precision (day, month or year) in the user's digits: `DateFormat.full`.
    static func date(_ date: FactDate, language: Language, months: MonthStyle, digits: DigitStyle = .western) -> String {
        NumberFormat.localDigits(DateFormat.full(date, language: language, months: months), digits)
    }

    /// "US Department of State, 6 February 2019, 004_d9793a676d49900f.txt": outlet, date, seed file.
    static func citation(_ citation: Citation, store: Store, language: Language, months: MonthStyle,
                         digits: DigitStyle = .western) -> String {
        guard let source = store.source(citation.source) else { return citation.source }
        var parts = [source.outlet.text(language)]
        if let published = source.published {
            parts.append(date(published, language: language, months: months, digits: digits))
        } else {
            parts.append(source.dateNote?.text(language) ?? (language == .ar ? "بلا تاريخ" : "undated"))
        }
        parts.append(source.file ?? source.url ?? source.id)
        // Each part isolated: "002_fce….txt" stays in one piece in Arabic text (not "fce….txt_002"),
        // and a date's day number cannot join a Latin outlet's name.
        return parts.map(language.isolate).joined(separator: language == .ar ? "، " : ", ")
    }

    /// The observation a figure is best summed up by: the latest dated one, else the first.
    static func headline(_ figure: Figure) -> Observation? {
        figure.observations.filter { $0.asOf != nil }.max { $0.asOf! < $1.asOf! } ?? figure.observations.first
    }

    /// Dated observations in time order, measured like the headline: what a sparkline draws.
    static func series(_ figure: Figure) -> [Observation] {
        guard let headline = headline(figure) else { return [] }
        return figure.observations.filter { $0.asOf != nil && comparable($0.unit, headline.unit) }
            .sorted { $0.asOf! < $1.asOf! }
    }

    /// Whether two values can share a bar scale or a sparkline: money with money, shares with
    /// shares, areas with areas, and counts of anything (people, countries, strikes) with counts.
    static func comparable(_ a: Unit, _ b: Unit) -> Bool {
        func family(_ unit: Unit) -> Int {
            switch unit {
            case .usd: return 0
            case .percent: return 1
            case .squareMetres: return 2
            case .count, .people, .countries: return 3
            }
        }
        return family(a) == family(b)
    }

    /// The mark for a figure whose sources differ: "≠" (scope, conflict) or "↗" (a series over
    /// time, mirrored to "↖" in the Arabic UI where time runs leftwards); ASCII "!" and "~".
    static func mark(_ figure: Figure, language: Language, ascii: Bool) -> String? {
        guard let kind = figure.disagreement?.kind else { return nil }
        switch kind {
        case .conflict, .scope: return ascii ? "!" : "≠"
        case .series: return ascii ? "~" : (language == .ar ? "↖" : "↗")
        }
    }

    /// The theme's heading, as the detail view names it (`Strings.themeNames`).
    static func theme(_ theme: Theme, language: Language) -> String {
        Strings.for(language).themeNames[theme] ?? theme.rawValue
    }
}
