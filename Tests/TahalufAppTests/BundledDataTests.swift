import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

/// What a researcher checks first, on the data the app ships.
@Suite struct BundledDataTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    func start(_ language: Language = .ar) -> AppState {
        var state = AppState(config: AppConfig(language: language))
        state.size = Size(width: 120, height: 40)
        return state
    }

    func detailText(_ ref: RecordRef, _ language: Language) -> [String] {
        // Fields are isolated for layout; read as plain text here.
        DetailContent(ref, store: store, language: language, months: .levant).items.map {
            switch $0 {
            case .field(let label, let value): label + ": " + value
            case .text(let text), .identifier(let text), .url(let text), .quote(let text), .section(let text),
                 .link(let text, _): text
            case .blank: ""
            }
        }.map(Sanitizer.sanitize)
    }

    @Test func searchingMarrakeshLandsOnTheMinisterial() {
        var state = TestDriver.press(start(), [.char("3"), .char("/")] + "مراكش".map { Key.char($0) }, store: store)
        #expect(state.search.hits.first?.ref == RecordRef(.event, "ministerial-2022-marrakesh"))
        state = TestDriver.press(state, [.enter], store: store)
        let context = PaneContext(store: store, config: state.config)
        #expect(state.focus == .timeline)
        #expect(TimelinePane.selection(state.timeline, context: context) == RecordRef(.event, "ministerial-2022-marrakesh"))
        // On screen: the selected row, right-aligned in the timeline pane at the top right.
        let frame = render(state, store: store, size: state.size)
        let title = TextEngine().line("الاجتماع الوزاري في مراكش", base: .rtl).string
        let row = frame.rows.firstIndex { $0.contains(title) }
        #expect(row != nil)
        if let row {
            let column = frame.rows[row].distance(from: frame.rows[row].startIndex,
                                                  to: frame.rows[row].range(of: title)!.lowerBound)
            #expect(column > 60, "the title starts in the right half (column \(column))")
            #expect(frame[column, row].style.role == .selected)
        }
    }

    @Test(arguments: [("السعودية", RecordRef(.member, "SAU")), ("CIFG", RecordRef(.group, "counter-finance")),
                      ("الضربات الجوية", RecordRef(.figure, "air-strikes"))])
    func searchJumpsIntoEveryPane(query: String, expected: RecordRef) {
        var state = TestDriver.press(start(), [.char("/")] + query.map { Key.char($0) }, store: store)
        let index = try? #require(state.search.hits.firstIndex { $0.ref == expected })
        state = TestDriver.press(state, Array(repeating: .down, count: index ?? 0) + [.enter], store: store)
        #expect(state.focus == expected.kind.pane)
        #expect(state.detail.current == nil, "the pane could not select \(expected)")
        let context = PaneContext(store: store, config: state.config)
        #expect(PaneDispatch.selection(state.focus, app: state, context: context) == expected)
    }

    @Test func saudiArabiaListsTheFinanceGroupAndItsHundredMillion() {
        let en = detailText(RecordRef(.member, "SAU"), .en)
        #expect(en.contains { $0.contains("Counter-ISIS Finance Group") && $0.contains("Co-chairs") })
        #expect(en.contains { $0.hasPrefix("donor:") && $0.contains("$100 million") })
        let ar = detailText(RecordRef(.member, "SAU"), .ar)
        #expect(ar.contains { $0.contains("100 مليون دولار") })
        let links = DetailContent(RecordRef(.member, "SAU"), store: store, language: .ar, months: .levant).links
        #expect(links.contains(RecordRef(.group, "counter-finance")))
    }

    @Test func theAirStrikeFigureShowsBothObservationsAndTheDisagreement() {
        let en = detailText(RecordRef(.figure, "air-strikes"), .en)
        #expect(en.contains("• more than 33 thousand"))
        #expect(en.contains("• 35 thousand"))
        #expect(en.contains("Sources disagree"))
        #expect(en.contains { $0.hasPrefix("a series over time:") })
        #expect(en.contains { $0.hasPrefix("Source: US Department of State") })
        #expect(en.contains { $0.hasPrefix("As of: 8 September 2020") })
    }

    @Test func undatedSourcesShowTheirNoteInTheDetail() {
        let en = detailText(RecordRef(.event, "ministerial-2022-marrakesh"), .en)
        #expect(en.contains { $0.contains("undated (after 2022") })
        #expect(en.contains("002_fce76edd2a46ce5c.txt"))
        #expect(!en.contains { $0.contains("undated (undated") })
    }

    @Test func everyRecordHasADetailWithSources() {
        var refs = store.eventsByDate.map { RecordRef(.event, $0.id) }
        refs += store.dataset.members.map { RecordRef(.member, $0.code) }
        refs += store.dataset.groups.map { RecordRef(.group, $0.id) }
        for ref in refs {
            let text = detailText(ref, .ar)
            #expect(text.contains(Strings.ar.labelSources), "\(ref)")
            #expect(!text.contains(Strings.ar.noSources), "\(ref)")
        }
        for figure in store.dataset.figures {
            #expect(detailText(RecordRef(.figure, figure.id), .en).contains { $0.hasPrefix("Source: ") }, "\(figure.id)")
        }
    }

    @Test func everyLinkOpensARecordThatExists() {
        let refs = store.eventsByDate.map { RecordRef(.event, $0.id) } + store.dataset.groups.map { RecordRef(.group, $0.id) }
        for ref in refs {
            for link in DetailContent(ref, store: store, language: .en, months: .levant).links {
                #expect(DetailContent(link, store: store, language: .en, months: .levant).title != Strings.en.notFound,
                        "\(ref) links to \(link)")
            }
        }
    }
}
