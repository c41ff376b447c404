import CoalitionStore

/// A small data set built in code for the pane tests: the 87 members of
/// `shared/reference/members.csv` (code, kind, names, region, joined, tile), the six groups, the
/// five seed sources, a few events and figures with the disagreements the data set must show.
enum PaneFixtures {
    static let store = Store(dataset: dataset)

    /// The bundled data set, `<repo>/Resources`, found from this file's path.
    static let bundled: Store = {
        let repo = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        do { return try Store.load(directory: "/" + repo + "/Resources") }
        catch { fatalError("cannot load the bundled data set: \(error)") }
    }()

    static let dataset = Dataset(sources: sources, events: events, members: members, groups: groups, figures: figures)

    static let sources: [Source] = [
        Source(id: "seed-000", file: "000_895db97fb6067cf4.txt", outlet: Localized(ar: "الدستور", en: "Al-Dostor"),
               title: Localized(ar: "ست سنوات على التحالف", en: "Six years of the coalition"),
               published: FactDate(year: 2020, month: 9, day: 8)),
        Source(id: "seed-002", file: "002_fce76edd2a46ce5c.txt", outlet: Localized(ar: "صفحة غير منسوبة", en: "Unattributed page"),
               title: Localized(ar: "التحالف الدولي", en: "The international coalition"),
               dateNote: Localized(ar: "بلا تاريخ، بعد 2022", en: "undated, after 2022")),
        Source(id: "seed-004", file: "004_d9793a676d49900f.txt",
               outlet: Localized(ar: "وزارة الخارجية الأمريكية", en: "US Department of State"),
               title: Localized(ar: "صحيفة وقائع", en: "Fact sheet"), published: FactDate(year: 2019, month: 2, day: 6),
               url: "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm"),
    ]

    static let events: [Event] = [
        Event(id: "obama-announces", date: FactDate(year: 2014, month: 9, day: 10), category: .founding,
              title: Localized(ar: "أوباما يعلن تشكيل التحالف", en: "Obama announces the coalition"),
              summary: Localized(ar: "إعلان", en: "Announcement"), members: ["USA"], sources: [Citation(source: "seed-002")]),
        Event(id: "ministerial-2022-marrakesh", date: FactDate(year: 2022), category: .ministerial,
              title: Localized(ar: "الاجتماع الوزاري في مراكش", en: "Ministerial meeting in Marrakesh"),
              summary: Localized(ar: "اجتماع", en: "Meeting"), place: Localized(ar: "مراكش", en: "Marrakesh"),
              members: ["MAR"], sources: [Citation(source: "seed-002", quote: "وعام 2022م في مراكش")]),
        Event(id: "ffis-founded", date: FactDate(year: 2015, month: 6, day: 11), category: .stabilisation,
              title: Localized(ar: "تأسيس صندوق تمويل الاستقرار الفوري", en: "FFIS established"),
              summary: Localized(ar: "صندوق", en: "Fund"), sources: [Citation(source: "seed-000")]),
    ]

    static let groups: [WorkingGroup] = [
        group("stabilisation", .workingGroup, "مجموعة عمل دعم الاستقرار في المناطق المحررة", "Stabilisation Working Group",
              "الاستقرار", "Stabilisation", ["ARE", "DEU"]),
        group("communications", .workingGroup, "مجموعة عمل الاتصالات", "Communications Working Group",
              "الاتصالات", "Communications", ["USA", "GBR", "ARE"]),
        group("foreign-fighters", .workingGroup, "مجموعة وقف تدفق المقاتلين الأجانب", "Foreign Terrorist Fighters Working Group",
              "المقاتلون الأجانب", "FTF", ["USA", "NLD", "TUR"], resolutions: ["UNSCR 2178", "UNSCR 2396"]),
        group("counter-finance", .workingGroup, "مجموعة التصدي لجهود تمويل داعش", "Counter-ISIS Finance Group",
              "التمويل", "CIFG", ["SAU", "USA", "ITA"], resolutions: ["UNSCR 1267"], figures: ["cifg-members"]),
        group("africa-focus", .focusGroup, "مجموعة التركيز الخاصة بأفريقيا", "Africa Focus Group",
              "أفريقيا", "Africa", ["MAR", "NER", "USA", "ITA"]),
        group("small-group", .smallGroup, "المجموعة المصغرة", "Small Group", "المصغرة", "Small Group", [],
              members: ["SAU", "USA", "EGY", "LBY", "TUN", "MAR", "TUR", "BHR", "IRQ", "JOR", "KWT", "POL", "CZE", "NZL",
                        "QAT", "DNK", "ARE", "FRA", "DEU", "GBR", "ITA", "SWE", "ESP", "NLD", "FIN", "CAN", "AUS", "BEL",
                        "NOR", "EUU", "INTERPOL", "NATO"]),
    ]

