import CoalitionStore
import RTLText

/// Numbers as people write them in each UI language: large values in words (ألف، مليون، مليار;
/// thousand, million, billion), the source's qualifier, the unit, and the user's digits.
///
/// Values are stored whole in the data set (Saudi Arabia's 100 M$ is `100000000`); this is the one
/// place that chooses words for them, so the panes, the detail and the dump agree.
///
/// ```swift
/// NumberFormat.words(100_000_000, unit: .usd, language: .ar)                 // "100 مليون دولار"
/// NumberFormat.words(33_000, unit: .count, qualifier: .moreThan, language: .en) // "more than 33 thousand"
/// NumberFormat.grouped(33_000, digits: .arabic)                               // "٣٣٬٠٠٠"
/// ```
///
/// Digits are chosen here rather than left to the text engine because the separators change with
/// them (33,000 but ٣٣٬٠٠٠; 1.2 but ١٫٢), which a digit-by-digit mapping cannot know.
package enum NumberFormat {
    /// A value with its qualifier and unit, in words.
    package static func words(_ value: Double, unit: Unit, qualifier: Qualifier = .exact, language: Language,
                             digits: DigitStyle = .western) -> String {
        let number: String
        switch (unit, language) {
        case (.percent, .en): number = decimal(value, maxFraction: 1, digits: digits) + "%"
        // The Arabic letter mark makes the digits Arabic numbers for the bidi algorithm, so the sign
        // lands on the same side (٪95 on screen) whether the value opens a line or follows words.
        case (.percent, .ar): number = "\u{061C}" + decimal(value, maxFraction: 1, digits: digits) + "٪"
        default: number = scaled(value, language: language, digits: digits)
        }
        let words = NumberStrings.for(language)
        var text: String
        if unit == .usd, let sign = words.dollarSign {
            text = value < 0 ? "-" + sign + number.dropFirst() : sign + number
        } else {
            let name = unitName(unit, value: value, language: language)
            text = name.isEmpty ? number : number + " " + name
        }
        switch qualifier {
        case .exact: break
        case .moreThan: text = words.moreThan(text)
        case .about: text = words.about(text)
        case .atLeast: text = words.atLeast(text)
        }
        return text
    }

    /// An observation's value in words.
    package static func words(_ observation: Observation, language: Language, digits: DigitStyle = .western) -> String {
        words(observation.value, unit: observation.unit, qualifier: observation.qualifier, language: language,
              digits: digits)
    }

    /// A role's amount in words ("100 مليون دولار").
    package static func words(_ amount: Amount, language: Language, digits: DigitStyle = .western) -> String {
        words(amount.value, unit: amount.unit, language: language, digits: digits)
    }

    /// A number with a scale word when it is large enough and reads exactly with at most one decimal:
    /// 35,000 → "35 ألف", 1,200,000 → "1.2 million", 126,500 → "126.5 thousand", 1e9 → "مليار";
    /// otherwise grouped digits (2,500; 12,345).
    package static func scaled(_ value: Double, language: Language, digits: DigitStyle = .western) -> String {
        let magnitude = abs(value)
        let words = NumberStrings.for(language)
        let scales = [(1e9, words.billion), (1e6, words.million), (1e3, words.thousand)]
        for (size, scale) in scales where magnitude >= size && (size > 1e3 || magnitude >= 10_000) {
            let tenths = (magnitude / size * 10).rounded()
            guard abs(tenths * size / 10 - magnitude) < 0.5 else { continue }
            let sign = value < 0 ? "-" : ""
            let word = form(scale, count: tenths / 10, language: language)
            // Arabic says one of a scale with the noun alone: "مليار دولار", not "1 مليار دولار".
            if language == .ar && tenths == 10 { return sign + word }
            return sign + decimal(tenths / 10, maxFraction: 1, digits: digits) + " " + word
        }
        return decimal(value, maxFraction: 2, digits: digits)
    }

    /// Whole digits grouped by thousands: 33000 → "33,000" (western) or "٣٣٬٠٠٠" (Arabic-Indic).
    package static func grouped(_ value: Int, digits: DigitStyle = .western) -> String {
        let plain = String(value.magnitude)
        var out = ""
        for (i, ch) in plain.enumerated() {
            if i > 0 && (plain.count - i) % 3 == 0 { out.append(digits == .arabic ? "٬" : ",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + localDigits(out, digits)
    }

    /// A number with grouping and up to `maxFraction` decimals, trailing zeros dropped:
    /// 1.25 → "1.25", 24.5 → "24.5", 2500 → "2,500".
    package static func decimal(_ value: Double, maxFraction: Int, digits: DigitStyle = .western) -> String {
        var scale = 1.0
        for _ in 0..<max(0, maxFraction) { scale *= 10 }
        let scaledValue = (abs(value) * scale).rounded()
        guard scaledValue < 9e15 else { return value < 0 ? "-∞" : "∞" }
        let units = Int(scaledValue)
        let whole = units / Int(scale)
        var fraction = String(units % Int(scale))
        if maxFraction > 0 {
            fraction = String(repeating: "0", count: maxFraction - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        } else {
            fraction = ""
        }
        var text = grouped(whole, digits: digits)
        if !fraction.isEmpty { text += (digits == .arabic ? "٫" : ".") + localDigits(fraction, digits) }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// Replaces western digits with Arabic-Indic ones (٠١٢٣٤٥٦٧٨٩) when asked; leaves the rest alone.
    package static func localDigits(_ text: String, _ digits: DigitStyle) -> String {
        guard digits == .arabic else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x30 && scalar.value <= 0x39, let arabic = Unicode.Scalar(scalar.value - 0x30 + 0x660) {
                out.unicodeScalars.append(arabic)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The unit in words; empty for plain counts and percentages (the figure says what is counted).
    static func unitName(_ unit: Unit, value: Double, language: Language) -> String {
        NumberStrings.for(language).words(unit).map { form($0.name, count: value, language: language) } ?? ""
    }

    /// The form of a noun after `count`: Arabic counts three to ten things with the plural (10 أشخاص)
    /// and other numbers with the singular; English uses the singular for one only.
    static func form(_ forms: NumberStrings.Forms, count: Double, language: Language) -> String {
        let size = abs(count)
        switch language {
        case .ar: return (3...10).contains(size) && size.rounded() == size ? forms.few : size == 1 ? forms.one : forms.other
        case .en: return size == 1 ? forms.one : forms.other
        }
    }
}
