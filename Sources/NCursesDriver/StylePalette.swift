import CNCursesW
import TerminalUI

/// The theme turned into ncurses terms once at start: a colour pair and an attribute set for each
/// `StyleRole` and for its alternate shade, so drawing a cell is two array lookups.
struct StylePalette {
    private var pairs: [Int16]
    private var attributes: [attr_t]
    let depth: ColorDepth
    /// The theme and whether the terminal's default colours are in use, for `sgr`.
    private let theme: ColorTheme
    private let useDefaults: Bool

    /// Initialises colour pairs for `variant` on the terminal ncurses just opened.
    /// `noColor`: the NO_COLOR convention, monochrome whatever the terminal can do.
    init(variant: ThemeVariant, noColor: Bool) {
        let roles = StyleRole.allCases
        let colors = has_colors() ? Int(tigetnum("colors")) : 0
        var depth = ColorDepth(colors: colors, noColor: noColor)
        var useDefaults = false
        if depth != .monochrome {
            if start_color() == OK {
                useDefaults = use_default_colors() == OK
                if tah_color_pairs() <= Int32(2 * roles.count) { depth = .monochrome }
            } else {
                depth = .monochrome
            }
        }
        let theme = ColorTheme(variant: variant, depth: depth)
        self.depth = depth
        self.theme = theme
        self.useDefaults = useDefaults
        pairs = Array(repeating: 0, count: 2 * roles.count)
        attributes = Array(repeating: tah_a_normal(), count: 2 * roles.count)
        for role in roles {
            for alternate in [false, true] {
                let slot = StylePalette.slot(role, alternate: alternate, roles: roles.count)
                let look = theme.look(for: Style(role, alternate: alternate))
                attributes[slot] = StylePalette.attributes(look.attributes)
                guard depth != .monochrome else { continue }
                let pair = Int16(slot + 1)
                let fg = StylePalette.color(look.foreground, fallback: COLOR_WHITE, useDefaults: useDefaults)
                let bg = StylePalette.color(look.background, fallback: COLOR_BLACK, useDefaults: useDefaults)
                if init_pair(pair, fg, bg) == OK { pairs[slot] = pair }
            }
        }
    }

    /// The colour pair and attributes for a cell's style.
    func resolve(_ style: Style) -> (pair: Int16, attributes: attr_t) {
        let slot = StylePalette.slot(style.role, alternate: style.alternate, roles: StyleRole.allCases.count)
        var attrs = attributes[slot]
        if style.bold { attrs |= tah_a_bold() }
        if style.underline { attrs |= tah_a_underline() }
        return (pairs[slot], attrs)
    }

    /// The SGR sequence that shows `style` as ncurses shows it, for the cells the driver writes
    /// itself (`HyperlinkPass`).
    func sgr(_ style: Style) -> String {
        ControlSequences.sgr(theme.look(for: style), depth: depth, useDefaults: useDefaults)
    }

    /// Roles first, then their alternate shades.
    private static func slot(_ role: StyleRole, alternate: Bool, roles: Int) -> Int {
        Int(role.rawValue) + (alternate ? roles : 0)
    }

    private static func color(_ color: TerminalColor, fallback: Int32, useDefaults: Bool) -> Int16 {
        switch color {
        case .terminalDefault: return useDefaults ? -1 : Int16(fallback)
        case .index(let n): return Int16(n)
        }
    }

    private static func attributes(_ set: TextAttributes) -> attr_t {
        var a = tah_a_normal()
        if set.contains(.bold) { a |= tah_a_bold() }
        if set.contains(.dim) { a |= tah_a_dim() }
        if set.contains(.reverse) { a |= tah_a_reverse() }
        if set.contains(.underline) { a |= tah_a_underline() }
        return a
    }
}