    static let figures: [Figure] = [
        Figure(id: "air-strikes", theme: .military, title: Localized(ar: "الضربات الجوية", en: "Air strikes"),
               observations: [
                   Observation(value: 33_000, qualifier: .moreThan, unit: .count, asOf: FactDate(year: 2019, month: 2),
                               counts: Localized(ar: "غارات جوية", en: "air strikes"), source: Citation(source: "seed-004")),
                   Observation(value: 35_000, unit: .count, asOf: FactDate(year: 2020, month: 9, day: 8),
                               counts: Localized(ar: "غارات جوية", en: "air strikes"), source: Citation(source: "seed-000")),
               ],
               disagreement: Disagreement(kind: .series, reason: Localized(ar: "عدّ لاحق", en: "later count, not a conflict"))),
        Figure(id: "iraqi-forces-trained", theme: .military,
               title: Localized(ar: "القوات العراقية المدربة", en: "Iraqi forces trained"),
               observations: [
                   Observation(value: 190_000, qualifier: .moreThan, unit: .people, asOf: FactDate(year: 2019, month: 2),
                               counts: Localized(ar: "كل القوات", en: "all forces"), source: Citation(source: "seed-004")),
                   Observation(value: 126_500, unit: .people, asOf: FactDate(year: 2020, month: 9),
                               counts: Localized(ar: "قوات الأمن العراقية", en: "Iraqi security forces"),
                               source: Citation(source: "seed-000")),
               ],
               disagreement: Disagreement(kind: .scope, reason: Localized(ar: "نطاقان مختلفان", en: "different scopes"))),
        Figure(id: "territory", theme: .military, title: Localized(ar: "الأراضي المحررة", en: "Territory liberated"),
               observations: [
                   Observation(value: 95, unit: .percent, asOf: nil, counts: Localized(ar: "من الأراضي", en: "of the territory"),
                               source: Citation(source: "seed-002")),
               ]),
        Figure(id: "ne-syria-stabilisation", theme: .stabilisation,
               title: Localized(ar: "استقرار شمال شرق سوريا", en: "North-east Syria stabilisation"),
               observations: [
                   Observation(value: 325_000_000, unit: .usd, asOf: FactDate(year: 2019, month: 2),
                               counts: Localized(ar: "من 15 شريكاً", en: "from 15 partners"), source: Citation(source: "seed-004")),
               ], members: ["SAU", "ARE"]),
        Figure(id: "cifg-members", theme: .counterFinance,
               title: Localized(ar: "أعضاء مجموعة التمويل", en: "CIFG members"),
               observations: [
                   Observation(value: 40, unit: .countries, asOf: FactDate(year: 2020, month: 9, day: 8),
                               counts: Localized(ar: "أعضاء ومراقبون", en: "members and observers"), source: Citation(source: "seed-000")),
                   Observation(value: 54, unit: .countries, asOf: FactDate(year: 2019, month: 2, day: 6),
                               counts: Localized(ar: "أعضاء", en: "members"), source: Citation(source: "seed-004")),
               ],
               disagreement: Disagreement(kind: .conflict, reason: Localized(ar: "تعارض", en: "the sources contradict"))),
        Figure(id: "members", theme: .membership, title: Localized(ar: "أعضاء التحالف", en: "Coalition members"),
               observations: [
                   Observation(value: 79, unit: .count, asOf: FactDate(year: 2019, month: 2, day: 6),
                               counts: Localized(ar: "أعضاء", en: "members"), source: Citation(source: "seed-004")),
                   Observation(value: 82, unit: .count, asOf: FactDate(year: 2020, month: 9, day: 8),
                               counts: Localized(ar: "أعضاء", en: "members"), source: Citation(source: "seed-000")),
               ],
               disagreement: Disagreement(kind: .series, reason: Localized(ar: "عدّ لاحق", en: "later count"))),
    ]

