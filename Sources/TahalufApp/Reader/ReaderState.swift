import CoalitionStore

/// The article reader (`Reader/`): which source's article is open, where, and what is selected.
/// An overlay: closing it shows again whatever it was opened from.
package struct ReaderState: Sendable, Hashable {
    /// The `Source.id` whose article is shown.
    package var source: String
    /// The first text line on screen.
    package var top = 0
    /// The selected quoted passage (an index into `ReaderDocument.spans`); Tab and Shift-Tab move it.
    package var current: Int?
    /// `/` within the article.
    package var search = ReaderSearch()
    /// The records quoting the current passage, listed by Enter: which one is selected; nil when closed.
    package var chooser: Int?

    package init(source: String) { self.source = source }
}

/// The reader's own search: what was typed, whether the line is open, and which match is current.
package struct ReaderSearch: Sendable, Hashable {
    package var query = ""
    package var isEditing = false
    /// Index into the matches of `query`, set by Enter, `n` and `N`.
    package var match: Int?
    package init() {}
}

/// What a key does in the reader (`KeyBindings` maps them in scope `.reader`; `Shell.reader` applies
/// them). Closing is the shell's `.close` (Esc, q), as for every overlay.
package enum ReaderCommand: Sendable, Hashable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    /// Tab / Shift-Tab: the next or previous quoted passage.
    case nextSpan, previousSpan
    /// Enter: list the records quoting the current passage; in that list, go to the selected one.
    case follow
    case startSearch, searchInput(Character), searchErase, searchDone, searchCancel
    case nextMatch, previousMatch
}
