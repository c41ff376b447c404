/// What a cell means, not what colour it is: the `ColorTheme` turns roles into colours and attributes
/// for the terminal at hand (256 colours, 8 colours, monochrome).
package enum StyleRole: UInt8, Sendable, Hashable, CaseIterable {
    case normal, dim, title, border, borderFocused, selected, selectedUnfocused
    case accent, warning, status, statusKey, link, match
    case tileMember, tileTheatre, tileOrganisation, tileHighlight, tileDim
    case bar, category
    /// A pane's title bar (`PaneHeader`), and the focused pane's.
    case header, headerFocused
    /// A passage of an article that a record quotes (the article reader).
    case quote
    /// A three-step scale after `tileMember` (the map's join-year bands, earliest to latest):
    /// distinct from each other and from the tile roles in every theme, attributes alone in monochrome.
    case scale1, scale2, scale3
}

/// The style of one cell: a role plus emphasis.
package struct Style: Hashable, Sendable {
    package var role: StyleRole
    package var bold: Bool
    package var underline: Bool
    /// The role's second shade, so that neighbours with no gap between them read apart (the map's
    /// two-letter tiles: "FRBE"). Colour themes give it another colour; others underline it.
    package var alternate: Bool

    package init(_ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, alternate: Bool = false) {
        self.role = role; self.bold = bold; self.underline = underline; self.alternate = alternate
    }

    package static let normal = Style()
}
