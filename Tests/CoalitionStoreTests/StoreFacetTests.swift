import Testing
@testable import CoalitionStore

/// The look-ups behind the browser's facets and members table.
@Suite struct StoreFacetTests {
    /// The fixture with three members given join dates.
    static let store: Store = {
        var dataset = Fixture.dataset
        for (code, date) in [("NER", "2017-05-10"), ("NGA", "2017"), ("MAR", "2018-03")] {
            let i = dataset.members.firstIndex { $0.code == code }!
            dataset.members[i].joined = FactDate(iso: date)
        }
        return Store(dataset: dataset)
    }()

    @Test func membersByJoinYear() {
        #expect(Self.store.members(joinedIn: 2017).map(\.code) == ["NER", "NGA"])
        #expect(Self.store.members(joinedIn: 2018).map(\.code) == ["MAR"])
        #expect(Self.store.members(joinedIn: 2014).isEmpty)
        #expect(Self.store.joinYears == [2017, 2018])
    }

    @Test func undatedMembersAreInNoYear() {
        #expect(Fixture.store.joinYears.isEmpty)
    }

    /// USA: two events, one figure, three groups (co-chair twice, Small Group once).
    @Test func recordCountAddsEventsFiguresAndGroups() {
        let store = Fixture.store
        #expect(store.events(involvingMember: "USA").count == 2)
        #expect(store.figures(involvingMember: "USA").count == 1)
        #expect(store.groups(ofMember: "USA").count == 3)
        #expect(store.recordCount(ofMember: "USA") == 2 + 1 + 3)
        #expect(store.recordCount(ofMember: "EUU") == 0)
    }
}
