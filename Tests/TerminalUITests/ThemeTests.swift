import Testing
import TerminalUI

@Suite struct ThemeTests {
    @Test func colourDepthFollowsTerminfoAndNoColor() {
        #expect(ColorDepth(colors: 256, noColor: false) == .indexed256)
        #expect(ColorDepth(colors: 16, noColor: false) == .basic8)
        #expect(ColorDepth(colors: 8, noColor: false) == .basic8)
        #expect(ColorDepth(colors: 2, noColor: false) == .monochrome)
        #expect(ColorDepth(colors: -1, noColor: false) == .monochrome)
        #expect(ColorDepth(colors: 256, noColor: true) == .monochrome)
    }

    /// Monochrome uses no colour and only bold, reverse and underline.
    @Test(arguments: ThemeVariant.allCases)
    func monochromeUsesAttributesOnly(variant: ThemeVariant) {
        let theme = ColorTheme(variant: variant, depth: .monochrome)
        for role in StyleRole.allCases {
            let look = theme.look(for: role)
            #expect(look.foreground == .terminalDefault && look.background == .terminalDefault, "\(role)")
            #expect(look.attributes.isSubset(of: [.bold, .reverse, .underline]), "\(role)")
        }
    }

    /// Without colour, the selection and the status bar must still stand out from plain text.
    @Test(arguments: [ColorDepth.monochrome, .basic8, .indexed256], ThemeVariant.allCases)
    func selectionAndStatusAreDistinctFromNormal(depth: ColorDepth, variant: ThemeVariant) {
        let theme = ColorTheme(variant: variant, depth: depth)
        let normal = theme.look(for: StyleRole.normal)
        for role in [StyleRole.selected, .status, .borderFocused, .match, .tileHighlight] {
            #expect(theme.look(for: role) != normal, "\(role) at \(depth) \(variant)")
        }
        #expect(theme.look(for: .selected) != theme.look(for: .selectedUnfocused))
    }

    @Test(arguments: ThemeVariant.allCases)
    func colourIndexesFitTheDepth(variant: ThemeVariant) {
        for (depth, limit) in [(ColorDepth.basic8, 8), (.indexed256, 256)] {
            let theme = ColorTheme(variant: variant, depth: depth)
            for role in StyleRole.allCases {
                let look = theme.look(for: role)
                for color in [look.foreground, look.background] {
                    if case .index(let n) = color { #expect((0..<limit).contains(n), "\(role) \(depth) \(variant)") }
                }
            }
        }
    }

    @Test func styleEmphasisAddsToTheRole() {
        let theme = ColorTheme(variant: .dark, depth: .indexed256)
        let look = theme.look(for: Style(.normal, bold: true, underline: true))
        #expect(look.attributes.contains([.bold, .underline]))
        #expect(theme.look(for: Style(.link)).attributes.contains(.underline))
    }

    /// High contrast pins both colours (never the terminal's own background) for body text.
    @Test func highContrastSetsBothColours() {
        for depth in [ColorDepth.basic8, .indexed256] {
            let look = ColorTheme(variant: .highContrast, depth: depth).look(for: StyleRole.normal)
            #expect(look.foreground != .terminalDefault && look.background != .terminalDefault)
        }
    }

    @Test func lightAndDarkDiffer() {
        let dark = ColorTheme(variant: .dark, depth: .indexed256), light = ColorTheme(variant: .light, depth: .indexed256)
        #expect(StyleRole.allCases.contains { dark.look(for: $0) != light.look(for: $0) })
    }
}

/// `Style.alternate`: a second shade of the tile roles in the 256-colour themes (a colour change
/// costs the terminal one short sequence), underline where there is no such shade.
@Suite struct AlternateShadeTests {
    static let tiles: [StyleRole] = [.tileDim, .tileMember, .tileTheatre, .tileOrganisation, .tileHighlight]

    @Test(arguments: [ThemeVariant.dark, .light])
    func tileRolesGetAnotherColourAndNoAttribute(variant: ThemeVariant) {
        let theme = ColorTheme(variant: variant, depth: .indexed256)
        for role in Self.tiles {
            let plain = theme.look(for: Style(role)), shaded = theme.look(for: Style(role, alternate: true))
            #expect(shaded != plain, "\(role)")
            #expect(shaded.attributes == plain.attributes, "\(role)")
            #expect(shaded.foreground != plain.foreground || shaded.background != plain.background, "\(role)")
        }
    }

    @Test(arguments: [ColorDepth.monochrome, .basic8])
    func withoutTheShadesItIsUnderlined(depth: ColorDepth) {
        let theme = ColorTheme(variant: .dark, depth: depth)
        for role in Self.tiles {
            #expect(theme.look(for: Style(role, alternate: true)).attributes.contains(.underline), "\(role)")
        }
    }

    @Test func highContrastAndOtherRolesAreUnderlined() {
        #expect(ColorTheme(variant: .highContrast, depth: .indexed256).look(for: Style(.tileMember, alternate: true))
            .attributes.contains(.underline))
        #expect(ColorTheme(variant: .dark, depth: .indexed256).look(for: Style(.normal, alternate: true))
            .attributes.contains(.underline))
    }

    /// The frame's edges that cost an `sgr` reset: the focused border and the map's tiles are
    /// drawn with colour alone in the 256-colour themes.
    @Test(arguments: [ThemeVariant.dark, .light])
    func focusAndTilesNeedNoAttribute(variant: ThemeVariant) {
        let theme = ColorTheme(variant: variant, depth: .indexed256)
        for role in [StyleRole.border, .borderFocused, .statusKey] + Self.tiles {
            #expect(theme.look(for: role).attributes.isEmpty, "\(role)")
        }
    }
}
