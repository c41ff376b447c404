import CoalitionStore

/// The article reader (`Reader/`): which source's article is open, where, and what is selected.
/// An overlay: closing it shows again whatever it was opened from.
public struct ReaderState: Sendable, Hashable {
    /// The `Source.id` whose article is shown.
    public var source: String
    /// The first text line on screen.
    public var top = 0
    /// The selected quoted passage (an index into `ReaderDocument.spans`); Tab and Shift-Tab move it.
    public var current: Int?
    /// `/` within the article.
    public var search = ReaderSearch()
    /// The records quoting the current passage, listed by Enter: which one is selected; nil when closed.
    public var chooser: Int?

    public init(source: String) { self.source = source }
}

/// The reader's own search: what was typed, whether the line is open, and which match is current.
public struct ReaderSearch: Sendable, Hashable {
    public var query = ""
    public var isEditing = false
    /// Index into the matches of `query`, set by Enter, `n` and `N`.
    public var match: Int?
    public init() {}
}

/// What a key does in the reader (`KeyBindings` maps them in scope `.reader`; `Shell.reader` applies
/// them). Closing is the shell's `.close` (Esc, q), as for every overlay.
public enum ReaderCommand: Sendable, Hashable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    /// Tab / Shift-Tab: the next or previous quoted passage.
    case nextSpan, previousSpan
    /// Enter: list the records quoting the current passage; in that list, go to the selected one.
    case follow
    case startSearch, searchInput(Character), searchErase, searchDone, searchCancel
    case nextMatch, previousMatch
}
