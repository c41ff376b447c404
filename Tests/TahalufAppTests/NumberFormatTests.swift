import Testing
import CoalitionStore
@testable import TahalufApp

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (100_000_000.0, Unit.usd, Qualifier.exact, "100 مليون دولار", "$100 million"),
        (33_000, .count, .moreThan, "أكثر من 33 ألف", "more than 33 thousand"),
        (1_200_000, .count, .exact, "1.2 مليون", "1.2 million"),
        (35_000, .count, .exact, "35 ألف", "35 thousand"),
        (126_500, .people, .exact, "126.5 ألف شخص", "126.5 thousand people"),
        (20_000_000_000, .usd, .moreThan, "أكثر من 20 مليار دولار", "more than $20 billion"),
        (5_000_000, .people, .exact, "5 ملايين شخص", "5 million people"),
        (3_000, .count, .exact, "3,000", "3,000"),
        (2_500, .count, .exact, "2,500", "2,500"),
        (70, .countries, .about, "حوالي 70 دولة", "about 70 countries"),
        (72, .count, .atLeast, "72 على الأقل", "at least 72"),
        (1, .countries, .exact, "1 دولة", "1 country"),
        (10, .people, .moreThan, "أكثر من 10 أشخاص", "more than 10 people"),
        (4, .countries, .exact, "4 دول", "4 countries"),
        (11, .countries, .exact, "11 دولة", "11 countries"),
        (1_000_000_000, .usd, .moreThan, "أكثر من مليار دولار", "more than $1 billion"),
        (1_000_000, .people, .exact, "مليون شخص", "1 million people"),
        (95, .percent, .exact, "\u{061C}95٪", "95%"),
        (-85, .percent, .exact, "\u{061C}-85٪", "-85%"),
        (24_500_000, .squareMetres, .exact, "24.5 مليون متر مربع", "24.5 million square metres"),
        (12_345, .count, .exact, "12,345", "12,345"),
        (1_250_000_000, .usd, .exact, "1,250 مليون دولار", "$1,250 million"),
    ])
    func wordsInBothLanguages(value: Double, unit: Unit, qualifier: Qualifier, ar: String, en: String) {
        #expect(NumberFormat.words(value, unit: unit, qualifier: qualifier, language: .ar) == ar)
        #expect(NumberFormat.words(value, unit: unit, qualifier: qualifier, language: .en) == en)
    }

    @Test func arabicIndicDigitsAndSeparators() {
        #expect(NumberFormat.grouped(33_000, digits: .arabic) == "٣٣٬٠٠٠")
        #expect(NumberFormat.grouped(33_000) == "33,000")
        #expect(NumberFormat.grouped(999) == "999")
        #expect(NumberFormat.grouped(1_000_000) == "1,000,000")
        #expect(NumberFormat.grouped(-4_200) == "-4,200")
        #expect(NumberFormat.words(1_200_000, unit: .count, language: .ar, digits: .arabic) == "١٫٢ مليون")
        #expect(NumberFormat.words(100_000_000, unit: .usd, language: .ar, digits: .arabic) == "١٠٠ مليون دولار")
        #expect(NumberFormat.words(95, unit: .percent, language: .ar, digits: .arabic) == "\u{061C}٩٥٪")
        #expect(NumberFormat.localDigits("2014-09", .arabic) == "٢٠١٤-٠٩")
        #expect(NumberFormat.localDigits("2014", .western) == "2014")
    }

    @Test func decimalsDropTrailingZerosAndRound() {
        #expect(NumberFormat.decimal(24.5, maxFraction: 2) == "24.5")
        #expect(NumberFormat.decimal(1.25, maxFraction: 2) == "1.25")
        #expect(NumberFormat.decimal(2.0, maxFraction: 2) == "2")
        #expect(NumberFormat.decimal(0.004, maxFraction: 2) == "0")
        #expect(NumberFormat.decimal(1_234.567, maxFraction: 1) == "1,234.6")
        #expect(NumberFormat.decimal(.infinity, maxFraction: 1) == "∞")
    }

    @Test func observationsAndAmounts() {
        let observation = PaneFixtures.figures[0].observations[0]
        #expect(NumberFormat.words(observation, language: .en) == "more than 33 thousand")
        #expect(NumberFormat.words(Amount(value: 100_000_000, unit: .usd), language: .ar) == "100 مليون دولار")
    }
}
