import TerminalUI

/// Where a key press means something. `Keymap` looks a key up in the scopes of the current mode,
/// most specific first (`KeyScope.chain`), so an overlay can give a key its own meaning (`q`
/// closes a view but quits from the panes) and a view can take a key for itself without touching
/// the others (`b` pages up in the reader and bookmarks everywhere else).
package enum KeyScope: Hashable, Sendable, CaseIterable {
    /// Everywhere, the search line included (Ctrl-C, Ctrl-L).
    case everywhere
    /// The panes and every overlay except the search line: the letter commands.
    case browse
    /// Only the panes, with no overlay open.
    case panes
    /// The map pane's count view (`c`), open in the focused map: its rows are numbered, so the
    /// digits 1–9 choose a row there instead of focusing a pane, and `q` closes it.
    case countView
    /// Any overlay the user can close (help, details, the bookmarks list).
    case overlay
    case detail
    case help
    /// The `'` list of bookmarks.
    case bookmarks
    /// Typing a search: printable characters are text (see `Keymap`); these keys edit and pick.
    case searchLine
    /// The article reader (and the list of records it opens on a passage), a pager's keys.
    case reader
    /// Typing a search in the reader: printable characters are text; these keys edit and end it.
    case readerSearch

    /// The scopes that apply in `state`, most specific first.
    static func chain(_ state: AppState) -> [KeyScope] {
        if state.search.isEditing { return [.searchLine, .everywhere] }
        if state.showHelp { return [.help, .overlay, .browse, .everywhere] }
        if let reader = state.reader {
            return reader.search.isEditing ? [.readerSearch, .everywhere] : [.reader, .overlay, .browse, .everywhere]
        }
        if state.bookmarks.isListing { return [.bookmarks, .overlay, .browse, .everywhere] }
        if state.detail.current != nil { return [.detail, .overlay, .browse, .everywhere] }
        if state.focus == .map, state.map.frequency != nil { return [.countView, .panes, .browse, .everywhere] }
        return [.panes, .browse, .everywhere]
    }
}

/// One key of a binding: what it does and where.
package struct KeyPress: Hashable, Sendable {
    package let key: Key
    package let action: Action
    package let scope: KeyScope
}

/// Which line of the help a binding is: its text is `Strings.helpEntry(id)`, in each language.
package enum KeyHelp: String, Hashable, Sendable, CaseIterable {
    case panes, focusPane, move, page, ends, open, close, back, forward, search, searchStep
    case filter, year, highlight, table, sort, count, clearFilters, sourceKind, copy, read, bookmark, bookmarks, language, redraw, help, quit
    case interrupt, suspend
    /// The reader's own keys (the others it shares with the panes, and the help lines for those say it).
    case readerPage, readerPassage, readerRecords
    /// The search line's editing keys and its keys for the results.
    case searchCursor, searchWord, searchDelete, searchDeleteForward, searchHistory, searchResults
}

/// Where the status bar shows a binding's key.
package enum HintSpot: Hashable, Sendable {
    /// The panes, whatever has the focus.
    case panes
    /// The panes while this one has the focus.
    case pane(PaneID)
    /// The focused map pane showing its members table (`s` sorts only there).
    case membersTable
    /// The focused map pane's count view.
    case countView
    case detail, help, bookmarks, searchLine
    /// The reader: reading, with the list of a passage's records open, typing a search.
    case reader, readerRecords, readerSearch
}

/// The short word the status bar shows after a hinted key (`HintLabel.text` has the strings).
package enum HintLabel: Hashable, Sendable {
    case help, search, details, follow, close, back, forward, next, quit, filter, year, highlight, jump, delete
    case sourceKind, read, page, quote, records
    /// The members table's keys: `t` switches view, `s` sorts, `c` counts, `x` clears filters.
    case table, sort, count, clearFilters
}

