import Testing
@testable import SharedValues

@Suite struct DataTextRuleTests {
    /// The arithmetic noncharacter test agrees with the standard library's table on every scalar.
    @Test func noncharactersAreExactlyTheStandardLibrarys() {
        var count = 0, disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if DataTextRule.isNoncharacter(value) != scalar.properties.isNoncharacterCodePoint { disagreements.append(value) }
            if DataTextRule.isNoncharacter(value) { count += 1 }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5).map { String($0, radix: 16) })")
        #expect(count == 66)
        #expect(DataTextRule.problem(in: "a\u{FFFE}") == "the noncharacter U+FFFE")
        #expect(DataTextRule.mustEscapeInJSON("\u{10FFFF}"))
        #expect(!DataTextRule.mustEscapeInJSON("\u{FFFD}"))
    }
}
