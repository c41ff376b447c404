import CoalitionStore

/// A small, fixed data set for frame snapshots and reducer tests: a few records of every kind,
/// taken from the seed facts (enough to show years, precisions, inferred dates, disagreements,
/// sources with and without dates). Independent of `Resources/`, so goldens change only when
/// the UI does.
///
/// ```swift
/// let store = Fixture.store
/// store.event("ministerial-2022-marrakesh")?.place?.ar   // "مراكش"
/// ```
enum Fixture {
    static let store = Store(dataset: dataset)

    static func l(_ ar: String, _ en: String) -> Localized { Localized(ar: ar, en: en) }
    static func d(_ iso: String) -> FactDate { FactDate(iso: iso)! }

    static let dataset = Dataset(
        sources: [
            Source(id: "seed-000", file: "000_895db97fb6067cf4.txt", outlet: l("الدستور", "al-Dostor"),
                   title: l("ست سنوات على التحالف", "Six years of the coalition"), published: d("2020-09-08")),
            Source(id: "seed-002", file: "002_fce76edd2a46ce5c.txt", outlet: l("صفحة غير منسوبة", "unattributed page"),
                   title: l("التحالف الدولي", "The international coalition"),
                   dateNote: l("بعد 2022", "after 2022")),
            Source(id: "seed-003", file: "003_0c78ca7147f8a450.txt", outlet: l("الفاصل", "Al-Fassel"),
                   title: l("عقد على الخلافة", "A decade after the caliphate"),
                   dateNote: l("2024، مستنتج", "2024, inferred")),
            Source(id: "seed-004", file: "004_d9793a676d49900f.txt",
                   outlet: l("وزارة الخارجية الأمريكية", "US Department of State"),
                   title: l("صحيفة وقائع", "Fact sheet"), published: d("2019-02-06"),
                   url: "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm"),
        ],
        events: [
            Event(id: "announcement-2014", date: d("2014-09-10"), category: .founding,
                  title: l("أوباما يعلن تشكيل التحالف الدولي", "Obama announces the international coalition"),
                  summary: l("أعلن الرئيس أوباما تشكيل تحالف دولي لهزيمة داعش.", "President Obama announced an international coalition to defeat Daesh."),
                  members: ["USA"], sources: [Citation(source: "seed-002", quote: "في العاشر من سبتمبر 2014")]),
            Event(id: "launch-2014", date: d("2014-09"), category: .founding,
                  title: l("الإطلاق الرسمي للتحالف", "Coalition officially launched"),
                  summary: l("انطلق التحالف رسميًا.", "The coalition was officially launched."),
                  sources: [Citation(source: "seed-000")]),
            Event(id: "ministerial-2014-jeddah", date: d("2014"), category: .ministerial,
                  title: l("الاجتماع الوزاري في جدة", "Ministerial meeting in Jeddah"),
                  summary: l("اجتماع وزاري في جدة.", "A ministerial meeting in Jeddah."),
                  place: l("جدة", "Jeddah"), members: ["SAU"], sources: [Citation(source: "seed-002")]),
            Event(id: "cjtf-oir-2014", date: d("2014-10"), category: .military,
                  title: l("تأسيس قوة المهام المشتركة - عملية العزم الصلب", "CJTF - Operation Inherent Resolve established"),
                  summary: l("تأسست قوة المهام المشتركة.", "The combined joint task force was established."),
                  sources: [Citation(source: "seed-003")]),
            Event(id: "ffis-2015", date: d("2015-06-11"), category: .stabilisation,
                  title: l("تأسيس صندوق تمويل الاستقرار الفوري", "Funding Facility for Immediate Stabilization established"),
                  summary: l("تأسس صندوق تمويل الاستقرار الفوري (FFIS) في 11 من يونيو 2015.", "FFIS was established on 11 June 2015."),
                  sources: [Citation(source: "seed-000")]),
            Event(id: "ministerial-2019-washington", date: d("2019-02-06"), category: .ministerial,
                  title: l("الاجتماع الوزاري في واشنطن", "Ministerial meeting in Washington"),
                  summary: l("اجتمع وزراء التحالف الـ79 في واشنطن.", "The 79 coalition members met in Washington."),
                  place: l("واشنطن", "Washington"), members: ["USA"], figures: ["members"],
                  sources: [Citation(source: "seed-004")]),
            Event(id: "baghdadi-2019", date: d("2019-10"), category: .leadership,
                  title: l("مقتل البغدادي في إدلب", "al-Baghdadi dies in Idlib"),
                  summary: l("قُتل البغدادي في غارة أمريكية في إدلب.", "al-Baghdadi died in a US raid in Idlib."),
                  place: l("إدلب", "Idlib"), sources: [Citation(source: "seed-003")]),
            Event(id: "statement-2020", date: d("2020-09-08"), category: .membership,
                  title: l("التحالف: 35 ألف غارة و82 عضوًا", "Coalition: 35,000 air strikes, 82 members"),
                  summary: l("بيان بمناسبة مرور ست سنوات.", "A statement after six years."),
                  figures: ["air-strikes", "members"], sources: [Citation(source: "seed-000")]),
            Event(id: "small-group-2021", date: d("2021-12-02"), category: .ministerial,
                  title: l("اجتماع المجموعة المصغرة في بروكسل", "Small Group meeting in Brussels"),
                  summary: l("أنشئت مجموعة التركيز الخاصة بأفريقيا.", "The Africa Focus Group was created."),
                  place: l("بروكسل", "Brussels"), members: ["USA", "MAR", "ITA"], groups: ["small-group"],
                  sources: [Citation(source: "seed-002", quote: "كانون الأول/سبتمبر")],
                  notes: [l("يكتب المصدر «كانون الأول/سبتمبر».", "The seed writes \"December/September\".")]),
            Event(id: "ministerial-2022-marrakesh", date: d("2022"), category: .ministerial,
                  title: l("الاجتماع الوزاري في مراكش", "Ministerial meeting in Marrakesh"),
                  summary: l("عقد وزراء التحالف اجتماعهم في مراكش.", "Coalition ministers met in Marrakesh."),
                  place: l("مراكش", "Marrakesh"), members: ["MAR"],
                  sources: [Citation(source: "seed-002", quote: "وعام 2022م في مراكش")]),
            Event(id: "media-network-2024", date: d("2024-06-18"),
                  inferred: l("السنة مستنتجة من سياق المقال", "the year is inferred from the article"),
                  category: .counterMessaging,
                  title: l("تفكيك شبكة إعلامية لداعش", "A Daesh media network dismantled"),
                  summary: l("اعتقال 9 أشخاص وخوادم في أربع دول.", "Nine arrested; servers in four countries."),
                  sources: [Citation(source: "seed-003")]),
        ],
        members: [
            Member(code: "USA", kind: .state, name: l("الولايات المتحدة", "United States"), region: .americas,
                   joined: d("2014-09"), tile: Tile(x: 3, y: 4), sources: [Citation(source: "seed-002")]),
            Member(code: "SAU", kind: .state, name: l("السعودية", "Saudi Arabia"), region: .mena, tile: Tile(x: 20, y: 10),
                   roles: [Role(kind: .donor, text: l("دعم الاستقرار في شمال شرق سوريا", "stabilisation in north-east Syria"),
                                amount: Amount(value: 100_000_000, unit: .usd), sources: [Citation(source: "seed-004")])],
                   sources: [Citation(source: "seed-002")]),
            Member(code: "MAR", kind: .state, name: l("المغرب", "Morocco"), region: .mena, tile: Tile(x: 11, y: 8),
                   sources: [Citation(source: "seed-002")]),
            Member(code: "IRQ", kind: .state, name: l("العراق", "Iraq"), region: .mena, tile: Tile(x: 21, y: 8),
                   theatre: true, sources: [Citation(source: "seed-004")]),
            Member(code: "ITA", kind: .state, name: l("إيطاليا", "Italy"), region: .europe, tile: Tile(x: 14, y: 5),
                   sources: [Citation(source: "seed-002")]),
            Member(code: "EUU", kind: .organisation, name: l("الاتحاد الأوروبي", "European Union"),
                   region: .international, tile: Tile(x: 1, y: 14), sources: [Citation(source: "seed-002")]),
        ],
        groups: [
            WorkingGroup(id: "counter-finance", kind: .workingGroup,
                         name: l("مجموعة التصدي لجهود تمويل داعش", "Counter-ISIS Finance Group"),
                         short: l("التمويل", "CIFG"), coChairs: ["SAU", "USA", "ITA"],
                         mandate: l("تعطيل مصادر تمويل داعش.", "Disrupt Daesh's finances."),
                         resolutions: ["UNSCR 1267"], figures: ["cifg-members"],
                         sources: [Citation(source: "seed-002")]),
            WorkingGroup(id: "small-group", kind: .smallGroup, name: l("المجموعة المصغرة", "Small Group"),
                         short: l("المصغرة", "Small"), members: ["SAU", "USA", "MAR", "IRQ", "ITA", "EUU"],
                         mandate: l("توجيه عمل التحالف.", "Steers the coalition."),
                         sources: [Citation(source: "seed-002")]),
        ],
        figures: [
            Figure(id: "air-strikes", theme: .military, title: l("الضربات الجوية", "Air strikes"),
                   observations: [
                       Observation(value: 33_000, qualifier: .moreThan, unit: .count, asOf: d("2019-02"),
                                   counts: l("غارات جوية", "air strikes"), source: Citation(source: "seed-004")),
                       Observation(value: 35_000, unit: .count, asOf: d("2020-09-08"),
                                   counts: l("غارات جوية", "air strikes"), source: Citation(source: "seed-000")),
                   ],
                   disagreement: Disagreement(kind: .series, reason: l("عدّ لاحق، لا تعارض", "a later count, not a conflict"))),
            Figure(id: "members", theme: .membership, title: l("عدد الأعضاء", "Members"),
                   observations: [
                       Observation(value: 79, unit: .countries, asOf: d("2019-02-06"),
                                   counts: l("الأعضاء", "members"), source: Citation(source: "seed-004")),
                       Observation(value: 82, unit: .countries, asOf: d("2020-09-08"),
                                   counts: l("الأعضاء", "members"), source: Citation(source: "seed-000")),
                   ],
                   disagreement: Disagreement(kind: .series, reason: l("انضمام أعضاء جدد", "new members joined"))),
            Figure(id: "cifg-members", theme: .counterFinance, title: l("أعضاء مجموعة التمويل", "CIFG members"),
                   observations: [
                       Observation(value: 40, unit: .countries, asOf: nil, counts: l("أعضاء ومراقبون", "members and observers"),
                                   source: Citation(source: "seed-000")),
                       Observation(value: 54, unit: .countries, asOf: d("2019-02-06"), counts: l("أعضاء", "members"),
                                   source: Citation(source: "seed-004")),
                   ],
                   disagreement: Disagreement(kind: .conflict, reason: l("المصدران يختلفان", "the sources differ")),
                   members: ["SAU", "USA", "ITA"]),
        ]
    )

    /// `count` generated events over 2014-2024, for the large-store tests.
    static func synthetic(_ count: Int) -> Store {
        let categories = EventCategory.allCases
        let events = (0..<count).map { i in
            Event(id: "e\(i)", date: FactDate(year: 2014 + i % 11, month: 1 + i % 12, day: i % 3 == 0 ? nil : 1 + i % 28),
                  category: categories[i % categories.count], title: l("حدث \(i)", "Event \(i)"),
                  summary: l("", ""), sources: [Citation(source: "seed-000")])
        }
        return Store(dataset: Dataset(sources: dataset.sources, events: events))
    }
}
