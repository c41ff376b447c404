import CoalitionStore
import RTLText
import TerminalUI

/// `'`: the marked records in a box over the panes, each with its kind and title, the selected
/// one highlighted. Enter (or a click) jumps to it, `d` deletes it (`Shell.bookmarkList`).
enum BookmarksOverlay {
    static func box(in body: Rect, count: Int) -> Rect {
        body.centered(width: min(body.width, 72), height: min(body.height, count + 2))
    }

    /// The list inside the box.
    static func listArea(_ box: Rect, _ direction: LayoutDirection) -> Rect {
        Box.inner(box).insetHorizontally(start: 1, end: 0, direction)
    }

    /// The mark under a point, if any.
    static func mark(atX x: Int, y: Int, bookmarks: BookmarksState, body: Rect, direction: LayoutDirection) -> Int? {
        let list = listArea(box(in: body, count: bookmarks.marks.count), direction)
        guard list.contains(x: x, y: y) else { return nil }
        let selected = min(bookmarks.selected, max(0, bookmarks.marks.count - 1))
        let top = ListView.scroll(keeping: selected, visible: list.height, count: bookmarks.marks.count, current: 0)
        let index = top + y - list.y
        return bookmarks.marks.indices.contains(index) ? index : nil
    }

    /// The record's title in the UI language ("Morocco (MAR)"), or its id if the data no longer has it.
    static func title(_ ref: RecordRef, context: PaneContext) -> String {
        let store = context.store, language = context.language
        switch ref.kind {
        case .event: return store.event(ref.id)?.title.text(language) ?? ref.id
        case .member: return store.member(ref.id).map { $0.name.text(language) + " (" + $0.code + ")" } ?? ref.id
        case .group: return store.group(ref.id)?.name.text(language) ?? ref.id
        case .figure: return store.figure(ref.id)?.title.text(language) ?? ref.id
        case .source: return store.source(ref.id).map { $0.outlet.text(language) + ": " + $0.title.text(language) } ?? ref.id
        }
    }

    static func render(_ state: AppState, body: Rect, context: PaneContext, into frame: inout Frame) {
        let s = context.strings
        let marks = state.bookmarks.marks
        let rect = box(in: body, count: marks.count)
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        Box(title: context.text.line(NavigationStrings.for(context.language).bookmarksTitle, base: context.base),
            direction: context.direction, ascii: context.ascii, style: Style(.borderFocused)).render(in: rect, into: &frame)
        let list = listArea(rect, context.direction)
        let selected = min(state.bookmarks.selected, max(0, marks.count - 1))
        let view = ListView(count: marks.count, selected: selected,
                            scroll: ListView.scroll(keeping: selected, visible: list.height, count: marks.count, current: 0),
                            direction: context.direction, ascii: context.ascii, marker: context.selectionMarker)
        view.render(in: list, into: &frame) { index, row, isSelected, frame in
            let ref = marks[index]
            let style = isSelected ? Style(.selected) : .normal
            let (kindCell, titleCell) = row.splitStart(8, context.direction)
            frame.draw(context.text.fit(s.kindNames[ref.kind] ?? ref.kind.rawValue, width: kindCell.width, base: context.base),
                       in: kindCell, align: context.direction.startAlignment, style: isSelected ? style : Style(.accent))
            frame.draw(context.text.fit(title(ref, context: context), width: titleCell.width, base: context.base),
                       in: titleCell, align: context.direction.startAlignment, style: style)
        }
    }
}
