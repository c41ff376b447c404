import Testing
@testable import CoalitionStore
import TahalufTestSupport

@Suite struct SearchTests {
    let store = Fixture.store

    func refs(_ query: String, limit: Int = 100) -> [RecordRef] { store.search(query, limit: limit).map(\.ref).filter { $0.kind != .source } }

    @Test func marrakeshWithAndWithoutHarakatFindsTheMinisterialFirst() {
        let marrakesh = RecordRef(.event, "ministerial-2022-marrakesh")
        #expect(refs("مراكش").first == marrakesh)
        #expect(refs("مَرَّاكُش").first == marrakesh)
        #expect(refs("ﻣﺮﺍﻛﺶ").first == marrakesh)
        #expect(refs("marrakesh").first == marrakesh)
        // The event that only mentions Marrakesh in its summary comes after.
        #expect(refs("مراكش") == [marrakesh, RecordRef(.event, "africa-focus-2021")])
    }

    /// The index is built on first use; one built ahead on a background thread answers alike.
    @Test func anIndexBuiltInTheBackgroundAnswersLikeOneBuiltOnFirstUse() {
        let ahead = Store(dataset: Fixture.dataset)
        ahead.prepareSearchInBackground()
        let onFirstUse = Store(dataset: Fixture.dataset)
        for query in ["مراكش", "ffis", "النيجر", "2014", "x"] {
            #expect(ahead.search(query) == onFirstUse.search(query))
        }
    }

    @Test func ffisFindsTheFund() {
        #expect(refs("ffis").first == RecordRef(.event, "ffis-2015"))
        #expect(refs("FFIS").first == RecordRef(.event, "ffis-2015"))
        #expect(refs("صندوق").first == RecordRef(.event, "ffis-2015"))
    }

    @Test func exactBeforePrefixBeforeSubstring() {
        let hits = store.search("niger")
        #expect(hits.map(\.ref).filter { $0.kind != .source } == [RecordRef(.member, "NER"), RecordRef(.member, "NGA"), RecordRef(.group, "africa-focus")])
        #expect(hits.map(\.rank) == [.exact, .wordStart, .inside])
    }

    @Test func arabicRanking() {
        let hits = store.search("النيجر")
        #expect(hits.first?.ref == RecordRef(.member, "NER"))
        #expect(hits.first?.rank == .exact)
    }

    @Test func titlesBeforeSummariesWithinARank() {
        // Both are prefix matches; the 2021 title outranks the earlier 2016 summary.
        #expect(refs("brussels") == [RecordRef(.event, "africa-focus-2021"), RecordRef(.event, "ministerial-2016-brussels")])
    }

    @Test func timelineOrderBreaksTies() {
        // "ministerial" starts a title word in the 2016 and 2022 events: earlier first.
        let events = refs("ministerial meeting").filter { $0.kind == .event }
        #expect(events == [RecordRef(.event, "ministerial-2016-brussels"), RecordRef(.event, "ministerial-2022-marrakesh")])
        #expect(store.search("ministerial meeting").first?.rank == .exact)
    }

    @Test func multiWordQueriesMatchAcrossWords() {
        #expect(refs("الاجتماع الوزاري في مراكش").first == RecordRef(.event, "ministerial-2022-marrakesh"))
        #expect(store.search("الاجتماع الوزاري في مراكش").first?.rank == .exact)
        #expect(refs("meeting in marr") == [RecordRef(.event, "ministerial-2022-marrakesh")])
        #expect(refs("eting in marr").first == RecordRef(.event, "ministerial-2022-marrakesh"))
        #expect(store.search("eting in marr").first?.rank == .inside)
        #expect(refs("meeting in paris").isEmpty)
    }

    @Test func codesAndIdsAreSearchable() {
        #expect(refs("SAU").first == RecordRef(.member, "SAU"))
        #expect(store.search("sau").first?.rank == .exact)
        #expect(refs("counter-finance").first == RecordRef(.group, "counter-finance"))
        #expect(refs("air-strikes").first == RecordRef(.figure, "air-strikes"))
        #expect(refs("ministerial-2014-paris") == [RecordRef(.event, "ministerial-2014-paris")])
    }

    @Test func allKindsAreFound() {
        #expect(refs("التمويل").contains(RecordRef(.group, "counter-finance")))
        #expect(refs("الضربات").contains(RecordRef(.figure, "air-strikes")))
        #expect(refs("الاتحاد الأوروبي").first == RecordRef(.member, "EUU"))
        #expect(refs("١٠٠ مليون").first == RecordRef(.member, "SAU"))    // a role's text, digits folded
        #expect(refs("100").first == RecordRef(.member, "SAU"))
    }

    @Test func limitAndEmptyQueries() {
        #expect(store.search("a", limit: 3).count == 3)
        #expect(store.search("", limit: 10).isEmpty)
        #expect(store.search("  ، ", limit: 10).isEmpty)
        #expect(store.search("مراكش", limit: 0).isEmpty)
        #expect(store.search("zzzz").isEmpty)
    }

