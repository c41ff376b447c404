import CoalitionStore

/// The records the user marked with `b`, in the order they were marked, and the `'` list.
public struct BookmarksState: Sendable, Hashable {
    public var marks: [RecordRef] = []
    /// Changes are saved (`Effect.saveBookmarks`): on when the browser has a bookmarks file, never in a kiosk.
    public var saving = false
    public var isListing = false
    public var selected = 0
    public init(marks: [RecordRef] = [], saving: Bool = false) {
        self.marks = marks; self.saving = saving
    }
}
