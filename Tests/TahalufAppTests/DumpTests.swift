import Testing
import CoalitionStore
import RTLText
@testable import TahalufApp

@Suite struct DumpTests {
    let store = PaneFixtures.store
    func dump(_ section: DumpSection, _ language: Language = .ar, width: Int = 60, visual: Bool,
              digits: DigitStyle = .western, store: Store = PaneFixtures.store) -> String {
        Dump.text(store: store, section: section, width: width,
                  config: AppConfig(language: language, text: TextOptions(digits: digits)), visual: visual)
    }
    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func logicalIsMemoryOrderOneItemPerLineUnpadded() {
        let out = dump(.timeline, visual: false)
        let rows = lines(out).filter { !$0.isEmpty }
        #expect(rows.count == 1 + store.eventsByDate.count)
        #expect(rows[0] == "# الخط الزمني")
        #expect(rows[1].hasPrefix("10 أيلول 2014 · أوباما يعلن تشكيل التحالف"))
        #expect(rows[3].hasPrefix("2022 · الاجتماع الوزاري في مراكش · مراكش"))
        #expect(!rows.contains { $0.hasPrefix(" ") || $0.hasSuffix(" ") })
    }

    @Test func visualRowsAreTheEngineRowsRightAlignedAtTheWidthInArabic() {
        let width = 40
        let out = lines(dump(.groups, width: width, visual: true)).filter { !$0.isEmpty }
        let engine = TextEngine()
        for row in out { #expect(engine.line(row, base: .ltr).width == width, "\(row)") }
        let logical = lines(dump(.groups, visual: false))[1]
        let expected = engine.wrap(logical, width: width, base: .rtl).map { row in
            String(repeating: " ", count: width - row.width) + row.string
        }
        #expect(Array(out[1...expected.count]) == expected)
    }

    @Test func englishVisualIsLeftAlignedWithinTheWidth() {
        let out = lines(dump(.stats, .en, width: 50, visual: true)).filter { !$0.isEmpty }
        #expect(out[0] == "# Statistics")
        for row in out { #expect(row.count <= 50) }
        let items = lines(dump(.stats, .en, visual: false)).filter { !$0.isEmpty }
        for item in items { #expect(out.contains { $0.hasPrefix(String(item.prefix(12))) }, "\(item)") }
    }

    @Test func everyItemCarriesItsSource() {
        for language in Language.allCases {
            let label = language == .ar ? "المصدر: " : "source: "
            for section in [DumpSection.timeline, .members, .groups, .stats] {
                let items = lines(dump(section, language, visual: false)).filter { !$0.isEmpty && !$0.hasPrefix("# ") }
                #expect(!items.isEmpty)
                for item in items { #expect(item.contains(label) && item.contains(".txt"), "\(section) \(item)") }
            }
        }
        let strikes = lines(dump(.stats, .en, visual: false)).first { $0.contains("Air strikes") }!
        #expect(strikes.contains("more than 33 thousand air strikes (February 2019, source: US Department of State, 6 February 2019, 004_d9793a676d49900f.txt)"))
        #expect(strikes.contains("35 thousand air strikes (8 September 2020, source: Al-Dostor, 8 September 2020, 000_895db97fb6067cf4.txt)"))
        #expect(strikes.contains("↗ Air strikes") && strikes.contains("sources differ: later count, not a conflict"))
    }

    @Test func membersListTheirGroupsAndAmounts() {
        let saudi = lines(dump(.members, .en, visual: false)).first { $0.hasPrefix("SAU ") }!
        #expect(saudi.contains("groups: CIFG (co-chair), Small Group"))
        #expect(saudi.contains("donation $100 million"))
        let iraq = lines(dump(.members, .ar, visual: false)).first { $0.hasPrefix("IRQ ") }!
        #expect(iraq.contains("ميدان العمليات"))
    }

    @Test func arabicDigitsInNumbersAndDatesButNotInFileNames() {
        let out = dump(.timeline, visual: false, digits: .arabic)
        #expect(out.contains("١٠ أيلول ٢٠١٤"))
        #expect(out.contains("002_fce76edd2a46ce5c.txt"))
    }

    @Test func allHasEverySection() {
        let out = dump(.all, .en, visual: false)
        for heading in ["# Timeline", "# Members", "# Working groups", "# Statistics"] { #expect(out.contains(heading + "\n")) }
    }

    @Test func dataTextIsSanitised() {
        var dataset = PaneFixtures.dataset
        dataset.events[0].title = Localized(ar: "عنوان\u{1B}[31m\u{202E}خبيث\u{1B}]0;pwned\u{07}\nسطر", en: "x\u{9B}y")
        let hostile = Store(dataset: dataset)
        for visual in [false, true] {
            let out = dump(.timeline, visual: visual, store: hostile)
            #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 || $0.value == 0x9B })
            #expect(!out.contains("pwned") && !out.contains("[31m"))
        }
        #expect(Dump.sanitised("a\u{1B}[31mb\u{202E}c\nd") == "abc d")
    }
}
