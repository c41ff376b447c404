import CoalitionStore

/// Numbers in the detail view, with their qualifier and unit in words: "أكثر من 33,000",
/// "100,000,000 دولار". Plain grouping of thousands; the statistics pane has the compact
/// words (ألف، مليون، مليار).
enum AmountText {
    static func amount(_ value: Double, unit: CoalitionStore.Unit, strings: Strings) -> String {
        let number = grouped(value)
        let unitName = strings.unitNames[unit] ?? ""
        if unit == .percent { return number + unitName }
        return unitName.isEmpty ? number : number + " " + unitName
    }

    static func observation(_ o: Observation, strings: Strings, language: Language, months: MonthStyle) -> String {
        let qualifier = strings.qualifierNames[o.qualifier] ?? ""
        let value = amount(o.value, unit: o.unit, strings: strings)
        return qualifier.isEmpty ? value : qualifier + " " + value
    }

    /// 35000 → "35,000"; 2.5 → "2.5".
    static func grouped(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "?" }
        let whole = value.rounded(.towardZero)
        var digits = String(Int64(abs(whole)))
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        out = (value < 0 ? "-" : "") + digits + out
        let cents = Int((abs(value - whole) * 100).rounded())
        if cents > 0, cents < 100 {
            out += "." + (cents < 10 ? "0" : "") + String(cents)
            while out.hasSuffix("0") { out.removeLast() }
        }
        return out
    }
}
