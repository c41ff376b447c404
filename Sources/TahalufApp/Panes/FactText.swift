import CoalitionStore
import RTLText

/// Dates, citations and figure values as the panes and the dump write them, in the UI language.
///
/// ```swift
/// FactText.date(FactDate(year: 2014, month: 9, day: 10), language: .ar, months: .levant)  // "10 أيلول 2014"
/// FactText.date(FactDate(year: 2014, month: 9), language: .en, months: .levant)           // "September 2014"
/// ```
/// Kept small and internal; the shell's own date formatting (timeline) may replace it.
enum FactText {
    /// A date at its precision: day, month or year.
    static func date(_ date: FactDate, language: Language, months: MonthStyle, digits: DigitStyle = .western) -> String {
        var parts: [String] = []
        if let day = date.day { parts.append(String(day)) }
        if let month = date.month { parts.append(monthName(month, language: language, style: months)) }
        parts.append(String(date.year))
        return NumberFormat.localDigits(parts.joined(separator: " "), digits)
    }

    static func monthName(_ month: Int, language: Language, style: MonthStyle) -> String {
        let names: [String]
        switch (language, style) {
        case (.en, _): names = english
        case (.ar, .levant): names = levant
        case (.ar, .gulf): names = gulf
        }
        return names.indices.contains(month - 1) ? names[month - 1] : String(month)
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
        return parts.joined(separator: language == .ar ? "، " : ", ")
    }

    /// The observation a figure is best summed up by: the latest dated one, else the first.
    static func headline(_ figure: Figure) -> Observation? {
        figure.observations.filter { $0.asOf != nil }.max { $0.asOf! < $1.asOf! } ?? figure.observations.first
    }

    /// Dated observations in time order: what a sparkline draws.
    static func series(_ figure: Figure) -> [Observation] {
        figure.observations.filter { $0.asOf != nil }.sorted { $0.asOf! < $1.asOf! }
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

    /// The theme's heading.
    static func theme(_ theme: Theme, language: Language) -> String {
        let ar = language == .ar
        switch theme {
        case .military: return ar ? "العمليات العسكرية" : "Military"
        case .stabilisation: return ar ? "تحقيق الاستقرار" : "Stabilisation"
        case .counterMessaging: return ar ? "مواجهة الدعاية" : "Counter-messaging"
        case .counterFinance: return ar ? "مكافحة التمويل" : "Counter-finance"
        case .foreignFighters: return ar ? "المقاتلون الأجانب" : "Foreign fighters"
        case .membership: return ar ? "العضوية" : "Membership"
        }
    }

    private static let english = ["January", "February", "March", "April", "May", "June", "July", "August",
                                  "September", "October", "November", "December"]
    private static let levant = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                                 "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    private static let gulf = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
                               "أكتوبر", "نوفمبر", "ديسمبر"]
}
