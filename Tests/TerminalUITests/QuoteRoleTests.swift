import Testing
import TerminalUI

/// The article reader's `quote` role: quoted passages must stand out from body text, and from the
/// current passage (`selected`) and search matches (`match`) drawn over them, at every depth.
@Suite struct QuoteRoleTests {
    @Test(arguments: [ColorDepth.monochrome, .basic8, .indexed256], ThemeVariant.allCases)
    func quotedPassagesStandOut(depth: ColorDepth, variant: ThemeVariant) {
        let theme = ColorTheme(variant: variant, depth: depth)
        let quote = theme.look(for: StyleRole.quote)
        #expect(quote != theme.look(for: StyleRole.normal), "\(depth) \(variant)")
        #expect(quote != theme.look(for: StyleRole.selected), "\(depth) \(variant)")
        #expect(quote != theme.look(for: StyleRole.match), "\(depth) \(variant)")
    }
}
