import CoalitionStore
import Testing
@testable import TahalufApp

/// A figure's value and what it counts read as one phrase, in both languages, for every observation
/// of the bundled data: the unit's noun is never said twice ("3.2 million people people").
@Suite struct FigurePhraseTests {
    /// The unit's nouns as whole words, so "people" is not found inside "peoples'".
    static func nounCount(_ phrase: String, _ unit: Unit, _ language: Language) -> Int {
        let nouns = Set(FactText.unitNouns(unit, language))
        let words = phrase.split { !$0.isLetter }.map(String.init)
        return words.filter { nouns.contains($0) }.count
    }

    @Test(arguments: Language.allCases)
    func everyObservationNamesItsUnitOnce(language: Language) throws {
        let store = try BundledData.store()
        var checked = 0
        for figure in store.dataset.figures {
            for o in figure.observations {
                let phrase = FactText.phrase(o, language: language, separator: " · ")
                let counts = o.counts.text(language)
                checked += 1
                #expect(Self.nounCount(phrase, o.unit, language) <= max(1, Self.nounCount(counts, o.unit, language)),
                        "\(figure.id): \(phrase)")
                // Nothing of what is counted is lost: the phrase ends with the counts (or all but its noun).
                let tail = counts.split(separator: " ").dropFirst().joined(separator: " ")
                #expect(phrase.hasSuffix(tail), "\(figure.id): \(phrase)")
            }
        }
        #expect(checked > 70)
    }

    @Test func displacedIraqisReadOnceInEachLanguage() throws {
        let o = Observation(value: 3_200_000, qualifier: .moreThan, unit: .people, asOf: nil,
                            counts: Localized(ar: "أشخاص ساعد التحالف في عودتهم إلى ديارهم في العراق",
                                              en: "people the coalition helped return home in Iraq"),
                            source: Citation(source: "seed-000"))
        #expect(FactText.phrase(o, language: .en, separator: " · ")
                == "more than 3.2 million people the coalition helped return home in Iraq")
        #expect(FactText.phrase(o, language: .ar, separator: " · ")
                == "أكثر من 3.2 مليون شخص ساعد التحالف في عودتهم إلى ديارهم في العراق")
        let fighters = Observation(value: 10, qualifier: .moreThan, unit: .people, asOf: nil,
                                   counts: Localized(ar: "مقاتلو داعش المعتقلون", en: "Daesh fighters arrested"),
                                   source: Citation(source: "seed-001"))
        #expect(FactText.phrase(fighters, language: .en, separator: " · ") == "more than 10 Daesh fighters arrested")
        #expect(FactText.phrase(fighters, language: .ar, separator: " · ") == "أكثر من 10 أشخاص · مقاتلو داعش المعتقلون")
    }
}
