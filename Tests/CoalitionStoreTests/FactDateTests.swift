import Testing
@testable import CoalitionStore

@Suite struct FactDateTests {
    @Test func parsesEachPrecision() {
        #expect(FactDate(iso: "2014")?.precision == .year)
        #expect(FactDate(iso: "2014-09")?.precision == .month)
        #expect(FactDate(iso: "2014-09-10")?.precision == .day)
    }

    @Test func rejectsImpossibleDates() {
        #expect(FactDate(iso: "2019-02-29") == nil)
        #expect(FactDate(iso: "2020-02-29") != nil)
        #expect(FactDate(iso: "2014-13") == nil)
        #expect(FactDate(iso: "14-09-10") == nil)
    }

    @Test func lessPreciseSortsFirst() {
        #expect(FactDate(iso: "2014")! < FactDate(iso: "2014-09")!)
        #expect(FactDate(iso: "2014-09")! < FactDate(iso: "2014-09-10")!)
    }
}
