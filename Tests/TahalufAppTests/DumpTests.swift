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
        #expect(rows[1].hasPrefix("10 أيلول 2014 · التأسيس · أوباما يعلن تشكيل التحالف"))
        #expect(rows[3].hasPrefix("2022 · اجتماع وزاري · الاجتماع الوزاري في مراكش · مراكش"))
        #expect(!rows.contains { $0.hasPrefix(" ") || $0.hasSuffix(" ") })
    }

    @Test func visualRowsAreTheEngineRowsRightAlignedAtTheWidthInArabic() {
        let width = 40
        let out = lines(dump(.groups, width: width, visual: true)).filter { !$0.isEmpty }
        // The fixture's group text has no combining marks or wide characters: one scalar, one cell.
        for row in out { #expect(row.unicodeScalars.count == width, "\(row)") }
        let engine = TextEngine()
        // The items as laid out: each field isolated (the plain dump has no isolates).
        let context = PaneContext(store: store, config: AppConfig(language: .ar))
        let paragraphs = ["# " + Dump.heading(.groups, .ar)] + Dump.items(.groups, context: context)
        let expected = paragraphs.flatMap { logical in
            engine.wrap(logical, width: width, base: .rtl).map { String(repeating: " ", count: width - $0.width) + $0.string }
        }
        #expect(out == expected)
        // A seed file name stays whole in Arabic rows (without isolation it read "fce….txt_002").
        #expect(out.contains { $0.hasSuffix(" 002_fce76edd2a46ce5c.txt") })
        #expect(!out.contains { $0.contains("txt_002") })
        #expect(out[0] == String(repeating: " ", count: width - 15) + engine.line("# مجموعات العمل", base: .rtl).string)
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
        #expect(saudi.contains("US$100 million for north-east Syria (source: US Department of State, 6 February 2019, 004_d9793a676d49900f.txt)"))
        let groups = lines(dump(.groups, .en, visual: false)).first { $0.hasPrefix("Counter-ISIS") }!
        #expect(groups.contains("≠ CIFG members: 40 countries"))
        let iraq = lines(dump(.members, .ar, visual: false)).first { $0.hasPrefix("IRQ ") }!
        #expect(iraq.contains("ميدان العمليات"))
    }

    @Test func membersHaveRegionAndJoinDateAndSortLikeTheTable() {
        let en = lines(dump(.members, .en, visual: false)).filter { !$0.isEmpty && !$0.hasPrefix("# ") }
        let bfa = en.first { $0.hasPrefix("BFA ") }!
        #expect(bfa.hasPrefix("BFA · Burkina Faso · region: Sub-Saharan Africa · joined: "))
        let france = en.first { $0.hasPrefix("FRA ") }!
        #expect(france.contains("region: Europe · joined: undated"))
        let ar = lines(dump(.members, .ar, visual: false)).first { $0.hasPrefix("FRA ") }!
        #expect(ar.contains("المنطقة: أوروبا") && ar.contains("انضم: غير مؤرخ"))

        func codes(_ sort: MemberSort) -> [String] {
            let out = Dump.text(store: store, section: .members, width: 80, config: AppConfig(language: .en), visual: false,
                                memberOrder: sort)
            return lines(out).filter { !$0.isEmpty && !$0.hasPrefix("# ") }.map { String($0.prefix { $0 != " " }) }
        }
        let context = PaneContext(store: store, config: AppConfig(language: .en))
        for column in [MemberColumn.name, .joined, .region] {
            #expect(codes(MemberSort(column: column)) == MembersTable.rows(sort: MemberSort(column: column), context: context).map(\.code))
        }
        let joined = codes(MemberSort(column: .joined)).compactMap { store.member($0)?.joined }
        #expect(joined == joined.sorted() && !joined.isEmpty)
    }

    @Test func arabicDigitsInNumbersAndDatesButNotInFileNames() {
        let out = dump(.timeline, visual: false, digits: .arabic)
        #expect(out.contains("١٠ أيلول ٢٠١٤"))
        #expect(out.contains("002_fce76edd2a46ce5c.txt"))   // kept whole, in western digits
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
    }
}

@Suite struct DumpBundledDataTests {
    let store = PaneFixtures.bundled

    @Test func everyBundledItemCarriesASource() {
        for language in Language.allCases {
            let out = Dump.text(store: store, section: .all, width: 80, config: AppConfig(language: language), visual: false)
            let items = out.split(separator: "\n").filter { !$0.hasPrefix("# ") }
            #expect(items.count == store.dataset.events.count + 87 + store.dataset.groups.count + store.dataset.figures.count)
            let label = language == .ar ? "المصدر: " : "source: "
            // A seed file, a public source's URL, or the data set's explicit "unverified" source (Taiwan).
            for item in items {
                #expect(item.contains(label) && (item.contains(".txt") || item.contains("http") || item.hasSuffix("unverified")),
                        "\(item)")
            }
        }
        let ar = Dump.text(store: store, section: .timeline, width: 80, config: AppConfig(language: .ar), visual: false)
        #expect(ar.contains("مراكش"))
    }
}