/// A status-bar hint: shown at `spot`, with `label`; lower `rank` first (the bar drops from the end).
/// `key` is the one key the bar names when the binding has several ("Backspace" of "Backspace  <").
package struct KeyHint: Hashable, Sendable {
    package let spot: HintSpot
    package let label: HintLabel
    package let rank: Int
    package let key: String?

    init(spot: HintSpot, label: HintLabel, rank: Int, key: String? = nil) {
        self.spot = spot; self.label = label; self.rank = rank; self.key = key
    }
}

/// One line of the key reference: the keys as the help and the status bar write them, what each
/// key does in which scope, the help text and the hints. `KeyBindings.table` is the only place a
/// key gets a meaning, so the keymap, the help overlay and the status bar cannot disagree.
package struct KeyBinding: Sendable {
    /// How the keys are written ("PgUp PgDn", "1 2 3 4"), and how in ASCII mode when that differs.
    package let display: String
    package let asciiDisplay: String?
    package let presses: [KeyPress]
    /// The help line; nil for keys that the help already covers (the search line's Enter).
    package let help: KeyHelp?
    package let hints: [KeyHint]
    /// False for keys a package kiosk switches off (leaving, copying, writing to disk).
    package let kiosk: Bool

    init(_ display: String, ascii: String? = nil, _ presses: [KeyPress], help: KeyHelp?, hints: [KeyHint] = [],
         kiosk: Bool = true) {
        self.display = display; self.asciiDisplay = ascii; self.presses = presses
        self.help = help; self.hints = hints; self.kiosk = kiosk
    }

    package func display(ascii: Bool) -> String { ascii ? asciiDisplay ?? display : display }
    package var actions: [Action] { presses.map(\.action) }
}

