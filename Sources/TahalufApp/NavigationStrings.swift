import CoalitionStore

/// UI text of navigation: status-bar hint words for the pane keys, the place history and the
/// bookmarks (the reader's hint words are in `ReaderStrings`). Kept apart from `Strings` so features can add text without touching one shared table.
///
/// ```swift
/// NavigationStrings.for(.en).hintClose   // "close"
/// ```
package struct NavigationStrings: Sendable {
    package let hintClose: String, hintFilter: String, hintYear: String, hintHighlight: String
    package let hintJump: String, hintDelete: String, hintForward: String, hintSourceKind: String
    /// Back or Forward with no place to go.
    package let nothingBehind: String, nothingAhead: String
    /// Bookmarks: the list's title, what `b` did (followed by the record's title), an empty list.
    package let bookmarksTitle: String, marked: String, unmarked: String, noBookmarks: String
    /// Start-up and saving problems with the bookmarks file (followed by a path or a reason).
    package let bookmarksSetAside: String, bookmarksUnusable: String, bookmarksNotSaved: String

    package static func `for`(_ language: Language) -> NavigationStrings { language == .ar ? ar : en }

    package static let ar = NavigationStrings(
        hintClose: "إغلاق", hintFilter: "تصفية", hintYear: "سنة", hintHighlight: "تظليل",
        hintJump: "انتقال", hintDelete: "حذف", hintForward: "تقدّم", hintSourceKind: "النوع",
        nothingBehind: "لا مكان سابق", nothingAhead: "لا مكان تالٍ",
        bookmarksTitle: "العلامات", marked: "عُلّم: ", unmarked: "أزيلت العلامة: ",
        noBookmarks: "لا علامات بعد (b يعلّم العنصر المحدد)",
        bookmarksSetAside: "ملف العلامات تالف، وحُفظ بجانبه باسم ", bookmarksUnusable: "لن تُحفظ العلامات: ",
        bookmarksNotSaved: "تعذّر حفظ العلامات: "
    )

    package static let en = NavigationStrings(
        hintClose: "close", hintFilter: "filter", hintYear: "year", hintHighlight: "highlight",
        hintJump: "go", hintDelete: "delete", hintForward: "forward", hintSourceKind: "kind",
        nothingBehind: "Nothing to go back to", nothingAhead: "Nothing to go forward to",
        bookmarksTitle: "Bookmarks", marked: "Bookmarked: ", unmarked: "Bookmark removed: ",
        noBookmarks: "No bookmarks yet (b marks the selected record)",
        bookmarksSetAside: "Bookmarks file damaged, kept beside it as ", bookmarksUnusable: "Bookmarks will not be saved: ",
        bookmarksNotSaved: "Could not save the bookmarks: "
    )
}

extension HintLabel {
    /// The word shown after the key, in the UI language.
    func text(_ s: Strings, _ n: NavigationStrings, _ r: ReaderStrings, _ t: TableStrings) -> String {
        switch self {
        case .help: s.hintHelp
        case .search: s.hintSearch
        case .details: s.hintOpen
        case .follow: s.hintFollow
        case .close: n.hintClose
        case .back: s.hintBack
        case .forward: n.hintForward
        case .next: s.hintNext
        case .quit: s.hintQuit
        case .filter: n.hintFilter
        case .year: n.hintYear
        case .highlight: n.hintHighlight
        case .jump: n.hintJump
        case .delete: n.hintDelete
        case .sourceKind: n.hintSourceKind
        case .read: r.hintRead
        case .page: r.hintPage
        case .quote: r.hintQuote
        case .records: r.hintRecords
        case .table: t.hintTable
        case .sort: t.hintSort
        case .count: t.hintCount
        case .clearFilters: t.hintClearFilters
        }
    }
}
