import CoalitionStore

/// A deterministic, valid, bilingual dataset of any size, for tests and benchmarks: events that
/// read like a researcher's own incident lists (strike reports, clearance operations, returns of
/// the displaced, seized funds, meetings; `SyntheticText`), 1–4 members and 1–2 quoted sources each;
/// members with unique codes and tiles; groups with co-chairs; figures with observations.
///
/// ```swift
/// let dataset = SyntheticData.make(events: 100_000, members: 10_000, seed: 42)
/// let store = Store(dataset: dataset)
/// ```
package enum SyntheticData {
    package static func make(events eventCount: Int, members memberCount: Int, seed: UInt64) -> Dataset {
        var generator = SyntheticGenerator(members: memberCount, seed: seed)
        let events = (0..<eventCount).map { generator.event($0) }
        return Dataset(sources: generator.sources, events: events, members: generator.members,
                       groups: generator.groups, figures: generator.figures)
    }

    /// `AAA`, `AAB`, ... for the first 17,576 members (states); `XAAAAA`... (organisations) beyond.
    static func memberCode(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var value = index < 17_576 ? index : index - 17_576
        var code = ""
        for _ in 0..<(index < 17_576 ? 3 : 5) {
            code = String(letters[value % 26]) + code
            value /= 26
        }
        return index < 17_576 ? code : "X" + code
    }

    /// The days of a month (the store's own rule is internal to it; dates here must be valid).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func arabicNumber(_ n: Int) -> String {
        String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0x0660)!) })
    }

    static let names: [(ar: String, en: String)] = [
        ("المغرب", "Morocco"), ("السعودية", "Saudi Arabia"), ("الإمارات", "United Arab Emirates"), ("ألمانيا", "Germany"),
        ("إيطاليا", "Italy"), ("هولندا", "Netherlands"), ("تركيا", "Türkiye"), ("النيجر", "Niger"), ("فرنسا", "France"),
        ("اليابان", "Japan"), ("كندا", "Canada"), ("البرازيل", "Brazil"), ("العراق", "Iraq"), ("الأردن", "Jordan"),
        ("المملكة المتحدة", "United Kingdom"), ("الولايات المتحدة", "United States"), ("أستراليا", "Australia"),
        ("الدنمارك", "Denmark"), ("النرويج", "Norway"), ("نيجيريا", "Nigeria"), ("تشاد", "Chad"), ("مالي", "Mali"),
        ("الكويت", "Kuwait"), ("قطر", "Qatar"), ("البحرين", "Bahrain"), ("مصر", "Egypt"), ("تونس", "Tunisia"),
        ("إسبانيا", "Spain"), ("بلجيكا", "Belgium"), ("كوريا الجنوبية", "South Korea"),
    ]
}

