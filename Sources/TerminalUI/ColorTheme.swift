/// A colour as a terminal knows it: the terminal's own default (so the user's background shows
/// through), or an index into its palette (0–7 basic, 8–15 bright, 16–231 colour cube, 232–255 greys).
package enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case index(Int)
}

/// The attributes every terminal class understands; monochrome themes use nothing else.
package struct TextAttributes: OptionSet, Hashable, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    package static let bold = TextAttributes(rawValue: 1 << 0)
    package static let dim = TextAttributes(rawValue: 1 << 1)
    package static let reverse = TextAttributes(rawValue: 1 << 2)
    package static let underline = TextAttributes(rawValue: 1 << 3)
}

/// How one role looks on this terminal.
package struct RoleLook: Hashable, Sendable {
    package var foreground: TerminalColor
    package var background: TerminalColor
    package var attributes: TextAttributes

    package init(_ foreground: TerminalColor = .terminalDefault, on background: TerminalColor = .terminalDefault,
                _ attributes: TextAttributes = []) {
        self.foreground = foreground; self.background = background; self.attributes = attributes
    }
}

/// How many colours the terminal can show, from terminfo's `colors` (ncurses' COLORS).
package enum ColorDepth: Hashable, Sendable {
    case monochrome, basic8, indexed256

    /// `colors` as terminfo reports it; `noColor` is the NO_COLOR convention (https://no-color.org).
    package init(colors: Int, noColor: Bool) {
        if noColor || colors < 8 { self = .monochrome } else if colors < 256 { self = .basic8 } else { self = .indexed256 }
    }
}

/// `--theme dark|light|high-contrast`.
package enum ThemeVariant: String, Hashable, Sendable, CaseIterable {
    case dark, light
    case highContrast = "high-contrast"
}

