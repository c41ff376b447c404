import Testing
import RTLText

@Suite struct TextEngineSmokeTests {
    @Test func wrapNeverExceedsWidth() {
        let rows = TextEngine().wrap("abc def ghi", width: 4, base: .ltr)
        #expect(rows.allSatisfy { $0.width <= 4 })
    }
}
