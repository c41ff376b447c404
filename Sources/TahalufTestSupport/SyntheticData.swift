import CoalitionStore

/// A deterministic, valid, bilingual dataset of any size, for tests and benchmarks: events with
/// Arabic titles (some with harakat), places, summaries and links; members with unique codes
/// and tiles; groups with co-chairs; figures with observations.
///
/// ```swift
/// let dataset = SyntheticData.make(events: 100_000, members: 10_000, seed: 42)
/// let store = Store(dataset: dataset)
/// ```
public enum SyntheticData {
    public static func make(events eventCount: Int, members memberCount: Int, seed: UInt64) -> Dataset {
        var random = SplitMix64(seed: seed)
        let sources = (1...5).map { i in
            Source(id: "synthetic-\(i)", outlet: Localized(ar: "مصدر تجريبي \(i)", en: "Synthetic outlet \(i)"),
                   title: Localized(ar: "مقالة تجريبية \(i)", en: "Synthetic article \(i)"),
                   published: FactDate(year: 2014 + i, month: i, day: 10 + i))
        }
        func cite() -> [Citation] { [Citation(source: sources[random.below(sources.count)].id)] }

        let members = (0..<max(memberCount, 1)).map { i -> Member in
            let code = memberCode(i)
            let stem = names[i % names.count]
            let nameAr = i < names.count ? stem.ar : stem.ar + " " + arabicNumber(i / names.count)
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

        let figures = (0..<20).map { i -> Figure in
            let observations = (0...random.below(3)).map { j in
                Observation(value: Double(1000 * (i + 1) + 500 * j), qualifier: j == 0 ? .exact : .moreThan, unit: .count,
                            asOf: FactDate(year: 2015 + j, month: 1 + i % 12), counts: Localized(ar: "غارات جوية", en: "air strikes"),
                            source: Citation(source: sources[(i + j) % sources.count].id, quote: "أكثر من \(1000 * (i + 1))"))
            }
            return Figure(id: "figure-\(i)", theme: Theme.allCases[i % Theme.allCases.count],
                          title: Localized(ar: "مؤشر \(arabicNumber(i))", en: "Indicator \(i)"), observations: observations,
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

        let events = (0..<eventCount).map { i -> Event in
            let category = EventCategory.allCases[random.below(EventCategory.allCases.count)]
            let city = cities[random.below(cities.count)]
            let kind = meetings[random.below(meetings.count)]
            let year = 2014 + random.below(11), month = 1 + random.below(12)
            let date: FactDate
            switch random.below(10) {
            case 0: date = FactDate(year: year)
            case 1: date = FactDate(year: year, month: month)
            default: date = FactDate(year: year, month: month, day: 1 + random.below(daysIn(month: month, year: year)))
            }
            let voweled = random.below(4) == 0
            let topic = topics[random.below(topics.count)]
            return Event(
                id: "event-\(i)", date: date, category: category,
                title: Localized(ar: (voweled ? kind.voweled : kind.ar) + " في " + (voweled ? city.voweled : city.ar),
                                 en: kind.en + " in " + city.en),
                summary: Localized(ar: "ناقش المشاركون " + topic.ar + " وأكدوا التزام التحالف",
                                   en: "Participants discussed " + topic.en + " and the coalition's commitment"),
                place: Localized(ar: city.ar, en: city.en),
                members: someMembers(1 + random.below(3)),
                groups: random.below(3) == 0 ? [groups[random.below(groups.count)].id] : [],
                figures: random.below(10) == 0 ? [figures[random.below(figures.count)].id] : [],
                sources: cite())
        }
        return Dataset(sources: sources, events: events, members: members, groups: groups, figures: figures)
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

    private struct Place { var ar: String; var voweled: String; var en: String }
    private static let cities = [
        Place(ar: "مراكش", voweled: "مَرَّاكُش", en: "Marrakesh"), Place(ar: "باريس", voweled: "بَارِيس", en: "Paris"),
        Place(ar: "روما", voweled: "رُومَا", en: "Rome"), Place(ar: "واشنطن", voweled: "وَاشِنْطُن", en: "Washington"),
        Place(ar: "بروكسل", voweled: "بْرُوكْسِل", en: "Brussels"), Place(ar: "جدة", voweled: "جُدَّة", en: "Jeddah"),
        Place(ar: "الكويت", voweled: "الكُوَيْت", en: "Kuwait"), Place(ar: "بغداد", voweled: "بَغْدَاد", en: "Baghdad"),
        Place(ar: "عمّان", voweled: "عَمَّان", en: "Amman"), Place(ar: "أبوظبي", voweled: "أَبُوظَبْي", en: "Abu Dhabi"),
    ]
    private static let meetings = [
        Place(ar: "اجتماع وزاري", voweled: "اجْتِمَاعٌ وِزَارِيّ", en: "Ministerial meeting"),
        Place(ar: "مؤتمر المانحين", voweled: "مُؤْتَمَرُ المَانِحِين", en: "Donors conference"),
        Place(ar: "اجتماع المجموعة المصغرة", voweled: "اجْتِمَاعُ المَجْمُوعَةِ المُصَغَّرَة", en: "Small group meeting"),
        Place(ar: "إطلاق صندوق الاستقرار", voweled: "إِطْلَاقُ صُنْدُوقِ الاسْتِقْرَار", en: "Stabilisation fund launch"),
        Place(ar: "ورشة عمل", voweled: "وَرْشَةُ عَمَل", en: "Workshop"),
    ]
    private static let topics: [(ar: String, en: String)] = [
        ("الاستقرار", "stabilisation"), ("مكافحة التمويل", "counter-finance"), ("المقاتلين الأجانب", "foreign fighters"),
        ("الاتصالات", "communications"), ("أفريقيا", "Africa"), ("العمليات العسكرية", "military operations"),
    ]
    private static let names: [(ar: String, en: String)] = [
        ("المغرب", "Morocco"), ("السعودية", "Saudi Arabia"), ("الإمارات", "United Arab Emirates"), ("ألمانيا", "Germany"),
        ("إيطاليا", "Italy"), ("هولندا", "Netherlands"), ("تركيا", "Türkiye"), ("النيجر", "Niger"), ("فرنسا", "France"),
        ("اليابان", "Japan"), ("كندا", "Canada"), ("البرازيل", "Brazil"),
    ]
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64): the same seed always
/// gives the same dataset. The tests use it too, so a failing random case can be replayed.
///
/// ```swift
/// var random = SplitMix64(seed: 42)
/// random.below(6)   // the same number on every run
/// ```
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

private extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
