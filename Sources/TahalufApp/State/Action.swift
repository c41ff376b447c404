import CoalitionStore
import TerminalUI

/// The panes. Their order, keys and titles are in `PaneRegistry`.
package enum PaneID: Int, Sendable, Hashable, CaseIterable {
    case timeline, map, groups, stats, sources
}

/// A screen direction. Arrow keys are visual: `.left` is left on screen in both languages;
/// each pane decides what that means (older in the RTL timeline, west on the map).
package enum VisualDirection: Sendable, Hashable { case up, down, left, right }

/// Everything the user (or a timer) can ask for. Keys and mouse reports become actions in
/// `Keymap`; `reduce` applies them.
package enum Action: Sendable, Hashable {
    case move(VisualDirection)
    case pageUp, pageDown, home, end
    case open          // Enter: open the detail, follow a link, jump to a search result
    case close         // Esc (and q in an overlay): close the overlay (the reader too) or the search line
    case back          // Backspace, <: back to the previous place
    case forward       // >: forward again
    case nextPane, previousPane
    case focus(PaneID)
    case startSearch, searchInput(Character), searchErase, searchNext, searchPrevious
    case searchLine(SearchLineEdit)   // cursor, word and history keys in the search line
    case filterCategory        // f (timeline)
    case previousCategory      // F (timeline)
    case toggleTable           // t (map: tiles / members table)
    case nextSort, reverseSort // s S (members table)
    case frequency             // c (map: count by region / join year / group)
    case chooseRow(Int)        // 1-9 in the frequency view: that row as a filter
    case clearFilters          // x
    case setFilters(Filters)   // a facet chosen in a pane
    case previousYear, nextYear // [ ]
    case cycleHighlight        // m (map)
    case cycleSourceKind       // K (sources)
    case copyCitation          // y
    case openReader            // r: the article reader at the record's quote
    case reader(ReaderCommand) // the reader's own keys (scope `.reader` in `KeyBindings`)
    case toggleBookmark        // b
    case showBookmarks         // '
    case deleteBookmark        // d (in the bookmarks list)
    case toggleLanguage        // L
    case toggleHelp            // ?
    case redraw                // Ctrl-L
    case quit                  // q, Ctrl-C
    case suspend               // Ctrl-Z
    case click(x: Int, y: Int)
    case wheel(up: Bool, x: Int, y: Int)
    case resize(Size)
    case idle                  // no input for a while (kiosk attract loop)
}