    static func group(_ id: String, _ kind: GroupKind, _ ar: String, _ en: String, _ shortAr: String, _ shortEn: String,
                      _ coChairs: [String], members: [String] = [], resolutions: [String] = [],
                      figures: [String] = []) -> WorkingGroup {
        WorkingGroup(id: id, kind: kind, name: Localized(ar: ar, en: en), short: Localized(ar: shortAr, en: shortEn),
                     coChairs: coChairs, members: members,
                     mandate: Localized(ar: "ولاية " + ar, en: "Mandate of the " + en), resolutions: resolutions,
                     figures: figures, sources: [Citation(source: "seed-002")])
    }

    /// code|kind|name_en|name_ar|region|joined|small_group|tile_x|tile_y, from members.csv.
    static let members: [Member] = memberRows.split(separator: "\n").map { line in
        let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let region = Region(rawValue: f[4]) ?? .international
        var roles: [Role] = []
        if f[0] == "SAU" || f[0] == "ARE" {
            let amount = f[0] == "SAU" ? "100" : "50"
            roles.append(Role(kind: .donor, text: Localized(ar: amount + " مليون دولار لشمال شرق سوريا",
                                                            en: "US$" + amount + " million for north-east Syria"),
                              amount: Amount(value: f[0] == "SAU" ? 100_000_000 : 50_000_000, unit: .usd),
                              sources: [Citation(source: "seed-004")]))
        }
        return Member(code: f[0], kind: f[1] == "organisation" ? .organisation : .state,
                      name: Localized(ar: f[3], en: f[2]), region: region, joined: FactDate(iso: f[5]),
                      tile: Tile(x: Int(f[7])!, y: Int(f[8])!), theatre: f[0] == "IRQ" || f[0] == "SYR", roles: roles,
                      sources: [Citation(source: "seed-002")])
    }

