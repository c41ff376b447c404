import CoalitionStore

/// Dates as the sources give them: to the day, the month or the year, never more precise than
/// known. Arabic month names follow the user's `--months` style (تشرين الأول or أكتوبر).
///
/// ```swift
/// let d = FactDate(year: 2014, month: 10)
/// DateFormat.full(d, language: .ar, months: .levant)   // "تشرين الأول 2014"
/// DateFormat.full(d, language: .ar, months: .gulf)     // "أكتوبر 2014"
/// DateFormat.withinYear(d, language: .en, months: .levant) // "Oct"
/// ```
package enum DateFormat {
    /// The whole date: "10 أيلول 2014", "أيلول 2014", "2014"; "10 September 2014" in English.
    /// A missing date reads "undated".
    package static func full(_ date: FactDate?, language: Language, months: MonthStyle) -> String {
        let s = Strings.for(language)
        guard let date else { return s.undated }
        var parts: [String] = []
        if let day = date.day { parts.append(String(day)) }
        if let m = date.month { parts.append(monthName(m, strings: s, months: months, short: false)) }
        parts.append(String(date.year))
        return parts.joined(separator: " ")
    }

    /// The date inside its year group (the year is in the group's header): "10 أيلول", "أيلول",
    /// and the year itself when only the year is known. English uses short month names.
    package static func withinYear(_ date: FactDate, language: Language, months: MonthStyle) -> String {
        let s = Strings.for(language)
        guard let m = date.month else { return String(date.year) }
        let name = monthName(m, strings: s, months: months, short: true)
        return date.day.map { "\($0) \(name)" } ?? name
    }

    /// The date with the inferred mark in front when the date is inferred: "~18 حزيران".
    package static func marked(_ text: String, inferred: Bool, language: Language) -> String {
        inferred ? Strings.for(language).inferredMark + text : text
    }

    /// The widest `withinYear` text (with the inferred mark), in characters: the timeline's date
    /// column. Characters bound the cells from above (shaping only merges lam-alef), so no text
    /// layout runs for it on every frame.
    package static func columnWidth(language: Language, months: MonthStyle) -> Int {
        let s = Strings.for(language)
        let longest = (1...12).map { monthName($0, strings: s, months: months, short: true).count }.max() ?? 4
        return max(4, longest + 3) + s.inferredMark.count
    }

    static func monthName(_ month: Int, strings s: Strings, months: MonthStyle, short: Bool) -> String {
        let table = short && !s.monthsShort.isEmpty ? s.monthsShort : (months == .gulf ? s.monthsGulf : s.monthsLevant)
        return table.indices.contains(month - 1) ? table[month - 1] : String(month)
    }
}
