import Testing
@testable import CoalitionStore

/// The look-ups behind the browser's facets and members table.
@Suite struct StoreFacetTests {
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