/// The synthetic data set one event at a time: sources, members, groups and figures are made up
/// front (they are few), events on demand, so a writer can stream a million of them with bounded
/// memory (`SyntheticDataWriter`). `SyntheticData.make` is this with every event collected.
///
/// ```swift
/// var generator = SyntheticGenerator(members: 1_000, seed: 42)
/// let first = generator.event(0)   // the same event on every run, for the same seed and order
/// ```
package struct SyntheticGenerator {
    package let sources: [Source]
    package let members: [Member]
    package let groups: [WorkingGroup]
    package let figures: [Figure]
    private var random: SplitMix64
    private let codes: [String]
    /// `SyntheticText.templates` indexes, each repeated by its weight: one draw picks a template.
    private let templateDraw: [Int]

    package init(members memberCount: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let sources = SyntheticGenerator.makeSources()
        func cite() -> [Citation] { [Citation(source: sources[random.below(sources.count)].id)] }

        let names = SyntheticData.names
        let members = (0..<max(memberCount, 1)).map { i -> Member in
            let code = SyntheticData.memberCode(i)
            let stem = names[i % names.count]
            let nameAr = i < names.count ? stem.ar : stem.ar + " " + SyntheticData.arabicNumber(i / names.count)
            let nameEn = i < names.count ? stem.en : stem.en + " \(i / names.count)"
            var roles: [Role] = []
            if random.below(10) == 0 {
                roles.append(Role(kind: .donor, text: Localized(ar: "تبرّع لدعم الاستقرار", en: "Donation to stabilisation"),
                                  amount: Amount(value: Double(1 + random.below(100)) * 1_000_000, unit: .usd),
                                  sources: cite()))
            }
            return Member(code: code, kind: code.count == 3 ? .state : .organisation,
                          name: Localized(ar: nameAr, en: nameEn), region: Region.allCases[random.below(Region.allCases.count)],
                          joined: random.below(3) == 0 ? FactDate(year: 2014 + random.below(8)) : nil,
                          tile: Tile(x: i % 250 + 1, y: i / 250 + 1), roles: roles, sources: cite())
        }
        let codes = members.map(\.code)
        func someMembers(_ count: Int) -> [String] {
            var picked: [String] = []
            for _ in 0..<count {
                let code = codes[random.below(codes.count)]
                if !picked.contains(code) { picked.append(code) }
            }
            return picked
        }

        let topics = SyntheticText.topics
        let figures = (0..<20).map { i -> Figure in
            let observations = (0...random.below(3)).map { j in
                Observation(value: Double(1000 * (i + 1) + 500 * j), qualifier: j == 0 ? .exact : .moreThan, unit: .count,
                            asOf: FactDate(year: 2015 + j, month: 1 + i % 12), counts: Localized(ar: "غارات جوية", en: "air strikes"),
                            source: Citation(source: sources[(i + j) % sources.count].id, quote: "أكثر من \(1000 * (i + 1))"))
            }
            return Figure(id: "figure-\(i)", theme: Theme.allCases[i % Theme.allCases.count],
                          title: Localized(ar: "مؤشر \(SyntheticData.arabicNumber(i))", en: "Indicator \(i)"), observations: observations,
                          disagreement: observations.count > 1
                              ? Disagreement(kind: .series, reason: Localized(ar: "قيم لاحقة", en: "later values")) : nil,
                          members: someMembers(1))
        }

        let groups = (0..<max(5, memberCount / 500)).map { i -> WorkingGroup in
            let topic = topics[i % topics.count]
            let suffix = i < topics.count ? "" : " \(i / topics.count)"
            return WorkingGroup(id: "group-\(i)", kind: i == 0 ? .smallGroup : .workingGroup,
                                name: Localized(ar: "مجموعة " + topic.ar + suffix, en: topic.en.capitalisedFirst + " group" + suffix),
                                short: Localized(ar: topic.ar, en: String(topic.en.prefix(8))), coChairs: someMembers(3),
                                members: i == 0 ? someMembers(20) : [], mandate: Localized(ar: "تنسيق جهود " + topic.ar,
                                en: "Coordinates work on " + topic.en), resolutions: ["UNSCR \(2170 + i % 300)"],
                                figures: ["figure-\(i % figures.count)"], sources: cite())
        }
        self.sources = sources
        self.members = members
        self.groups = groups
        self.figures = figures
        self.codes = codes
        self.random = random
        templateDraw = SyntheticText.weights.enumerated().flatMap { Array(repeating: $0.offset, count: $0.element) }
    }

    /// Event number `index` (its id is unique by index); events must be asked for in order for the
    /// same seed to give the same data.
    package mutating func event(_ index: Int) -> Event {
        let template = SyntheticText.templates[templateDraw[random.below(templateDraw.count)]]
        let places = template.inCapital ? SyntheticText.capitals : SyntheticText.towns
        let place = places[random.below(places.count)]
        let year = 2014 + random.below(11), month = 1 + random.below(12)
        let date: FactDate
        switch random.below(10) {
        case 0: date = FactDate(year: year)
        case 1: date = FactDate(year: year, month: month)
        default: date = FactDate(year: year, month: month, day: 1 + random.below(SyntheticData.daysIn(month: month, year: year)))
        }
        let voweled = random.below(4) == 0
        let kunya = SyntheticText.kunyas[random.below(SyntheticText.kunyas.count)]
        let topic = SyntheticText.topics[random.below(SyntheticText.topics.count)]
        let n = 2 + random.below(random.below(4) == 0 ? 400 : 30), m = 1 + random.below(12)
        // Arabic reports write numbers in either digit set.
        let indic = random.below(3) == 0
        let fill = Fill(place: place, voweled: voweled, kunya: kunya, topic: topic, n: n, m: m, indic: indic)

        var sources = [Citation(source: self.sources[random.below(self.sources.count)].id,
                                quote: random.below(2) == 0 ? fill.arabic(template.quote) : nil)]
        if random.below(4) == 0 {
            let second = self.sources[random.below(self.sources.count)]
            if second.id != sources[0].source {
                sources.append(Citation(source: second.id, quote: second.outlet.ar == second.outlet.en ? fill.english(template.quote) : nil))
            }
        }
        let memberCount = 1 + random.below(4)
        var members: [String] = []
        for _ in 0..<memberCount {
            let code = codes[random.below(codes.count)]
            if !members.contains(code) { members.append(code) }
        }
        let precise = date.day != nil
        return Event(
            id: "ev-\(index)-\(template.slug)", date: date,
            inferred: !precise && random.below(3) == 0 ? SyntheticText.inferred : nil,
            category: template.category,
            title: Localized(ar: fill.arabic(template.title), en: fill.english(template.title)),
            summary: Localized(ar: fill.arabic(template.summary), en: fill.english(template.summary)),
            place: Localized(ar: place.ar, en: place.en),
            members: members,
            groups: random.below(8) == 0 ? [groups[random.below(groups.count)].id] : [],
            figures: random.below(20) == 0 ? [figures[random.below(figures.count)].id] : [],
            sources: sources,
            notes: random.below(15) == 0 ? [SyntheticText.notes[random.below(SyntheticText.notes.count)]] : [])
    }

    /// One event's slot values.
    private struct Fill {
        let place: SyntheticText.Place, voweled: Bool
        let kunya: (ar: String, en: String), topic: (ar: String, en: String)
        let n: Int, m: Int, indic: Bool

        func arabic(_ phrase: SyntheticText.Phrase) -> String {
            var out = ""
            for part in phrase.ar {
                switch part {
                case .text(let text): out += text
                case .slot("p"): out += voweled ? place.voweled : place.ar
                case .slot("v"): out += place.provinceAr
                case .slot("n"): out += indic ? SyntheticData.arabicNumber(n) : String(n)
                case .slot("m"): out += indic ? SyntheticData.arabicNumber(m) : String(m)
                case .slot("a"): out += kunya.ar
                case .slot(_): out += topic.ar
                }
            }
            return out
        }

        func english(_ phrase: SyntheticText.Phrase) -> String {
            var out = ""
            for part in phrase.en {
                switch part {
                case .text(let text): out += text
                case .slot("p"): out += place.en
                case .slot("v"): out += place.provinceEn
                case .slot("n"): out += String(n)
                case .slot("m"): out += String(m)
                case .slot("a"): out += kunya.en
                case .slot(_): out += topic.en
                }
            }
            return out
        }
    }

    /// Where reports come from: officials, the press, a monitor, an unverified channel.
    private static func makeSources() -> [Source] {
        let outlets: [(SourceKind, String, String, String, String)] = [
            (.official, "قيادة العمليات المشتركة", "Joint Operations Command", "البيان اليومي للعمليات", "Daily operations statement"),
            (.official, "قوة المهام المشتركة – عملية العزم الصلب", "CJTF-OIR", "بيان الضربات الأسبوعي", "Weekly strike release"),
            (.official, "دائرة الأمم المتحدة للأعمال المتعلقة بالألغام", "UNMAS", "تقرير شهري", "Monthly report"),
            (.press, "وكالة الأنباء العراقية", "Iraqi News Agency", "تقرير ميداني", "Field report"),
            (.press, "Reuters", "Reuters", "Iraq and Syria wire", "Iraq and Syria wire"),
            (.press, "صحيفة الشرق الأوسط", "Asharq Al-Awsat", "ملف العراق وسوريا", "Iraq and Syria file"),
            (.reference, "Airwars", "Airwars", "Civilian harm incident log", "Civilian harm incident log"),
            (.unverified, "قناة محلية على Telegram", "A local Telegram channel", "منشورات القناة", "Channel posts"),
        ]
        return outlets.enumerated().map { i, outlet in
            Source(id: "synthetic-\(i + 1)", kind: outlet.0, outlet: Localized(ar: outlet.1, en: outlet.2),
                   title: Localized(ar: outlet.3, en: outlet.4), published: FactDate(year: 2015 + i, month: 1 + i, day: 10 + i),
                   url: "https://example.org/synthetic/\(i + 1)", accessed: FactDate(year: 2026, month: 11, day: 1))
        }
    }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64): the same seed always
/// gives the same dataset. The tests use it too, so a failing random case can be replayed.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// random.below(6)   // the same number on every run
/// ```
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    package mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

private extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
