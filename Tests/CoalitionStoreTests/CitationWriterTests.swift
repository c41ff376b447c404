import Foundation
import Testing
@testable import CoalitionStore

/// The reference formats and record look-up, on hand-made sources that carry what trips writers:
/// LaTeX specials, braces in a URL, Arabic, a date known to the month, an access date.
@Suite struct CitationWriterTests {
    static let tricky = Source(
        id: "web 1", kind: .official, outlet: Fixture.l("الوزارة", "Ministry & Co"),
        title: Fixture.l("تقرير 50% عن {داعش}", "Report: 50% of $funds_#1 {cut} ~ ^ \\ done"),
        published: FactDate(year: 2019, month: 2), url: "https://example.org/a{b}?q=1 2",
        accessed: FactDate(year: 2026, month: 1, day: 5))
    static let seed = Source(id: "seed-004", file: "004_example.txt", outlet: Fixture.l("وزارة الخارجية", "State"),
                             title: Fixture.l("التحالف الدولي", "The Global Coalition"),
                             published: FactDate(year: 2019, month: 2, day: 6))

    @Test func bibTeXEscapesLaTeXSpecialsAndKeepsArabic() {
        let en = BibTeXWriter.write([CitationEntry(source: Self.tricky, language: .en, notes: ["line one\nline two"])])
        #expect(en.hasPrefix("@online{web-1,\n"))
        #expect(en.contains("title = {Report: 50\\% of \\$funds\\_\\#1 \\textbraceleft{}cut\\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} done}"))
        #expect(en.contains("organization = {Ministry \\& Co}"))
        #expect(en.contains("date = {2019-02}"))
        #expect(en.contains("urldate = {2026-01-05}"))
        #expect(en.contains("url = {https://example.org/a%7Bb%7D?q=1%202}"))
        #expect(en.contains("note = {line one line two}"))
        let ar = BibTeXWriter.write([CitationEntry(source: Self.tricky, language: .ar)])
        #expect(ar.contains("title = {تقرير 50\\% عن \\textbraceleft{}داعش\\textbraceright{}}"))
        #expect(ar.contains("langid = {arabic}"))
    }

    @Test func bibTeXKeysAreSourceIdsAndUnique() {
        var twin = Self.seed
        twin.id = "seed 004"   // made safe it collides with seed-004
        let out = BibTeXWriter.write([Self.seed, twin, Self.tricky].map { CitationEntry(source: $0, language: .en) })
        #expect(out.contains("@article{seed-004,"))
        #expect(out.contains("@article{seed-004-2,"))
        #expect(out.contains("note = {seed file: 004\\_example.txt}"))
        #expect(out.components(separatedBy: "urldate = ").count == 2)   // only the source with an access date
    }

    @Test func cslJSONDatesHaveTheDataPrecision() throws {
        let out = CSLJSONWriter.write([CitationEntry(source: Self.tricky, language: .en, notes: ["n"]),
                                       CitationEntry(source: Self.seed, language: .ar)])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["type"] as? String == "webpage")
        #expect((items[0]["issued"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2019, 2]])
        #expect((items[0]["accessed"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2026, 1, 5]])
        #expect(items[0]["container-title"] as? String == "Ministry & Co")
        #expect(items[0]["note"] as? String == "n")
        #expect(items[1]["type"] as? String == "article-newspaper")
        #expect(items[1]["title"] as? String == "التحالف الدولي")
        #expect(items[1]["language"] as? String == "ar")
        #expect(items[1]["archive_location"] as? String == "004_example.txt")
        #expect(items[1]["accessed"] == nil)
    }

    @Test func risRecordsRunFromTYToER() {
        let out = RISWriter.write([CitationEntry(source: Self.tricky, language: .en, notes: ["a\nb"]),
                                   CitationEntry(source: Self.seed, language: .en)])
        let lines = out.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(lines.filter { $0.hasPrefix("TY  - ") } == ["TY  - ELEC", "TY  - NEWS"])
        #expect(lines.filter { $0 == "ER  - " }.count == 2)
        #expect(lines.contains("DA  - 2019/02//"))
        #expect(lines.contains("DA  - 2019/02/06/"))
        #expect(lines.contains("Y2  - 2026/01/05/"))
        #expect(lines.contains("N1  - a b"))
        #expect(lines.allSatisfy { $0.count >= 6 && $0.dropFirst(2).hasPrefix("  - ") })
    }

    @Test func recordsAreFoundByIdCodeOrPrefix() {
        let store = Fixture.store
        #expect(store.lookUpRecord("ministerial-2022-marrakesh") == .found(RecordRef(.event, "ministerial-2022-marrakesh")))
        #expect(store.lookUpRecord("sau") == .found(RecordRef(.member, "SAU")))
        #expect(store.lookUpRecord("member:SAU") == .found(RecordRef(.member, "SAU")))
        #expect(store.lookUpRecord("group:counter-finance") == .found(RecordRef(.group, "counter-finance")))
        #expect(store.lookUpRecord("figure:air-strikes") == .found(RecordRef(.figure, "air-strikes")))
        #expect(store.lookUpRecord("event:SAU") == .unknown)
        #expect(store.lookUpRecord("nothing-like-it") == .unknown)
    }

    @Test func anIdOfTwoKindsIsAmbiguous() {
        var dataset = Fixture.dataset
        dataset.groups[0].id = "SAU"
        let store = Store(dataset: dataset)
        #expect(store.lookUpRecord("SAU") == .ambiguous([RecordRef(.member, "SAU"), RecordRef(.group, "SAU")]))
        #expect(store.lookUpRecord("group:SAU") == .found(RecordRef(.group, "SAU")))
    }

    @Test func aRecordsCitationsFollowItsParts() {
        let store = Fixture.store
        let strikes = store.citations(of: RecordRef(.figure, "air-strikes"))
        #expect(strikes.map(\.use.part) == store.figure("air-strikes")!.observations.indices.map { .observation($0) })
        let marrakesh = store.citations(of: RecordRef(.event, "ministerial-2022-marrakesh"))
        #expect(marrakesh.map(\.source.id) == ["seed-002"])
        #expect(marrakesh.first?.use.quote == "وعام 2022م في مراكش")
    }
}
