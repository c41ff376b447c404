import Testing
@testable import CoalitionStore

@Suite struct StoreIndexTests {
    let store = Fixture.store

    @Test func timelineIsSortedByDateThenId() {
        #expect(store.eventsByDate.map(\.id) == ["ministerial-2014-paris", "ffis-2015", "ministerial-2016-brussels",
                                                 "africa-focus-2021", "ministerial-2022-marrakesh"])
        #expect(store.timelineIndex(ofEvent: "ffis-2015") == 1)
    }

    @Test func lookupsByKey() {
        #expect(store.event("ffis-2015")?.category == .stabilisation)
        #expect(store.member("SAU")?.name.en == "Saudi Arabia")
        #expect(store.group("small-group")?.kind == .smallGroup)
        #expect(store.figure("air-strikes")?.observations.count == 2)
        #expect(store.source("seed-004")?.url == "https://www.state.gov/example")
        #expect(store.member("XXX") == nil)
    }

    @Test func eventsByCategoryInTimelineOrder() {
        #expect(store.events(in: .ministerial).map(\.id) == ["ministerial-2014-paris", "ministerial-2016-brussels",
                                                             "ministerial-2022-marrakesh"])
        #expect(store.events(in: .military).isEmpty)
    }

    @Test func groupMembershipBothWays() {
        #expect(store.groups(ofMember: "SAU").map(\.id) == ["counter-finance", "small-group"])
        #expect(store.groups(ofMember: "USA").map(\.id) == ["counter-finance", "africa-focus", "small-group"])
        #expect(store.members(ofGroup: "small-group") == ["USA", "SAU", "MAR"])
        #expect(store.members(ofGroup: "africa-focus") == ["MAR", "NER", "USA", "ITA"])
        #expect(store.members(ofGroup: "nope") == [])
    }

    @Test func eventsByMemberAndGroup() {
        #expect(store.events(involvingMember: "MAR").map(\.id) == ["africa-focus-2021", "ministerial-2022-marrakesh"])
        #expect(store.events(involvingGroup: "africa-focus").map(\.id) == ["africa-focus-2021", "ministerial-2022-marrakesh"])
    }

    @Test func figuresByThemeAndMember() {
        #expect(store.figures(theme: .military).map(\.id) == ["air-strikes"])
        #expect(store.figures(involvingMember: "USA").map(\.id) == ["air-strikes"])
        #expect(store.figures(theme: .membership).isEmpty)
    }
}
