import Foundation
import Testing
import CoalitionStore
@testable import TahalufTestSupport

@Suite struct SyntheticDataTests {
    @Test func generatedDataValidates() throws {
        let dataset = SyntheticData.make(events: 1500, members: 300, seed: 11)
        let directory = Fixture.temporaryDirectory()
        try DatasetWriter.write(dataset, to: directory)
        let store = try Store.load(directory: directory)
        #expect(store.dataset == dataset)
        #expect(store.eventsByDate.count == 1500)
        #expect(store.dataset.members.count == 300)
    }

    @Test func sameSeedSameData() {
        #expect(SyntheticData.make(events: 200, members: 50, seed: 5) == SyntheticData.make(events: 200, members: 50, seed: 5))
        #expect(SyntheticData.make(events: 200, members: 50, seed: 5) != SyntheticData.make(events: 200, members: 50, seed: 6))
    }

    @Test func textIsBilingualWithSomeHarakat() {
        let dataset = SyntheticData.make(events: 200, members: 20, seed: 1)
        #expect(dataset.events.contains { $0.title.ar.unicodeScalars.contains { (0x064B...0x0652).contains($0.value) } })
        #expect(dataset.events.allSatisfy { !$0.title.en.isEmpty && !$0.title.ar.isEmpty })
    }

    /// What a researcher's incident list holds: many kinds of report, Latin names and both digit
    /// sets inside Arabic, several members and quoted sources per event, undated days.
    @Test func eventsReadLikeRealIncidentReports() {
        let events = SyntheticData.make(events: 2000, members: 100, seed: 3).events
        let categories = Set(events.map(\.category))
        #expect(categories.count >= 6)
        #expect(events.filter { $0.category == .military }.count > events.count / 3)   // strikes lead
        #expect(events.contains { $0.summary.ar.contains("MQ-9") || $0.summary.ar.contains("UNMAS") })
        #expect(events.contains { $0.summary.ar.unicodeScalars.contains { (0x0660...0x0669).contains($0.value) } })
        #expect(events.contains { $0.summary.ar.unicodeScalars.contains { (0x30...0x39).contains($0.value) } })
        #expect(events.contains { $0.members.count >= 3 })
        #expect(events.contains { $0.sources.count == 2 })
        #expect(events.filter { $0.sources.contains { $0.quote != nil } }.count > events.count / 3)
        #expect(events.contains { $0.date.day == nil })
        #expect(Set(events.compactMap(\.place?.en)).count > 20)
        #expect(Set(events.map(\.id)).count == events.count)
    }

    /// The streaming writer gives exactly the data set `make` builds in memory, one event per line,
    /// and the same rows as CSV and HTML.
    @Test func streamedDirectoryEqualsTheInMemoryDataSet() throws {
        let directory = Fixture.temporaryDirectory()
        let csv = directory + "/events.csv", html = directory + "/events.html"
        try SyntheticDataWriter.write(events: 700, members: 90, seed: 9, to: directory + "/data", csv: csv, html: html)
        let store = try Store.load(directory: directory + "/data")
        let expected = SyntheticData.make(events: 700, members: 90, seed: 9)
        #expect(store.dataset == expected)

        let json = try String(contentsOfFile: directory + "/data/events.json", encoding: .utf8)
        let lines = json.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 700 + 3)   // "[", the events, "]", and the final newline
        #expect(lines[1].hasPrefix("{\"id\": \"\(expected.events[0].id)\""))
        let meanBytes = (json.utf8.count - 4) / 700
        #expect((400...800).contains(meanBytes), "an event should weigh what real ones do, not \(meanBytes) bytes")

        let table = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(table.components(separatedBy: "\r\n").count == 700 + 2)
        #expect(table.hasPrefix("id,date,inferred_ar,inferred_en,category,title_ar,title_en,"))
        #expect(table.contains(expected.events[699].title.ar))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.components(separatedBy: "<tr>").count == 700 + 2)
        #expect(page.contains("<td>\(expected.events[0].title.en)</td>"))
        #expect(page.hasSuffix("</table>\n</body>\n</html>\n"))
    }

    @Test func htmlCellsAreEscaped() {
        var out = ""
        HTMLTable.append(["<b>Tom & Jerry</b>"], to: &out)
        #expect(out == "<tr><td>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</td></tr>\n")
    }

    @Test func memberCodesStayValidBeyondThreeLetters() {
        #expect(SyntheticData.memberCode(0) == "AAA")
        #expect(SyntheticData.memberCode(17_575) == "ZZZ")
        #expect(SyntheticData.memberCode(17_576) == "XAAAAA")
    }
}
