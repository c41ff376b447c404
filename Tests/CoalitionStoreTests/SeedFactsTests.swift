import Testing
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@testable import CoalitionStore

/// The bundled data set (`Resources/`) holds every fact family of the five seed articles, each with
/// its source, and keeps the seeds' disagreements and errors visible.
///
/// Paths come from this file's location, so `swift test` works from any directory:
/// `<repo>/Tests/CoalitionStoreTests/SeedFactsTests.swift` → `<repo>/Resources`.
@Suite struct SeedFactsTests {
    let store: Store

    init() throws {
        store = try Store.load(directory: BundledPaths.resources)
    }

    var data: Dataset { store.dataset }

    func event(_ id: String) throws -> Event {
        try #require(data.events.first { $0.id == id }, "no event \(id)")
    }

    func figure(_ id: String) throws -> Figure {
        try #require(data.figures.first { $0.id == id }, "no figure \(id)")
    }

    func member(_ code: String) throws -> Member {
        try #require(data.members.first { $0.code == code }, "no member \(code)")
    }

    func group(_ id: String) throws -> WorkingGroup {
        try #require(data.groups.first { $0.id == id }, "no group \(id)")
    }

    // MARK: Timeline

    @Test func nineMinisterialsWithTheirCities() throws {
        let ministerials = data.events
            .filter { e in e.category == .ministerial && e.sources.contains { $0.source == "seed-002" } }
            .sorted { $0.date < $1.date }
        #expect(ministerials.map(\.date.year) == Array(2014...2022))
        #expect(ministerials.map { $0.place?.en } ==
                ["Jeddah", "Paris", "Rome", "Washington", "Brussels", "Washington", "Virtual", "Rome", "Marrakesh"])
        #expect(ministerials.map { $0.place?.ar } ==
                ["جدة", "باريس", "روما", "واشنطن", "بروكسل", "واشنطن", "افتراضي", "روما", "مراكش"])
        for m in ministerials {
            #expect(m.sources.contains { $0.source == "seed-002" }, "\(m.id) should cite seed 002's list of ministerials")
        }
        // Public sources place a 2018 ministerial in Kuwait where seed 002 lists Brussels: both are kept.
        let kuwait = try event("ministerial-2018-02-13-kuwait")
        #expect(kuwait.date == FactDate(iso: "2018-02-13") && kuwait.place?.en == "Kuwait")
        #expect(Set(kuwait.sources.map(\.source)) == ["KICRI2018", "PHL2018"])
        #expect(try event("ministerial-2018-brussels").notes.contains { $0.en.contains("Kuwait") })
        let washington2019 = try event("ministerial-2019-washington")
        #expect(washington2019.date == FactDate(iso: "2019-02-06"))
        #expect(washington2019.sources.contains { $0.source == "seed-004" })
    }

    @Test func ffisFoundedOnElevenJune2015() throws {
        let ffis = try event("ffis-2015-06-11")
        #expect(ffis.date == FactDate(iso: "2015-06-11"))
        #expect(ffis.category == .stabilisation)
        #expect(ffis.sources.contains { $0.source == "seed-000" && ($0.quote ?? "").contains("FFIS") })
    }

    @Test func december2021MeetingKeepsTheSeedsMonthError() throws {
        let meeting = try event("small-group-2021-12-02-brussels")
        #expect(meeting.date == FactDate(iso: "2021-12-02"))
        #expect(Set(meeting.members).isSuperset(of: ["BEL", "USA", "BFA"]))
        #expect(Set(meeting.groups) == ["small-group", "africa-focus"])
        #expect(meeting.notes.contains { $0.ar.contains("كانون الأول/سبتمبر") && $0.en.contains("December") })
        #expect(meeting.sources.contains { ($0.quote ?? "").contains("2 كانون الأول/سبتمبر 2021م في بروكسل") })

        let africa = try group("africa-focus")
        #expect(africa.kind == .focusGroup)
        #expect(africa.founded == FactDate(iso: "2021-12-02"))
        #expect(africa.coChairs == ["MAR", "NER", "USA", "ITA"])
        #expect(africa.notes.contains { $0.ar.contains("كانون الأول/سبتمبر") })
        #expect(try member("BFA").joined == FactDate(iso: "2021-12-02"))
    }

    @Test(arguments: [
        ("announcement-2014-09-10", "2014-09-10", "seed-002"),
        ("launch-2014-09", "2014-09", "seed-000"),
        ("cjtf-oir-2014-10", "2014-10", "seed-003"),
        ("unscr-2178-2014", "2014", "seed-002"),
        ("unscr-2396-2017-12", "2017-12", "seed-004"),
        ("kuwait-conference-2018", "2018", "seed-004"),
        ("germany-pledge-2018-10", "2018-10", "seed-004"),
        ("baghuz-2019-03", "2019-03", "seed-003"),
        ("baghdadi-death-2019-10", "2019-10", "seed-003"),
        ("statement-2020-09-08", "2020-09-08", "seed-000"),
        ("media-network-takedown-2024-06-18", "2024-06-18", "seed-003"),
        ("ap-vowell-quote-2024-06-28", "2024-06-28", "seed-003"),
        ("media-network-video-2024-07-09", "2024-07-09", "seed-003"),
    ])
    func timelineEventWithItsSource(id: String, date: String, source: String) throws {
        let e = try event(id)
        #expect(e.date == FactDate(iso: date))
        #expect(e.sources.contains { $0.source == source })
    }

    @Test func seed003DatesSayTheirYearIsInferred() throws {
        let fromSeed003 = data.events.filter { e in e.date.year == 2024 && e.sources.contains { $0.source == "seed-003" } }
        #expect(fromSeed003.count >= 4)
        for e in fromSeed003 {
            let why = try #require(e.inferred, "\(e.id) has a 2024 date the seed never states")
            #expect(why.en.contains("2024") && !why.ar.isEmpty)
        }
    }

    @Test func mediaNetworkTakedownNamesTheAgencies() throws {
        let takedown = try event("media-network-takedown-2024-06-18")
        #expect(takedown.category == .counterMessaging)
        #expect(takedown.summary.en.contains("Guardia Civil") && takedown.summary.en.contains("Europol")
                && takedown.summary.en.contains("FBI"))
        #expect(takedown.members.contains("ESP"))
        // Countries where servers were shut down are places, not parties to the action.
        #expect(Set(takedown.members) == ["ESP", "USA"])
        #expect(takedown.locations == ["DEU", "NLD", "ISL", "USA"])
        #expect(takedown.place?.en.contains("servers") == true)
    }

    @Test func statementAttributesTheJournalistsSentenceAndTheHeadline() throws {
        let statement = try event("statement-2020-09-08")
        #expect(!statement.summary.en.contains("six-year review"))
        #expect(statement.summary.en.contains("journalist") && statement.summary.en.contains("headline"))
        let quotes = statement.sources.compactMap(\.quote)
        #expect(quotes.contains("وبات التحالف يتكون اليوم من 82 عضواً"))
        #expect(quotes.contains("6 سنوات على التحالف الدولى"))
        let count82 = try #require(try figure("members").observations.first { $0.value == 82 })
        #expect(count82.counts.en.contains("journalist"))
    }

    @Test func placesNotInTheSeedsComeFromElsewhereOrAreLeftOut() throws {
        for id in ["unscr-2178-2014", "unscr-2396-2017-12"] { #expect(try event(id).place == nil, "\(id)") }
        let kuwait = try event("kuwait-conference-2018")
        #expect(kuwait.place?.en == "Kuwait" && kuwait.sources.contains { $0.source == "KICRI2018" })
    }

    /// One record (event, member, group or figure) per fact family the first read found missing.
    @Test(arguments: [
        ("affiliates-gain-strength-2024", "seed-003", "اكتسبت فروعه الإقليمية قوة"),
        ("small-group-2021-12-02-brussels", "seed-002", "أفريقيا جنوب الصحراء الكبرى وفي أفغانستان"),
        ("ftf-held-by-sdf-2019-02", "seed-004", "قوات سوريا الديمقراطية باحتجازهم"),
        ("ftf-held-by-sdf-2019-02", "seed-004", "على إبعاد ومحاكمة المقاتلين"),
        ("syrian-partners-trained", "seed-001", "وتدريب قوات المعارضة"),
        ("syrian-partners-trained", "seed-002", "تدريب قوات المعارضة السورية"),
        ("syrian-partners-trained", "seed-004", "السوريين من خلفيات متنوعة"),
        ("ministerial-2019-washington", "seed-004", "أكبر تحالف دولي في التاريخ"),
        ("leaders-eliminated-by-2019-02", "seed-004", "وزراء الحرب والإعلام والتمويل والنفط"),
        ("deir-ez-zor-clearing", "seed-001", "خلايا داعش النائمة"),
        ("deir-ez-zor-clearing", "seed-001", "قوات الأمن المحلية الكردية"),
        ("deir-ez-zor-clearing", "seed-001", "التي طهرت عدداً من المركبات"),
    ])
    func missingFactFamilyIsAnEvent(id: String, source: String, words: String) throws {
        let e = try event(id)
        #expect(e.sources.contains { $0.source == source && ($0.quote ?? "").contains(words) })
    }

    @Test func missingFactFamiliesInMembersGroupsAndFigures() throws {
        #expect(try group("counter-finance").sources.contains { ($0.quote ?? "").contains("التراث الثقافي المسروق") })
        #expect(try group("counter-finance").mandate.en.contains("cultural heritage"))
        #expect(try member("IRQ").sources.contains { ($0.quote ?? "").contains("بدعوة من الحكومة العراقية") })
        #expect(try member("SYR").sources.contains { ($0.quote ?? "").contains("قائم على أساس الظروف في سوريا") })
        let tikrit = try figure("tikrit-returns")
        #expect(tikrit.observations.count == 1 && tikrit.disagreement == nil)
        #expect(tikrit.observations[0].source.quote?.contains("وفي تكريت في صلاح الدين") == true)
        let counts = try figure("members").observations
        for (value, source) in [(83.0, "ECOFIN2021"), (87.0, "AFR2024"), (89.0, "SYR2025")] {
            #expect(counts.contains { $0.value == value && $0.source.source == source }, "\(value) from \(source)")
        }
    }

    @Test func claimsStayWithinTheirSources() throws {
        let comms = try group("communications")
        #expect(comms.mandate.ar.contains("أبو ظبي") && !comms.mandate.ar.contains("أبوظبي"))
        #expect(!comms.mandate.en.contains("messaging centres led by"))
        #expect(try member("ARE").roles.contains { $0.kind == .lead && $0.text.en.contains("propaganda") })
        #expect(try group("stabilisation").mandate.en.contains("the coalition"))
        #expect(try member("SAU").roles.allSatisfy { !$0.text.en.contains("first ministerial") })
        let vowell = try event("ap-vowell-quote-2024-06-28")
        #expect(vowell.summary.en.contains("groups that adopt Daesh's ideology"))
    }

    // MARK: Members and groups

    @Test func all87MembersWithIraqAndSyriaAsTheatres() throws {
        #expect(data.members.count == 87)
        #expect(data.members.filter { $0.kind == .organisation }.map(\.code).sorted()
                == ["CENSAD", "EUU", "INTERPOL", "LAS", "NATO"])
        #expect(data.members.filter(\.theatre).map(\.code).sorted() == ["IRQ", "SYR"])
        for org in data.members where org.kind == .organisation {
            #expect(org.region == .international)
            #expect(org.tile.y == 25)
        }
        let tiles = data.members.map { "\($0.tile.x),\($0.tile.y)" }
        #expect(Set(tiles).count == tiles.count, "two members share a tile")
    }

    @Test func donorRolesWithAmounts() throws {
        func donation(_ code: String) throws -> Role {
            try #require(try member(code).roles.first { $0.kind == .donor }, "\(code) has no donor role")
        }
        let saudi = try donation("SAU")
        #expect(saudi.amount == Amount(value: 100_000_000, unit: .usd))
        #expect(saudi.sources.contains { $0.source == "seed-004" && ($0.quote ?? "").contains("100 مليون دولار") })
        #expect(try donation("ARE").amount == Amount(value: 50_000_000, unit: .usd))
        let germany = try donation("DEU")
        #expect(germany.amount == Amount(value: 100_000_000, unit: .usd))
        #expect(germany.text.en.contains("October 2018"))
    }

    @Test func hostsOfMinisterials() throws {
        let hosts = ["SAU": "Jeddah", "FRA": "Paris", "ITA": "Rome", "USA": "Washington", "BEL": "Brussels",
                     "MAR": "Marrakesh", "KWT": "Kuwait"]
        for (code, city) in hosts {
            let roles = try member(code).roles.filter { $0.kind == .host }
            #expect(roles.contains { $0.text.en.contains(city) }, "\(code) should host in \(city)")
        }
        #expect(try member("ITA").roles.contains { $0.kind == .trainer && $0.text.en.contains("police") })
    }

    @Test func smallGroupHasThe32MembersInTheSeedsOrder() throws {
        let small = try group("small-group")
        #expect(small.kind == .smallGroup)
        #expect(small.members.count == 32)
        #expect(small.members.prefix(2) == ["SAU", "USA"])
        #expect(small.members.suffix(3) == ["EUU", "INTERPOL", "NATO"])
        #expect(Set(small.members).count == 32)
    }

    @Test(arguments: [
        ("stabilisation", ["ARE", "DEU"]),
        ("communications", ["USA", "GBR", "ARE"]),
        ("foreign-fighters", ["USA", "NLD", "TUR"]),
        ("counter-finance", ["SAU", "USA", "ITA"]),
    ])
    func workingGroupCoChairs(id: String, coChairs: [String]) throws {
        let g = try group(id)
        #expect(g.kind == .workingGroup)
        #expect(g.coChairs == coChairs)
        #expect(g.sources.contains { $0.source == "seed-002" })
    }

    @Test func groupsNameTheirResolutions() throws {
        #expect(try group("foreign-fighters").resolutions.contains("UNSCR 2178"))
        #expect(try group("counter-finance").resolutions == ["UNSCR 1267"])
    }

    // MARK: Figures and disagreements

    @Test func airStrikesAreASeriesOfTwoObservations() throws {
        let strikes = try figure("air-strikes")
        #expect(strikes.observations.map(\.value).sorted() == [33_000, 35_000])
        #expect(Set(strikes.observations.map(\.source.source)) == ["seed-004", "seed-000"])
        #expect(strikes.observations.first { $0.value == 33_000 }?.qualifier == .moreThan)
        #expect(strikes.disagreement?.kind == .series)
    }

    @Test func counterFinanceGroupSize40Versus54IsAConflict() throws {
        let cifg = try figure("cifg-members")
        #expect(cifg.observations.map(\.value).sorted() == [40, 54])
        #expect(cifg.disagreement?.kind == .conflict)
        #expect(try group("counter-finance").figures.contains("cifg-members"))
    }

    @Test func everyVersionOfTheDisputedFiguresIsKept() throws {
        let members = try figure("members")
        let fromSeeds = members.observations.filter { $0.source.source.hasPrefix("seed-") }
        #expect(fromSeeds.map(\.value).sorted() == [79, 80, 81, 82])
        #expect(members.observations.first { $0.value == 80 }?.qualifier == .moreThan)
        #expect(members.disagreement?.kind == .conflict)
        #expect(members.notes.contains { $0.en.contains("81") })

        // Both seeds say "قوات الأمن العراقية": the same term with two numbers at two dates.
        let trained = try figure("iraqi-forces-trained")
        #expect(Set(trained.observations.map(\.value)).isSuperset(of: [190_000, 126_500]))
        #expect(trained.disagreement?.kind == .conflict)
        #expect(!(trained.disagreement?.reason.en.contains("narrower") ?? true))

        let profiles = try figure("ftf-profile-contributors")
        #expect(profiles.observations.map(\.value).sorted() == [60, 65])
        #expect(profiles.disagreement?.kind == .conflict)

        let territory = try figure("territory-liberated")
        #expect(Set(territory.observations.map(\.value)) == [95, 99, 100])
        #expect(territory.disagreement != nil)

        let projects = try figure("stabilisation-projects-iraq")
        #expect(projects.observations.map(\.value).sorted() == [1_100, 3_100])
        #expect(projects.disagreement?.kind == .scope)

        let displaced = try figure("displaced-returned-iraq")
        #expect(displaced.observations.contains { $0.value == 4_200_000 })
        #expect(displaced.notes.contains { $0.en.contains("million") })
    }

    /// One figure per family of seed-facts.md "Figures", each backed by a quoted seed passage.
    @Test(arguments: [
        "members", "air-strikes", "iraqi-forces-trained", "iraqi-forces-supported", "territory-liberated", "partners-with-forces",
        "displaced-returned-iraq", "stabilisation-projects-iraq", "tikrit-returns", "aid-since-2014",
        "iraq-stabilisation-pledges", "ne-syria-stabilisation-funds", "us-humanitarian-aid-syria",
        "erw-iraq-funding", "erw-iraq-explosives", "erw-syria-funding", "erw-syria-area",
        "undp-facility-health-access", "iraqi-police-trained", "kuwait-conference-pledges", "tabqa-hospital-access",
        "raqqa-schools", "propaganda-output", "twitter-suspensions", "comms-cell-countries", "media-network-languages",
        "cifg-members", "banks-struck", "ftf-profile-contributors", "ftf-profiles", "ftf-prosecuting-countries",
        "ftf-laws", "us-info-sharing-agreements", "enhanced-screening", "leaders-killed", "media-network-arrests",
    ])
    func figureFamilyFromTheSeeds(id: String) throws {
        let f = try figure(id)
        #expect(f.observations.contains { $0.source.source.hasPrefix("seed-") && $0.source.quote != nil })
        for o in f.observations {
            #expect(!o.counts.ar.isEmpty && !o.counts.en.isEmpty)
        }
    }

    @Test func everyFigureWithDifferingObservationsSaysWhy() {
        for f in data.figures {
            let versions = Set(f.observations.map { "\($0.value) \($0.qualifier) \($0.unit)" })
            if versions.count > 1 {
                #expect(f.disagreement != nil, "\(f.id) has differing observations and no disagreement")
                #expect(!(f.disagreement?.reason.ar.isEmpty ?? true) && !(f.disagreement?.reason.en.isEmpty ?? true))
            }
        }
    }

    @Test func donationFiguresNameTheirDonors() throws {
        #expect(Set(try figure("ne-syria-stabilisation-funds").members) == ["SAU", "ARE"])
        #expect(try figure("iraq-stabilisation-pledges").members.contains("DEU"))
    }

    // MARK: Sources and citations

    @Test func seedSourcesCarryOutletDateAndURL() throws {
        let seeds = data.sources.filter { $0.file != nil }
        #expect(seeds.map(\.id).sorted() == ["seed-000", "seed-001", "seed-002", "seed-003", "seed-004"])
        for s in seeds {
            #expect(s.published != nil || s.dateNote != nil, "\(s.id) needs a date or a note saying why not")
        }
        let factSheet = try #require(data.sources.first { $0.id == "seed-004" })
        #expect(factSheet.url == "https://www.state.gov/r/pa/prs/ps/2019/02/288803.htm")
        #expect(factSheet.published == FactDate(iso: "2019-02-06"))
        #expect(data.sources.first { $0.id == "seed-001" }?.published == nil)
    }

    @Test func everyRecordHasACitationAndEveryCitationResolves() {
        let ids = Set(data.sources.map(\.id))
        for (record, citations) in AllCitations.byRecord(data) {
            #expect(!citations.isEmpty, "\(record) has no citation")
            for c in citations {
                #expect(ids.contains(c.source), "\(record) cites unknown source \(c.source)")
            }
        }
    }

    /// Every quote that cites a seed, wherever it sits (event, member, role, group, figure
    /// observation: `Store.uses(ofSource:)` lists them all), is in the seed's text, verbatim.
    @Test func everySeedQuoteIsVerbatimInItsArticle() throws {
        let seeds = data.sources.filter { $0.kind == .seed }
        #expect(seeds.count == 5)
        var checked = 0
        for source in seeds {
            let file = try #require(source.file)
            let path = try #require(BundledPaths.article(file), "\(file) is in neither article folder")
            let text = WhitespaceNormalised.bytes(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)),
                                                         as: UTF8.self))
            for use in store.uses(ofSource: source.id) {
                guard let quote = use.quote else { continue }
                checked += 1
                #expect(WhitespaceNormalised.bytes(quote).occurs(in: text),
                        "\(use.record) \(use.part): not verbatim in \(source.id): \(quote)")
            }
        }
        // The walk above reaches every quoted seed citation of the data set.
        let quoted = AllCitations.byRecord(data).flatMap(\.1).filter { c in
            c.quote != nil && seeds.contains { $0.id == c.source }
        }
        #expect(checked == quoted.count && checked > 200)
    }

    @Test func publicSourcesSayWhenTheyWereReadOrThatTheyCouldNotBe() {
        for s in data.sources where s.kind == .official || s.kind == .press || s.kind == .reference {
            let unchecked = s.dateNote?.en.contains("not checked") == true || s.dateNote?.en.contains("could not be checked") == true
            #expect(s.accessed != nil || unchecked, "\(s.id) has no access date and does not say why")
        }
        #expect(!data.sources.contains { $0.id == "CAF2020" })
        let ecofin = data.sources.first { $0.id == "ECOFIN2021" }
        #expect(ecofin?.outlet.en.contains("Ecofin") == true && ecofin?.url?.contains("essadafr") == true)
    }
}

