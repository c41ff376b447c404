import RTLText
import TerminalUI

/// `?`: every key and what it does, in the UI language, in a box over the panes. The lines come
/// from `KeyBindings.table` (in a kiosk only the keys that work there), then the notes on the
/// mouse and the Arabic layout. The keys column is at the start edge; the list scrolls on small
/// terminals.
enum HelpOverlay {
    /// One line of the help; `binding` is the key binding it describes (nil for the notes).
    struct Line {
        let keys: String
        let meaning: String
        let binding: KeyHelp?
    }

    static func lines(_ config: AppConfig, context: PaneContext) -> [Line] {
        let s = context.strings
        let keys = KeyBindings.available(config).compactMap { binding in
            binding.help.map { Line(keys: binding.display(ascii: context.ascii), meaning: s.helpEntry($0),
                                    binding: $0) }
        }
        let notes = s.helpNotes.enumerated().compactMap { index, note in
            // The first note is about the mouse: only when the mouse is on.
            index == 0 && !config.mouse ? nil : Line(keys: note.keys, meaning: note.meaning, binding: nil)
        }
        return keys + notes
    }

    static func box(in body: Rect, lines: [Line], context: PaneContext) -> Rect {
        let keyWidth = lines.map { context.text.width($0.keys) }.max() ?? 0
        let meaningWidth = lines.map { context.text.width($0.meaning) }.max() ?? 0
        let width = keyWidth + meaningWidth + 3 + 4
        return body.centered(width: width, height: lines.count + 3)
    }

    /// Rows of the list that fit (the footer takes the last line inside the box).
    static func visibleRows(in body: Rect, lines: [Line], context: PaneContext) -> Int {
        max(0, Box.inner(box(in: body, lines: lines, context: context)).height - 1)
    }

    /// Key names read left to right ("Ctrl-L", "1 2 3 4 5"), unless they are Arabic letters.
    static func keyDirection(_ keys: String) -> BaseDirection {
        keys.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } ? .rtl : .ltr
    }

    static func render(_ state: AppState, body: Rect, context: PaneContext, into frame: inout Frame) {
        let s = context.strings
        let lines = lines(state.config, context: context)
        let rect = box(in: body, lines: lines, context: context)
        guard !rect.isEmpty else { return }
        frame.fill(rect)
        Box(title: context.text.line(s.helpTitle, base: context.base), direction: context.direction,
            ascii: context.ascii, style: Style(.borderFocused)).render(in: rect, into: &frame)
        let inner = Box.inner(rect).insetHorizontally(start: 1, end: 0, context.direction)
        guard inner.height > 0 else { return }
        let (footer, listArea) = inner.height > 1 ? inner.splitBottom(1) : (inner, Rect(x: 0, y: 0, width: 0, height: 0))
        frame.draw(context.text.fit(s.helpFooter, width: footer.width, base: context.base), in: footer,
                   align: context.direction.startAlignment, style: Style(.dim))
        let keyWidth = lines.map { context.text.width($0.keys) }.max() ?? 0
        let view = ListView(count: lines.count, selected: nil,
                            scroll: min(state.helpScroll, max(0, lines.count - listArea.height)),
                            direction: context.direction, ascii: context.ascii)
        view.render(in: listArea, into: &frame) { index, row, _, frame in
            let entry = lines[index]
            let (keys, rest) = row.splitStart(keyWidth + 2, context.direction)
            frame.draw(context.text.fit(entry.keys, width: keys.width, base: keyDirection(entry.keys)), in: keys,
                       align: context.direction.startAlignment, style: Style(.statusKey, bold: true))
            frame.draw(context.text.fit(entry.meaning, width: rest.width, base: context.base), in: rest,
                       align: context.direction.startAlignment)
        }
    }
}
