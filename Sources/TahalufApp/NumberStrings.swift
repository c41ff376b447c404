import CoalitionStore

/// The words numbers are written with, one table per language: scale words, qualifiers, unit
/// names, and the nouns a figure's own text may name its unit with. Which form a count takes (the
/// grammar) is `NumberFormat`'s; the forms themselves are here.
///
/// ```swift
/// NumberStrings.ar.million.few        // "ملايين" (5 ملايين)
/// NumberStrings.en.atLeast("10")      // "at least 10"
/// ```
package struct NumberStrings: Sendable {
    /// A noun's forms by the count before it (`NumberFormat.form`): `one` for 1, `few` for 3 to 10
    /// in Arabic (which counts them with the plural), `other` for the rest.
    package struct Forms: Sendable {
        package let one: String, few: String, other: String

        package init(one: String, few: String, other: String) { (self.one, self.few, self.other) = (one, few, other) }

        /// English: a singular and a plural.
        package init(one: String, other: String) { self.init(one: one, few: other, other: other) }

        /// A word that does not change with the count.
        package init(_ word: String) { self.init(one: word, few: word, other: word) }
    }

    /// A unit: its name after a number, and the forms in which a figure's `counts` text may open
    /// with it (`FactText.phrase` then does not name it twice).
    package struct UnitWords: Sendable {
        package let name: Forms
        package let nouns: [String]
    }

    package let thousand: Forms, million: Forms, billion: Forms
    /// The source's qualifier put around a value: "more than 33 thousand", "33 ألف على الأقل".
    package let moreThan: @Sendable (String) -> String
    package let about: @Sendable (String) -> String
    package let atLeast: @Sendable (String) -> String
    /// Written before the number instead of naming the unit after it ("$100 million"); nil: named.
    package let dollarSign: String?
    package let usd: UnitWords, people: UnitWords, countries: UnitWords, squareMetres: UnitWords

    package static func `for`(_ language: Language) -> NumberStrings { language == .ar ? ar : en }

    /// The unit's words; nil for plain counts and percentages (the figure says what is counted).
    package func words(_ unit: Unit) -> UnitWords? {
        switch unit {
        case .count, .percent: nil
        case .usd: usd
        case .people: people
        case .countries: countries
        case .squareMetres: squareMetres
        }
    }

    package static let ar = NumberStrings(
        thousand: Forms(one: "ألف", few: "آلاف", other: "ألف"),
        million: Forms(one: "مليون", few: "ملايين", other: "مليون"),
        billion: Forms(one: "مليار", few: "مليارات", other: "مليار"),
        moreThan: { "أكثر من " + $0 },
        about: { "حوالي " + $0 },
        atLeast: { $0 + " على الأقل" },
        dollarSign: nil,
        usd: UnitWords(name: Forms(one: "دولار", few: "دولارات", other: "دولار"), nouns: []),
        people: UnitWords(name: Forms(one: "شخص", few: "أشخاص", other: "شخص"), nouns: ["الأشخاص", "أشخاص", "شخص"]),
        countries: UnitWords(name: Forms(one: "دولة", few: "دول", other: "دولة"),
                             nouns: ["الدول", "الدولة", "البلدان", "دول", "دولة", "بلدان", "بلداً"]),
        squareMetres: UnitWords(name: Forms(one: "متر مربع", few: "أمتار مربعة", other: "متر مربع"), nouns: [])
    )

    package static let en = NumberStrings(
        thousand: Forms("thousand"),
        million: Forms("million"),
        billion: Forms("billion"),
        moreThan: { "more than " + $0 },
        about: { "about " + $0 },
        atLeast: { "at least " + $0 },
        dollarSign: "$",
        usd: UnitWords(name: Forms(one: "US dollar", other: "US dollars"), nouns: []),
        people: UnitWords(name: Forms(one: "person", other: "people"), nouns: ["people", "persons", "person"]),
        countries: UnitWords(name: Forms(one: "country", other: "countries"), nouns: ["countries", "country"]),
        squareMetres: UnitWords(name: Forms(one: "square metre", other: "square metres"), nouns: [])
    )
}
