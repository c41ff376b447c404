import CoalitionStore
import RTLText

/// Where the app builds a line from pieces (a label and a name, a title and a date, an outlet and
/// a URL), each interpolated piece goes through here: it is isolated (`TextEngine.isolate`), so
/// it keeps its own direction and its neighbours cannot pull its digits or end punctuation across
/// ("in مراكش 2022", "https://policyviz.com/", "…Tile-Grid-Map، 12 تشرين الأول 2017"). A piece
/// without letters runs in the UI's direction.
extension Language {
    func isolate(_ piece: String) -> String {
        TextEngine.isolate(piece, in: self == .ar ? .rtl : .ltr)
    }
}