/// Turns the app's `StyleRole`s into colours and attributes for the terminal at hand. Pure tables:
/// the ncurses driver turns each role into a colour pair once at start.
///
/// ```swift
/// let theme = ColorTheme(variant: .dark, depth: ColorDepth(colors: 256, noColor: false))
/// theme.look(for: Style(.selected)).attributes   // [.bold]
/// ColorTheme(variant: .dark, depth: .monochrome).look(for: Style(.selected)).attributes   // [.reverse]
/// ```
package struct ColorTheme: Hashable, Sendable {
    package var variant: ThemeVariant
    package var depth: ColorDepth

    package init(variant: ThemeVariant, depth: ColorDepth) {
        self.variant = variant; self.depth = depth
    }

    /// The look of a cell's style: its role's look plus the style's own emphasis.
    package func look(for style: Style) -> RoleLook {
        var look = look(for: style.role)
        if style.alternate {
            if let shade = alternateShade(of: style.role) { look = shade } else { look.attributes.insert(.underline) }
        }
        if style.bold { look.attributes.insert(.bold) }
        if style.underline { look.attributes.insert(.underline) }
        return look
    }

    /// The second shade of the map's tile roles in the 256-colour themes; nil elsewhere (the
    /// caller underlines instead). A colour costs the terminal less than an attribute: turning
    /// underline off resets every attribute and colour (`sgr`), so alternating underlined tiles
    /// sent three sequences per tile.
    func alternateShade(of role: StyleRole) -> RoleLook? {
        guard depth == .indexed256, variant != .highContrast else { return nil }
        var look = look(for: role)
        let light = variant == .light
        switch role {
        case .tileDim: look.foreground = .index(light ? 246 : 243)
        case .tileMember: look.background = .index(31)
        case .tileTheatre: look.background = .index(178)
        case .tileOrganisation: look.background = .index(132)
        case .tileHighlight: look.background = .index(108)
        default: return nil
        }
        return look
    }

    package func look(for role: StyleRole) -> RoleLook {
        switch depth {
        case .monochrome: return ColorTheme.monochrome(role)
        case .basic8: return variant == .highContrast ? ColorTheme.highContrast8(role) : ColorTheme.basic8(role, light: variant == .light)
        case .indexed256: return variant == .highContrast ? ColorTheme.highContrast256(role) : ColorTheme.indexed256(role, light: variant == .light)
        }
    }

    /// Bold, reverse and underline only: vt100-class kiosks, `NO_COLOR`.
    static func monochrome(_ role: StyleRole) -> RoleLook {
        switch role {
        case .normal, .border, .dim, .tileDim: return RoleLook()
        case .title, .borderFocused, .accent, .category, .tileTheatre: return RoleLook(.terminalDefault, on: .terminalDefault, [.bold])
        case .selected, .status, .bar, .tileMember: return RoleLook(.terminalDefault, on: .terminalDefault, [.reverse])
        case .selectedUnfocused, .link, .tileOrganisation: return RoleLook(.terminalDefault, on: .terminalDefault, [.underline])
        case .warning, .match: return RoleLook(.terminalDefault, on: .terminalDefault, [.bold, .underline])
        case .statusKey, .tileHighlight: return RoleLook(.terminalDefault, on: .terminalDefault, [.reverse, .bold])
        case .header: return RoleLook(.terminalDefault, on: .terminalDefault, [.reverse])
        case .headerFocused: return RoleLook(.terminalDefault, on: .terminalDefault, [.reverse, .bold, .underline])
        case .quote: return RoleLook(.terminalDefault, on: .terminalDefault, [.underline])
        case .scale1: return RoleLook(.terminalDefault, on: .terminalDefault, [.underline])
        case .scale2: return RoleLook(.terminalDefault, on: .terminalDefault, [.bold, .underline])
        case .scale3: return RoleLook(.terminalDefault, on: .terminalDefault, [.bold])
        }
    }

    /// The eight ANSI colours (Linux console, vt220-class kiosks); the background stays the user's.
    static func basic8(_ role: StyleRole, light: Bool) -> RoleLook {
        let black = TerminalColor.index(0), red = TerminalColor.index(1), green = TerminalColor.index(2)
        let yellow = TerminalColor.index(3), blue = TerminalColor.index(4), magenta = TerminalColor.index(5)
        let cyan = TerminalColor.index(6), white = TerminalColor.index(7)
        let accent = light ? blue : cyan
        let emphasis = light ? magenta : yellow
        switch role {
        case .normal: return RoleLook()
        case .dim, .tileDim: return RoleLook(.terminalDefault, on: .terminalDefault, [.dim])
        case .title: return RoleLook(accent, on: .terminalDefault, [.bold])
        case .border: return RoleLook(light ? black : white, on: .terminalDefault, [.dim])
        case .borderFocused: return RoleLook(accent, on: .terminalDefault, [.bold])
        case .selected: return RoleLook(white, on: blue, [.bold])
        case .selectedUnfocused: return RoleLook(.terminalDefault, on: .terminalDefault, [.reverse])
        case .accent: return RoleLook(accent)
        case .warning: return RoleLook(red, on: .terminalDefault, [.bold])
        case .status: return RoleLook(black, on: light ? white : cyan)
        case .statusKey: return RoleLook(light ? blue : black, on: light ? white : cyan, [.bold])
        case .link: return RoleLook(accent, on: .terminalDefault, [.underline])
        case .match: return RoleLook(black, on: yellow)
        case .tileMember: return RoleLook(white, on: blue)
        case .tileTheatre: return RoleLook(black, on: yellow)
        case .tileOrganisation: return RoleLook(white, on: magenta)
        case .tileHighlight: return RoleLook(black, on: green, [.bold])
        case .bar: return RoleLook(emphasis)
        case .category: return RoleLook(green)
        case .header: return RoleLook(black, on: white)
        case .headerFocused: return RoleLook(white, on: blue, [.bold])
        case .quote: return RoleLook(light ? blue : yellow, on: .terminalDefault, [.underline])
        case .scale1: return RoleLook(black, on: cyan)
        case .scale2: return RoleLook(black, on: white)
        case .scale3: return RoleLook(white, on: red, [.bold])
        }
    }

    /// The 256-colour palette: softer borders, distinct tile families. Colour, not bold, marks
    /// focus, keys and highlighted tiles: every attribute switched off costs the terminal a reset
    /// of all of them and the colours again (`sgr`), and a frame has hundreds of such edges.
    static func indexed256(_ role: StyleRole, light: Bool) -> RoleLook {
        func c(_ n: Int) -> TerminalColor { .index(n) }
        switch role {
        case .normal: return RoleLook()
        case .dim: return RoleLook(c(light ? 244 : 245))
        case .title: return RoleLook(c(light ? 25 : 75), on: .terminalDefault, [.bold])
        case .border: return RoleLook(c(light ? 248 : 240))
        case .borderFocused: return RoleLook(c(light ? 25 : 75))
        case .selected: return RoleLook(c(231), on: c(light ? 25 : 24), [.bold])
        case .selectedUnfocused: return RoleLook(c(light ? 16 : 255), on: c(light ? 252 : 238))
        case .accent: return RoleLook(c(light ? 30 : 80))
        case .warning: return RoleLook(c(light ? 160 : 203), on: .terminalDefault, [.bold])
        case .status: return RoleLook(c(light ? 16 : 252), on: c(light ? 254 : 236))
        case .statusKey: return RoleLook(c(light ? 25 : 221), on: c(light ? 254 : 236))
        case .link: return RoleLook(c(light ? 25 : 117), on: .terminalDefault, [.underline])
        case .match: return RoleLook(c(16), on: c(221))
        case .tileMember: return RoleLook(c(231), on: c(25))
        case .tileTheatre: return RoleLook(c(16), on: c(179))
        case .tileOrganisation: return RoleLook(c(231), on: c(96))
        case .tileHighlight: return RoleLook(c(16), on: c(114))
        case .tileDim: return RoleLook(c(light ? 250 : 239))
        case .bar: return RoleLook(c(light ? 130 : 179))
        case .category: return RoleLook(c(light ? 28 : 114))
        case .header: return RoleLook(c(light ? 16 : 252), on: c(light ? 252 : 237))
        case .headerFocused: return RoleLook(c(231), on: c(light ? 25 : 24))
        case .quote: return RoleLook(c(light ? 16 : 230), on: c(light ? 223 : 58))
        // Cool to warm after the members' blue: teal, green, orange.
        case .scale1: return RoleLook(c(16), on: c(73))
        case .scale2: return RoleLook(c(16), on: c(150))
        case .scale3: return RoleLook(c(16), on: c(209))
        }
    }

    /// White on black, yellow for focus and selection: the highest luminance contrast.
    static func highContrast256(_ role: StyleRole) -> RoleLook {
        let fg = TerminalColor.index(231), bg = TerminalColor.index(16), yellow = TerminalColor.index(226)
        switch role {
        case .normal, .border, .dim, .tileDim, .category: return RoleLook(fg, on: bg)
        case .title, .accent, .bar: return RoleLook(fg, on: bg, [.bold])
        case .borderFocused, .warning: return RoleLook(yellow, on: bg, [.bold])
        case .selected, .tileHighlight, .match: return RoleLook(bg, on: yellow, [.bold])
        case .selectedUnfocused, .link: return RoleLook(fg, on: bg, [.underline])
        case .status, .tileMember: return RoleLook(bg, on: fg)
        case .statusKey: return RoleLook(bg, on: fg, [.bold])
        case .tileTheatre, .tileOrganisation: return RoleLook(bg, on: .index(51), [.bold])
        case .header: return RoleLook(bg, on: fg)
        case .headerFocused: return RoleLook(bg, on: yellow, [.bold])
        case .quote: return RoleLook(.index(51), on: bg, [.underline])
        case .scale1: return RoleLook(fg, on: bg, [.underline])
        case .scale2: return RoleLook(yellow, on: bg, [.bold, .underline])
        case .scale3: return RoleLook(bg, on: .index(51), [.bold, .underline])
        }
    }

    static func highContrast8(_ role: StyleRole) -> RoleLook {
        let fg = TerminalColor.index(7), bg = TerminalColor.index(0), yellow = TerminalColor.index(3)
        switch role {
        case .normal, .border, .dim, .tileDim, .category: return RoleLook(fg, on: bg, [.bold])
        case .title, .accent, .bar: return RoleLook(fg, on: bg, [.bold])
        case .borderFocused, .warning: return RoleLook(yellow, on: bg, [.bold])
        case .selected, .tileHighlight, .match: return RoleLook(bg, on: yellow)
        case .selectedUnfocused, .link: return RoleLook(fg, on: bg, [.bold, .underline])
        case .status, .tileMember, .statusKey: return RoleLook(bg, on: fg)
        case .tileTheatre, .tileOrganisation: return RoleLook(bg, on: .index(6))
        case .header: return RoleLook(bg, on: fg)
        case .headerFocused: return RoleLook(bg, on: yellow, [.bold])
        case .quote: return RoleLook(.index(6), on: bg, [.bold, .underline])
        case .scale1: return RoleLook(fg, on: bg, [.underline])
        case .scale2: return RoleLook(yellow, on: bg, [.bold, .underline])
        case .scale3: return RoleLook(bg, on: .index(6), [.underline])
        }
    }
}
