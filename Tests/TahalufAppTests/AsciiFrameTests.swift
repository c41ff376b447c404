import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// `--ascii` (and a locale that is not UTF-8) promises a screen of ASCII only: the Linux console and
/// vt100-class kiosks print anything else as garbage. Whole frames on the bundled data, every pane,
/// the help, a detail with its sources and notes, and search; cut text ends in "...".
@Suite struct AsciiFrameTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    static func screens(_ size: Size) -> [(String, [Action])] {
        let panes: [(String, [Action])] = PaneID.allCases.map { ("pane \($0)", [.resize(size), .focus($0)]) }
        return panes + [
            ("help", [.resize(size), .toggleHelp]),
            ("detail of each pane's selection", [.resize(size), .open]),
            ("detail, last event", [.resize(size), .end, .open, .pageDown]),
            ("map detail", [.resize(size), .focus(.map), .move(.down), .open]),
            ("stats detail", [.resize(size), .focus(.stats), .move(.down), .open, .pageDown]),
            ("groups detail", [.resize(size), .focus(.groups), .end, .open]),
            ("search", [.resize(size), .startSearch, .searchInput("T")]),
        ]
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40)])
    func framesHoldOnlyAscii(size: Size) {
        for (name, actions) in Self.screens(size) {
            for language in Language.allCases {
                let state = TestDriver.run(AppState(config: AppConfig(language: language, ascii: true)), actions, store: store)
                let frame = render(state, store: store, size: size)
                for (y, row) in frame.rows.enumerated() {
                    #expect(row.unicodeScalars.allSatisfy { $0.isASCII }, "\(name) \(size.width)x\(size.height) row \(y): \(row)")
                }
            }
        }
    }

    /// The English data's own typography is transliterated, and cut text ends in "...".
    @Test func dataTextIsTransliteratedAndCutWithDots() {
        let context = PaneContext(store: store, config: AppConfig(ascii: true))
        #expect(context.text.line("Türkiye – Sophie Wilmès “quoted”", base: .ltr).string == "Turkiye - Sophie Wilmes \"quoted\"")
        #expect(context.text.fit("Operation Inherent Resolve", width: 12, base: .ltr).string == "Operation...")
        #expect(context.text.fit("Operation", width: 2, base: .ltr).string == "..")
        let unicode = PaneContext(store: store, config: AppConfig(language: .en))
        #expect(unicode.text.fit("Operation Inherent Resolve", width: 12, base: .ltr).string == "Operation…")  // at a word
    }
}