/// Locations of the bundled data and of the seed articles in the repository, from this file's path.
enum BundledPaths {
    static let repo: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/CoalitionStoreTests/SeedFactsTests.swift
        return parts.joined(separator: "/")
    }()

    static let resources = repo + "/Resources"

    /// Seed articles live in the repository: 004 (public domain) in `Resources/articles`, 000–003
    /// (press articles) as test fixtures in `Tests/Fixtures/articles`.
    static let articleDirectories = [repo + "/Resources/articles", repo + "/Tests/Fixtures/articles"]

    /// The path of a seed article, from whichever folder holds it.
    static func article(_ file: String) -> String? {
        articleDirectories.map { $0 + "/" + file }.first { FileManager.default.fileExists(atPath: $0) }
    }
}

/// Every citation in a data set, grouped by the record (or role) that makes it.
enum AllCitations {
    static func byRecord(_ d: Dataset) -> [(String, [Citation])] {
        var out: [(String, [Citation])] = []
        for e in d.events { out.append(("event \(e.id)", e.sources)) }
        for m in d.members {
            out.append(("member \(m.code)", m.sources))
            for (i, r) in m.roles.enumerated() { out.append(("member \(m.code) role \(i)", r.sources)) }
        }
        for g in d.groups { out.append(("group \(g.id)", g.sources)) }
        for f in d.figures {
            out.append(("figure \(f.id)", f.observations.map(\.source)))
        }
        return out
    }
}

/// Text as UTF-8 with every run of whitespace (including no-break spaces) folded to one space:
/// quotes must match the seed byte for byte otherwise, harakat included.
enum WhitespaceNormalised {
    static func bytes(_ text: String) -> [UInt8] {
        Array(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
    }
}

extension Array where Element == UInt8 {
    /// Whether `self` occurs as a contiguous run inside `text`.
    func occurs(in text: [UInt8]) -> Bool {
        guard !isEmpty, count <= text.count else { return isEmpty }
        for start in 0...(text.count - count) where text[start] == self[0] {
            if text[start..<(start + count)].elementsEqual(self) { return true }
        }
        return false
    }
}