package enum KeyBindings {
    /// Every key, in the order the help lists them.
    package static let table: [KeyBinding] = [
        KeyBinding("Tab / Shift-Tab", browse([(.tab, .nextPane), (.backTab, .previousPane)]), help: .panes),
        KeyBinding(PaneRegistry.all.map { String($0.key) }.joined(separator: " "),
                   browse(PaneRegistry.all.map { (Key.char($0.key), Action.focus($0.id)) }), help: .focusPane),
        KeyBinding("↑ ↓ ← →  h j k l", ascii: "arrows  h j k l",
                   browse([(.up, .move(.up)), (.down, .move(.down)), (.left, .move(.left)), (.right, .move(.right)),
                           (.char("k"), .move(.up)), (.char("j"), .move(.down)), (.char("h"), .move(.left)),
                           (.char("l"), .move(.right))]), help: .move),
        KeyBinding("PgUp PgDn", browse([(.pageUp, .pageUp), (.pageDown, .pageDown)]), help: .page),
        KeyBinding("Home End  g G", browse([(.home, .home), (.end, .end), (.char("g"), .home), (.char("G"), .end)]),
                   help: .ends),
        KeyBinding("Enter", browse([(.enter, .open)]), help: .open,
                   hints: [KeyHint(spot: .panes, label: .details, rank: 2), KeyHint(spot: .detail, label: .follow, rank: 0),
                           KeyHint(spot: .bookmarks, label: .jump, rank: 0)]),
        KeyBinding("Esc", browse([(.escape, .close)]), help: .close,
                   hints: [KeyHint(spot: .detail, label: .close, rank: 2), KeyHint(spot: .help, label: .close, rank: 0),
                           KeyHint(spot: .bookmarks, label: .close, rank: 2), KeyHint(spot: .reader, label: .close, rank: 3),
                           KeyHint(spot: .readerRecords, label: .close, rank: 1),
                           KeyHint(spot: .countView, label: .close, rank: 1)]),
        KeyBinding("Backspace  Alt-←  <", ascii: "Backspace  Alt-Left  <",
                   browse([(.backspace, .back), (.altLeft, .back), (.char("<"), .back)]), help: .back,
                   hints: [KeyHint(spot: .panes, label: .back, rank: 4, key: "Backspace"),
                           KeyHint(spot: .detail, label: .back, rank: 3, key: "Backspace")]),
        KeyBinding("Alt-→  >", ascii: "Alt-Right  >", browse([(.altRight, .forward), (.char(">"), .forward)]),
                   help: .forward, hints: [KeyHint(spot: .panes, label: .forward, rank: 5, key: ">")]),
        KeyBinding("/", browse([(.char("/"), .startSearch)]) + reader([(.char("/"), .startSearch)]), help: .search,
                   hints: [KeyHint(spot: .panes, label: .search, rank: 1)]),
        KeyBinding("n N", browse([(.char("n"), .searchNext), (.char("N"), .searchPrevious)])
                   + reader([(.char("n"), .nextMatch), (.char("N"), .previousMatch)]), help: .searchStep,
                   hints: [KeyHint(spot: .panes, label: .next, rank: 3)]),
        KeyBinding("f F", browse([(.char("f"), .filterCategory), (.char("F"), .previousCategory)]), help: .filter,
                   hints: [KeyHint(spot: .pane(.timeline), label: .filter, rank: 5, key: "f")]),
        KeyBinding("[ ]", browse([(.char("["), .previousYear), (.char("]"), .nextYear)]), help: .year,
                   hints: [KeyHint(spot: .pane(.timeline), label: .year, rank: 6)]),
        KeyBinding("m", browse([(.char("m"), .cycleHighlight)]), help: .highlight,
                   hints: [KeyHint(spot: .pane(.map), label: .highlight, rank: 6)]),
        // The map pane's members table and count view (VisiData's sort and Shift-F).
        KeyBinding("t", browse([(.char("t"), .toggleTable)]), help: .table,
                   hints: [KeyHint(spot: .pane(.map), label: .table, rank: 4)]),
        KeyBinding("s S", browse([(.char("s"), .nextSort), (.char("S"), .reverseSort)]), help: .sort,
                   hints: [KeyHint(spot: .membersTable, label: .sort, rank: 3, key: "s")]),
        KeyBinding("c", browse([(.char("c"), .frequency)]), help: .count,
                   hints: [KeyHint(spot: .pane(.map), label: .count, rank: 5)]),
        KeyBinding("1–9", ascii: "1-9", [KeyPress(key: .char("1"), action: .chooseRow(1), scope: .countView),
                                         KeyPress(key: .char("2"), action: .chooseRow(2), scope: .countView),
                                         KeyPress(key: .char("3"), action: .chooseRow(3), scope: .countView),
                                         KeyPress(key: .char("4"), action: .chooseRow(4), scope: .countView),
                                         KeyPress(key: .char("5"), action: .chooseRow(5), scope: .countView),
                                         KeyPress(key: .char("6"), action: .chooseRow(6), scope: .countView),
                                         KeyPress(key: .char("7"), action: .chooseRow(7), scope: .countView),
                                         KeyPress(key: .char("8"), action: .chooseRow(8), scope: .countView),
                                         KeyPress(key: .char("9"), action: .chooseRow(9), scope: .countView)],
                   help: nil, hints: [KeyHint(spot: .countView, label: .filter, rank: 0)]),
        KeyBinding("x", browse([(.char("x"), .clearFilters)]), help: .clearFilters,
                   hints: [KeyHint(spot: .panes, label: .clearFilters, rank: 6)]),
        KeyBinding("K", browse([(.char("K"), .cycleSourceKind)]), help: .sourceKind,
                   hints: [KeyHint(spot: .pane(.sources), label: .sourceKind, rank: 5)]),
        KeyBinding("y", browse([(.char("y"), .copyCitation)]), help: .copy, kiosk: false),
        KeyBinding("r", browse([(.char("r"), .openReader)]), help: .read,
                   hints: [KeyHint(spot: .detail, label: .read, rank: 1), KeyHint(spot: .pane(.sources), label: .read, rank: 6)]),
        KeyBinding("b", browse([(.char("b"), .toggleBookmark)]), help: .bookmark, kiosk: false),
        KeyBinding("'", browse([(.char("'"), .showBookmarks)]), help: .bookmarks, kiosk: false),
        KeyBinding("d", [KeyPress(key: .char("d"), action: .deleteBookmark, scope: .bookmarks)], help: nil,
                   hints: [KeyHint(spot: .bookmarks, label: .delete, rank: 1)], kiosk: false),
        KeyBinding("L", browse([(.char("L"), .toggleLanguage)]), help: .language),
        KeyBinding("Ctrl-L", [KeyPress(key: .ctrl("l"), action: .redraw, scope: .everywhere)], help: .redraw),
        KeyBinding("?", browse([(.char("?"), .toggleHelp)]), help: .help,
                   hints: [KeyHint(spot: .panes, label: .help, rank: 0), KeyHint(spot: .detail, label: .help, rank: 4)]),
        KeyBinding("q", [KeyPress(key: .char("q"), action: .close, scope: .overlay),
                         KeyPress(key: .char("q"), action: .close, scope: .countView),
                         KeyPress(key: .char("q"), action: .quit, scope: .panes)], help: .quit,
                   hints: [KeyHint(spot: .panes, label: .quit, rank: 7)], kiosk: false),
        KeyBinding("Ctrl-C", [KeyPress(key: .ctrl("c"), action: .quit, scope: .everywhere)], help: .interrupt,
                   kiosk: false),
        KeyBinding("Ctrl-Z", [KeyPress(key: .ctrl("z"), action: .suspend, scope: .everywhere)], help: .suspend,
                   kiosk: false),
        // The reader: a pager's keys (less, w3m). Its arrows, g G, Home End, / n N and Esc are on
        // the lines above, which say what they do there too.
        KeyBinding("Space b", reader([(.char(" "), .pageDown), (.char("b"), .pageUp), (.ctrl("f"), .pageDown),
                                      (.ctrl("v"), .pageDown), (.ctrl("b"), .pageUp)]), help: .readerPage,
                   hints: [KeyHint(spot: .reader, label: .page, rank: 0, key: "Space")]),
        KeyBinding("Tab / Shift-Tab", reader([(.tab, .nextSpan), (.backTab, .previousSpan)]), help: .readerPassage,
                   hints: [KeyHint(spot: .reader, label: .quote, rank: 1, key: "Tab")]),
        KeyBinding("Enter", reader([(.enter, .follow)]), help: .readerRecords,
                   hints: [KeyHint(spot: .reader, label: .records, rank: 2), KeyHint(spot: .readerRecords, label: .jump, rank: 0)]),
        KeyBinding("↑ ↓ PgUp PgDn Home End", reader([(.up, .lineUp), (.char("k"), .lineUp), (.ctrl("p"), .lineUp),
                                                    (.down, .lineDown), (.char("j"), .lineDown), (.ctrl("n"), .lineDown),
                                                    (.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .top),
                                                    (.char("g"), .top), (.end, .bottom), (.char("G"), .bottom)]), help: nil),
        // The search line: printable keys are text; these edit the query as a shell's line does
        // (`SearchLineEdit`) and pick a result. ↑ ↓ recall earlier searches, so the results move
        // with Tab / Ctrl-N and Shift-Tab / Ctrl-P, as in fzf.
        KeyBinding("Enter", [KeyPress(key: .enter, action: .open, scope: .searchLine)], help: nil,
                   hints: [KeyHint(spot: .searchLine, label: .jump, rank: 0)]),
        KeyBinding("Esc", [KeyPress(key: .escape, action: .close, scope: .searchLine)], help: nil,
                   hints: [KeyHint(spot: .searchLine, label: .close, rank: 2)]),
        KeyBinding("Backspace", [KeyPress(key: .backspace, action: .searchErase, scope: .searchLine)], help: nil),
        KeyBinding("← → Ctrl-A Ctrl-E", ascii: "Left Right C-A C-E",
                   searchLine([(.left, .left), (.right, .right), (.home, .start), (.ctrl("a"), .start),
                               (.end, .end), (.ctrl("e"), .end)]), help: .searchCursor),
        KeyBinding("Alt-B Alt-F", searchLine([(.alt("b"), .wordBackward), (.alt("B"), .wordBackward),
                                              (.alt("f"), .wordForward), (.alt("F"), .wordForward)]),
                   help: .searchWord),
        KeyBinding("Ctrl-W Ctrl-U Ctrl-K",
                   searchLine([(.ctrl("w"), .deleteWordBackward), (.ctrl("u"), .killToStart), (.ctrl("k"), .killToEnd)]),
                   help: .searchDelete),
        KeyBinding("Delete Ctrl-D", searchLine([(.delete, .deleteForward), (.ctrl("d"), .deleteForward)]),
                   help: .searchDeleteForward),
        KeyBinding("↑ ↓", ascii: "Up Down", searchLine([(.up, .historyOlder), (.down, .historyNewer)]),
                   help: .searchHistory),
        KeyBinding("Tab / Shift-Tab",
                   [KeyPress(key: .tab, action: .move(.down), scope: .searchLine),
                    KeyPress(key: .ctrl("n"), action: .move(.down), scope: .searchLine),
                    KeyPress(key: .backTab, action: .move(.up), scope: .searchLine),
                    KeyPress(key: .ctrl("p"), action: .move(.up), scope: .searchLine),
                    KeyPress(key: .pageUp, action: .pageUp, scope: .searchLine),
                    KeyPress(key: .pageDown, action: .pageDown, scope: .searchLine)], help: .searchResults,
                   hints: [KeyHint(spot: .searchLine, label: .next, rank: 1, key: "Tab")]),
        // The reader's search line, the same way.
        KeyBinding("Enter", [KeyPress(key: .enter, action: .reader(.searchDone), scope: .readerSearch)], help: nil,
                   hints: [KeyHint(spot: .readerSearch, label: .jump, rank: 0)]),
        KeyBinding("Esc", [KeyPress(key: .escape, action: .reader(.searchCancel), scope: .readerSearch)], help: nil,
                   hints: [KeyHint(spot: .readerSearch, label: .close, rank: 1)]),
        KeyBinding("Backspace", [KeyPress(key: .backspace, action: .reader(.searchErase), scope: .readerSearch),
                                 KeyPress(key: .delete, action: .reader(.searchErase), scope: .readerSearch)], help: nil),
    ]

    private static func browse(_ pairs: [(Key, Action)]) -> [KeyPress] {
        pairs.map { KeyPress(key: $0.0, action: $0.1, scope: .browse) }
    }

    private static func searchLine(_ pairs: [(Key, SearchLineEdit)]) -> [KeyPress] {
        pairs.map { KeyPress(key: $0.0, action: .searchLine($0.1), scope: .searchLine) }
    }

    private static func reader(_ pairs: [(Key, ReaderCommand)]) -> [KeyPress] {
        pairs.map { KeyPress(key: $0.0, action: .reader($0.1), scope: .reader) }
    }

    /// The bindings that work under `config` (a kiosk switches some off).
    static func available(_ config: AppConfig) -> [KeyBinding] {
        config.kiosk == nil ? table : table.filter(\.kiosk)
    }

    /// What `key` does in `state`, looking through the scopes that apply, most specific first.
    static func action(for key: Key, state: AppState) -> Action? {
        let bindings = available(state.config)
        for scope in KeyScope.chain(state) {
            for binding in bindings {
                if let press = binding.presses.first(where: { $0.key == key && $0.scope == scope }) { return press.action }
            }
        }
        return nil
    }
}
