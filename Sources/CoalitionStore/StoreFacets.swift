/// Look-ups the browser's facets and members table need: members by join year, and how many
/// records name a member.
extension Store {
    /// Members whose `joined` date falls in `year`, in data order. Undated members (the founding
    /// members, whose accession no source dates) are in no year.
    ///
    /// ```swift
    /// store.members(joinedIn: 2017).map(\.code)   // ["AFG", "PHL", ...]
    /// ```
    public func members(joinedIn year: Int) -> [Member] {
        (membersByJoinYear[year] ?? []).map { dataset.members[$0] }
    }

    /// The years in which at least one member joined, ascending.
    public var joinYears: [Int] { membersByJoinYear.keys.sorted() }

    /// How many records name a member: the events that list it, the figures about it and the
    /// groups it co-chairs or belongs to (each record once). The member's own record is not counted.
    /// Counted on the indexes, without building the records (the table sorts 10,000 synthetic members by it).
    public func recordCount(ofMember code: String) -> Int {
        (eventsByMember[code]?.count ?? 0) + (figuresByMember[code]?.count ?? 0) + (groupsByMember[code]?.count ?? 0)
    }
}
