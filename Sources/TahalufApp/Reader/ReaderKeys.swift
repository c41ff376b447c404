import TerminalUI

/// The reader's keys, like a pager's (less, w3m): Space and b page, g and G go to either end,
/// arrows or j/k move a line, Tab and Shift-Tab go from one quoted passage to the next (as w3m
/// goes between links), Enter lists the records that quote the passage, `/` finds text in the
/// article and n/N repeat it, Esc or q closes. The shell's keys (?, L, Ctrl-L, Ctrl-C, Ctrl-Z)
/// keep their meaning.
enum ReaderKeys {
    static func action(for key: Key, reader: ReaderState) -> Action? {
        if reader.search.isEditing {
            switch key {
            case .char(let c): return .reader(.searchInput(c))
            case .backspace, .delete: return .reader(.searchErase)
            case .enter: return .reader(.searchDone)
            case .escape: return .reader(.searchCancel)
            case .ctrl("c"): return .quit
            default: return nil
            }
        }
        if case .char(let c) = key, let latin = ArabicKeyboard.latin(for: c) {
            return action(for: .char(latin), reader: reader)
        }
        switch key {
        case .char(" "), .pageDown, .ctrl("f"), .ctrl("v"): return .reader(.pageDown)
        case .char("b"), .pageUp, .ctrl("b"): return .reader(.pageUp)
        case .char("g"), .home, .char("<"): return .reader(.top)
        case .char("G"), .end, .char(">"): return .reader(.bottom)
        case .down, .char("j"), .ctrl("n"): return .reader(.lineDown)
        case .up, .char("k"), .ctrl("p"): return .reader(.lineUp)
        case .tab: return .reader(.nextSpan)
        case .backTab: return .reader(.previousSpan)
        case .enter: return .reader(.follow)
        case .char("/"): return .reader(.startSearch)
        case .char("n"): return .reader(.nextMatch)
        case .char("N"): return .reader(.previousMatch)
        case .escape, .backspace, .char("q"): return .reader(.close)
        case .char("?"): return .toggleHelp
        case .char("L"): return .toggleLanguage
        case .ctrl("l"): return .redraw
        case .ctrl("c"): return .quit
        case .ctrl("z"): return .suspend
        default: return nil
        }
    }
}