    private static let memberRows = """
AFG|state|Afghanistan|أفغانستان|Asia-Pacific||no|22|8
ALB|state|Albania|ألبانيا|Europe||no|15|9
AUS|state|Australia|أستراليا|Asia-Pacific||yes|24|19
AUT|state|Austria|النمسا|Europe||no|15|6
BHR|state|Bahrain|البحرين|MENA||yes|20|9
BEL|state|Belgium|بلجيكا|Europe||yes|13|5
BIH|state|Bosnia and Herzegovina|البوسنة والهرسك|Europe||no|15|7
BGR|state|Bulgaria|بلغاريا|Europe||no|17|7
BFA|state|Burkina Faso|بوركينا فاسو|Sub-Saharan Africa|2021-12-02|no|13|13
CMR|state|Cameroon|الكاميرون|Sub-Saharan Africa|2017-11|no|14|15
CAN|state|Canada|كندا|Americas||yes|1|1
CAF|state|Central African Republic|جمهورية أفريقيا الوسطى|Sub-Saharan Africa|2020|no|16|14
TCD|state|Chad|تشاد|Sub-Saharan Africa|2017|no|14|13
HRV|state|Croatia|كرواتيا|Europe||no|14|7
CYP|state|Cyprus|قبرص|Europe||no|17|10
CZE|state|Czech Republic|التشيك|Europe||yes|15|5
COD|state|Democratic Republic of the Congo|جمهورية الكونغو الديمقراطية|Sub-Saharan Africa|2019-06|no|15|15
DNK|state|Denmark|الدنمارك|Europe||yes|14|3
DJI|state|Djibouti|جيبوتي|MENA|2017|no|17|13
EGY|state|Egypt|مصر|MENA||yes|16|11
EST|state|Estonia|إستونيا|Europe||no|17|2
ETH|state|Ethiopia|إثيوبيا|Sub-Saharan Africa|2017|no|17|14
FJI|state|Fiji|فيجي|Asia-Pacific|2019-02-06|no|27|19
FIN|state|Finland|فنلندا|Europe||yes|17|1
FRA|state|France|فرنسا|Europe||yes|12|5
GEO|state|Georgia|جورجيا|Europe||no|21|6
DEU|state|Germany|ألمانيا|Europe||yes|14|4
GRC|state|Greece|اليونان|Europe||no|16|9
GIN|state|Guinea|غينيا|Sub-Saharan Africa|2018|no|11|14
HUN|state|Hungary|المجر|Europe||no|16|6
ISL|state|Iceland|آيسلندا|Europe||no|10|1
IRQ|state|Iraq|العراق|MENA||yes|20|7
IRL|state|Ireland|أيرلندا|Europe||no|10|4
ITA|state|Italy|إيطاليا|Europe||yes|13|7
JPN|state|Japan|اليابان|Asia-Pacific||no|27|6
JOR|state|Jordan|الأردن|MENA||yes|18|8
KEN|state|Kenya|كينيا|Sub-Saharan Africa|2019-02-06|no|17|15
KOR|state|Republic of Korea|كوريا الجنوبية|Asia-Pacific||no|25|7
XKX|state|Kosovo|كوسوفو|Europe||no|16|8
KWT|state|Kuwait|الكويت|MENA||yes|19|8
LVA|state|Latvia|لاتفيا|Europe||no|17|3
LBN|state|Lebanon|لبنان|MENA||no|18|9
LBY|state|Libya|ليبيا|MENA||yes|15|11
LTU|state|Lithuania|ليتوانيا|Europe||no|16|4
LUX|state|Luxembourg|لوكسمبورغ|Europe||no|13|6
MYS|state|Malaysia|ماليزيا|Asia-Pacific||no|24|11
MRT|state|Mauritania|موريتانيا|Sub-Saharan Africa|2020-11-10|no|11|12
MDA|state|Moldova|مولدوفا|Europe||no|18|5
MNE|state|Montenegro|الجبل الأسود|Europe||no|15|8
MAR|state|Morocco|المغرب|MENA||yes|12|11
NLD|state|Netherlands|هولندا|Europe||yes|13|4
NZL|state|New Zealand|نيوزيلندا|Asia-Pacific||yes|26|21
NER|state|Niger|النيجر|Sub-Saharan Africa|2017|no|15|12
NGA|state|Nigeria|نيجيريا|Sub-Saharan Africa||no|13|15
MKD|state|North Macedonia|مقدونيا الشمالية|Europe||no|17|8
NOR|state|Norway|النرويج|Europe||yes|15|1
OMN|state|Oman|سلطنة عمان|MENA||no|19|11
PAN|state|Panama|بنما|Americas||no|4|8
PHL|state|Philippines|الفلبين|Asia-Pacific|2018-02-13|no|26|11
POL|state|Poland|بولندا|Europe||yes|15|4
PRT|state|Portugal|البرتغال|Europe||no|11|6
QAT|state|Qatar|قطر|MENA||yes|19|10
ROU|state|Romania|رومانيا|Europe||no|17|6
SAU|state|Saudi Arabia|المملكة العربية السعودية|MENA||yes|19|9
SRB|state|Serbia|صربيا|Europe||no|16|7
SGP|state|Singapore|سنغافورة|Asia-Pacific||no|24|13
SVK|state|Slovakia|سلوفاكيا|Europe||no|16|5
SVN|state|Slovenia|سلوفينيا|Europe||no|14|6
SOM|state|Somalia|الصومال|Sub-Saharan Africa||no|18|14
ESP|state|Spain|إسبانيا|Europe||yes|12|6
SWE|state|Sweden|السويد|Europe||yes|16|1
SYR|state|Syria|سوريا|MENA|2025-11|no|19|7
TWN|state|Taiwan|تايوان|Asia-Pacific||no|25|8
TGO|state|Togo|توغو|Sub-Saharan Africa|2023-06-08|no|14|14
TUN|state|Tunisia|تونس|MENA||yes|14|11
TUR|state|Türkiye|تركيا|Europe||yes|18|7
UKR|state|Ukraine|أوكرانيا|Europe||no|17|5
ARE|state|United Arab Emirates|الإمارات العربية المتحدة|MENA||yes|20|10
GBR|state|United Kingdom|المملكة المتحدة|Europe||yes|11|4
USA|state|United States|الولايات المتحدة|Americas|2014-09-10|yes|1|2
UZB|state|Uzbekistan|أوزبكستان|Asia-Pacific|2025|no|22|6
YEM|state|Yemen|اليمن|MENA|2019-08|no|18|11
EUU|organisation|European Union|الاتحاد الأوروبي|Organisation||yes|1|25
NATO|organisation|NATO|حلف شمال الأطلسي (الناتو)|Organisation|2017|yes|2|25
INTERPOL|organisation|INTERPOL|المنظمة الدولية للشرطة الجنائية (الإنتربول)|Organisation||yes|3|25
LAS|organisation|League of Arab States|جامعة الدول العربية|Organisation||no|4|25
CENSAD|organisation|Community of Sahel-Saharan States (CEN-SAD)|تجمع دول الساحل والصحراء|Organisation|2018|no|5|25
"""
}
