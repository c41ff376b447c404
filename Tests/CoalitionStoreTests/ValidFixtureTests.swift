import Testing
@testable import CoalitionStore

@Suite struct ValidFixtureTests {
    @Test func fixtureLoadsBackEqual() throws {
        let directory = Fixture.directory()
        let store = try Store.load(directory: directory)
        #expect(store.dataset == Fixture.dataset)
    }
}
