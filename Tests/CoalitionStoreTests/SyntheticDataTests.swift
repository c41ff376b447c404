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

    @Test func memberCodesStayValidBeyondThreeLetters() {
        #expect(SyntheticData.memberCode(0) == "AAA")
        #expect(SyntheticData.memberCode(17_575) == "ZZZ")
        #expect(SyntheticData.memberCode(17_576) == "XAAAAA")
    }
}
