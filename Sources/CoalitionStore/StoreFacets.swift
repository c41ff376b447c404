/// A look-up the members table needs: how many records name a member.
extension Store {
    /// How many records name a member: the events that list it, the figures about it and the
    /// groups it co-chairs or belongs to (each record once). The member's own record is not counted.
    /// Counted on the indexes, without building the records (the table sorts 10,000 synthetic members by it).
    public func recordCount(ofMember code: String) -> Int {
        (eventsByMember[code]?.count ?? 0) + (figuresByMember[code]?.count ?? 0) + (groupsByMember[code]?.count ?? 0)
    }
}
