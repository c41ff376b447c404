import CoalitionStore

/// The records the user marked with `b`, in the order they were marked, and the `'` list.
package struct BookmarksState: Sendable, Hashable {
    package var marks: [RecordRef] = []
    /// Changes are saved (`Effect.saveBookmarks`): on when the browser has a bookmarks file, never in a kiosk.
    package var saving = false
    package var isListing = false
    package var selected = 0
    package init(marks: [RecordRef] = [], saving: Bool = false) {
        self.marks = marks; self.saving = saving
    }
}