    @Test func hitsCarryKindIdAndTitle() throws {
        let hit = try #require(store.search("المغرب").first)
        #expect(hit.ref == RecordRef(.member, "MAR"))
        #expect(hit.title == Localized(ar: "المغرب", en: "Morocco"))
    }

    @Test func searchOverSyntheticStoreFindsVoweledTitles() {
        let synthetic = Store(dataset: SyntheticData.make(events: 4000, members: 200, seed: 7))
        let hits = synthetic.search("الموصل", limit: 50)
        #expect(hits.count == 50)
        #expect(hits.allSatisfy { $0.ref.kind == .event && $0.rank == .exact })   // the place field equals the query
        // Every event that names the town in its title or place, harakat or not ("المَوْصِل").
        let brute = synthetic.eventsByDate.filter {
            Normalizer.normalize($0.title.ar).contains("الموصل") || $0.place?.ar == "الموصل"
        }
        #expect(brute.count > 50)
        #expect(brute.contains { $0.title.ar.contains("المَوْصِل") })
        #expect(synthetic.search("الموصل", limit: 10_000).count == brute.count)
    }

    @Test func wholeWordsBeforeWordStartsBeforeInsideWords() {
        #expect(store.search("brussels").map(\.rank) == [.exact, .word])   // a place, then a summary word
        // "strike" is a whole word nowhere; "air" is one in the figure's title.
        #expect(store.search("air").first?.ref == RecordRef(.figure, "air-strikes"))
        #expect(store.search("air").first?.rank == .word)
        #expect(store.search("stri").first?.rank == .wordStart)
    }

    @Test func arabicWordStartsComeAfterTheClitics() {
        // "الضربات" is found from "ضربات", a word start after the article.
        let hit = store.search("ضربات").first
        #expect(hit?.ref == RecordRef(.figure, "air-strikes"))
        #expect(hit?.rank == .word)
        #expect(store.search("ضرب").first?.rank == .wordStart)
    }

    @Test func stemsSetCliticsAside() {
        #expect(ArabicWords.stems(of: "بالباغوز").contains("باغوز"))
        #expect(ArabicWords.stems(of: "والتحالف").contains("تحالف"))
        #expect(ArabicWords.stems(of: "للتحالف").contains("تحالف"))
        #expect(ArabicWords.stems(of: "قواتها").contains("قوات"))
        #expect(ArabicWords.stems(of: "وقواتهم").contains("قوات"))
        // Short words keep their letters: ال and a one-letter proclitic need a word behind them.
        #expect(ArabicWords.stems(of: "الى") == ["الي"])
        #expect(ArabicWords.stems(of: "بلد") == ["بلد"])
    }

    @Test func compoundNamesAreJoined() {
        #expect(String(decoding: SearchIndex.searchForm("أبو ظبي"), as: UTF8.self) == "ابوظبي")
        #expect(String(decoding: SearchIndex.searchForm("عبد الله الثاني"), as: UTF8.self) == "عبدالله الثاني")
        #expect(String(decoding: SearchIndex.searchForm("قال أبو"), as: UTF8.self) == "قال ابو")
        #expect(String(decoding: SearchIndex.searchForm("Abu Dhabi"), as: UTF8.self) == "abu dhabi")
    }

    @Test func aliasesInTheDatasetJoinSpellings() {
        var dataset = Fixture.dataset
        #expect(Store(dataset: dataset).search("marrakech").isEmpty)
        dataset.aliases = [AliasGroup(spellings: ["Marrakesh", "Marrakech"])]
        let hits = Store(dataset: dataset).search("marrakech")
        #expect(hits.first?.ref == RecordRef(.event, "ministerial-2022-marrakesh"))
        #expect(hits.first?.snippet.match == "Marrakesh")
    }

    @Test func snippetsHighlightTheOriginalLetters() throws {
        let hit = try #require(store.search("مراكش").first)
        #expect(hit.snippet.text.contains(hit.snippet.match))
        #expect(Normalizer.normalize(hit.snippet.match) == "مراكش")
        let snippet = SnippetMaker.snippet(of: "الاجتماعُ الوزاريُّ في مَرَّاكُش", for: Array("مراكش".utf8))
        #expect(snippet == Snippet(before: "الاجتماعُ الوزاريُّ في ", match: "مَرَّاكُش", after: ""))
        let clitic = SnippetMaker.snippet(of: "معركة بالباغوز الأخيرة", for: Array("باغوز".utf8))
        #expect(clitic.match == "باغوز")
        #expect(clitic.before == "معركة بال")
    }

    @Test func sourcesComeLastAmongEqualMatches() {
        let hits = store.search("seed")
        #expect(!hits.isEmpty)
        #expect(store.search("004").contains { $0.ref == RecordRef(.source, "seed-004") })
    }
}
