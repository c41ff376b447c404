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
            parts.append(source.dateNote?.text(language) ?? CitationStrings.for(language).undated)
        }
        parts.append(source.file ?? source.url ?? source.id)
        // Each part isolated: "002_fce….txt" stays in one piece in Arabic text (not "fce….txt_002"),
        // and a date's day number cannot join a Latin outlet's name.
        return parts.map(language.isolate).joined(separator: Strings.for(language).listSeparator)
    }

    /// An observation's value and what it counts as one phrase, without naming the unit twice
    /// ("more than 3.2 million people the coalition helped return home", not "… people people …").
    ///
    /// When `counts` opens with the unit's noun (people, countries; أشخاص، دول، بلدان), the value keeps
    /// its correctly inflected unit and the noun is not repeated ("أكثر من 3.2 مليون شخص ساعد…").
    /// Otherwise, in English, `counts` names what is counted right after the number ("more than 33
    /// thousand air strikes", "more than 10 Daesh fighters arrested"). Anything else keeps its unit
    /// and `separator` before `counts`: an Arabic noun after a number must agree with it ("79 عضواً"),
    /// which the data's plural `counts` ("أعضاء التحالف") cannot, so it stands apart as a label.
    static func phrase(_ observation: Observation, language: Language, digits: DigitStyle = .western,
                       separator: String) -> String {
        let value = NumberFormat.words(observation, language: language, digits: digits)
        let counts = observation.counts.text(language)
        guard !counts.isEmpty else { return value }
        for noun in unitNouns(observation.unit, language) where counts.hasPrefix(noun + " ") {
            return value + counts.dropFirst(noun.count)
        }
        switch (observation.unit, language) {
        case (.count, .en):
            return value + " " + counts
        case (.people, .en), (.countries, .en):
            return NumberFormat.words(observation.value, unit: .count, qualifier: observation.qualifier,
                                      language: language, digits: digits) + " " + counts
        default:
            return value + separator + counts
        }
    }

    /// The forms in which `counts` may open with the unit's own noun (`NumberStrings.UnitWords.nouns`).
    static func unitNouns(_ unit: Unit, _ language: Language) -> [String] {
        NumberStrings.for(language).words(unit)?.nouns ?? []
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
        // A symbol, not text: its direction follows the layout, so it stays here, not in a string table.
        case .series: return ascii ? "~" : (language == .ar ? "↖" : "↗")
        }
    }

    /// The theme's heading, as the detail view names it (`Strings.themeNames`).
    static func theme(_ theme: Theme, language: Language) -> String {
        Strings.for(language).themeNames[theme] ?? theme.rawValue
    }
}
