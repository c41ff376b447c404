/// The search line as a small shell line editor: text, a cursor, and the session's earlier
/// queries. Pure functions over `SearchState`, bounded by `Store.maximumQueryLength`.
///
/// Keys (readline's where it has them; fzf's for the results, since ↑ / ↓ recall queries):
///
/// | key | edit |
/// |---|---|
/// | ← → | cursor one character (visual: in the Arabic UI ← moves toward the line's end) |
/// | Ctrl-A / Home, Ctrl-E / End | start, end of the line |
/// | Alt-B, Alt-F | a word back, a word forward |
/// | Backspace, Delete | the character before, under the cursor |
/// | Ctrl-W | the word before the cursor |
/// | Ctrl-U, Ctrl-K | everything before, after the cursor |
/// | ↑ ↓ | earlier, later queries of this session |
/// | Tab / Ctrl-N, Shift-Tab / Ctrl-P, PgUp PgDn | the next, previous result, a page |
package enum SearchLineEdit: Sendable, Hashable {
    case left, right, start, end, wordBackward, wordForward
    case deleteForward, deleteWordBackward, killToStart, killToEnd
    case historyOlder, historyNewer
}

extension SearchState {
    /// The most queries the history keeps.
    static let historyLimit = 100

    /// Inserts a character at the cursor; false when the line is full.
    mutating func insert(_ c: Character, limit: Int) -> Bool {
        guard query.count < limit else { return false }
        let at = query.index(query.startIndex, offsetBy: min(cursor, query.count))
        query.insert(c, at: at)
        cursor = min(cursor, query.count - 1) + 1
        return true
    }

    /// Backspace: the character before the cursor.
    mutating func eraseBackward() {
        guard cursor > 0, !query.isEmpty else { return }
        var chars = Array(query)
        chars.remove(at: min(cursor, chars.count) - 1)
        query = String(chars)
        cursor = min(cursor, chars.count + 1) - 1
    }

    /// Applies an edit. `forwardIsRight` is true in a left-to-right UI: it says which arrow moves
    /// toward the end of the line.
    mutating func apply(_ edit: SearchLineEdit, forwardIsRight: Bool) {
        var chars = Array(query)
        cursor = min(max(0, cursor), chars.count)
        switch edit {
        case .left: cursor = forwardIsRight ? max(0, cursor - 1) : min(chars.count, cursor + 1)
        case .right: cursor = forwardIsRight ? min(chars.count, cursor + 1) : max(0, cursor - 1)
        case .start: cursor = 0
        case .end: cursor = chars.count
        case .wordBackward: cursor = SearchState.wordStart(before: cursor, in: chars)
        case .wordForward: cursor = SearchState.wordEnd(after: cursor, in: chars)
        case .deleteForward:
            if cursor < chars.count { chars.remove(at: cursor) }
        case .deleteWordBackward:
            // Ctrl-W as in a shell: back over spaces, then to the previous space.
            var from = cursor
            while from > 0, chars[from - 1].isWhitespace { from -= 1 }
            while from > 0, !chars[from - 1].isWhitespace { from -= 1 }
            chars.removeSubrange(from..<cursor)
            cursor = from
        case .killToStart:
            chars.removeSubrange(0..<cursor)
            cursor = 0
        case .killToEnd: chars.removeSubrange(cursor...)
        case .historyOlder, .historyNewer:
            recall(older: edit == .historyOlder)
            return
        }
        query = String(chars)
    }

    /// Keeps a query the user went to (Enter): last in the history, not twice in a row.
    mutating func remember() {
        historyPosition = nil
        guard !query.isEmpty, history.last != query else { return }
        history.append(query)
        if history.count > SearchState.historyLimit { history.removeFirst(history.count - SearchState.historyLimit) }
    }

    /// ↑ / ↓: walks the history; going past the newest entry returns to what was being typed.
    private mutating func recall(older: Bool) {
        guard !history.isEmpty else { return }
        if older {
            if historyPosition == nil { draft = query }
            historyPosition = max(0, (historyPosition ?? history.count) - 1)
        } else {
            guard let position = historyPosition else { return }
            historyPosition = position + 1 < history.count ? position + 1 : nil
        }
        query = historyPosition.map { history[$0] } ?? draft
        cursor = query.count
    }

    /// Readline's words: runs of letters and digits.
    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    static func wordStart(before cursor: Int, in chars: [Character]) -> Int {
        var i = cursor
        while i > 0, !isWordCharacter(chars[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(chars[i - 1]) { i -= 1 }
        return i
    }

    static func wordEnd(after cursor: Int, in chars: [Character]) -> Int {
        var i = cursor
        while i < chars.count, !isWordCharacter(chars[i]) { i += 1 }
        while i < chars.count, isWordCharacter(chars[i]) { i += 1 }
        return i
    }
}
