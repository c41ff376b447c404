import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

/// The pane registry ties the tab bar, the number keys, Tab cycling, the help and dispatch
/// together: every registered pane must be reachable and named in each of them.
@Suite struct PaneRegistryTests {
    @Test func everyPaneIsRegisteredOnceWithItsOwnKey() {
        #expect(Set(PaneRegistry.order) == Set(PaneID.allCases))
        #expect(PaneRegistry.order.count == PaneID.allCases.count)
        #expect(Set(PaneRegistry.all.map(\.key)).count == PaneRegistry.all.count)
        // Every record kind has exactly one pane that lists it.
        for kind in RecordKind.allCases {
            #expect(PaneRegistry.all.filter { $0.kinds.contains(kind) }.count == 1, "\(kind)")
        }
    }

    @Test(arguments: Language.allCases)
    func everyPaneHasANumberKeyATabAndAHelpMention(language: Language) {
        let store = Fixture.store
        let help = Strings.for(language).helpEntry(.focusPane)
        for entry in PaneRegistry.all {
            // The number key focuses it, from any other pane.
            for start in PaneRegistry.order where start != entry.id {
                var state = ReducerTests.start(language: language)
                state.focus = start
                #expect(TestDriver.press(state, [.char(entry.key)], store: store).focus == entry.id)
            }
            // Its tab shows its key and title, and a click on the tab focuses it.
            var state = ReducerTests.start(language: language)
            let context = PaneContext(store: store, config: state.config)
            let (items, rects) = TitleBar.items(focus: entry.id, context: context, width: state.size.width)
            let tab = items.firstIndex { $0.pane == entry.id }
            #expect(tab != nil, "no tab for \(entry.id)")
            if let tab {
                #expect(items[tab].line.string.contains(String(entry.key)))
                #expect(items[tab].line.string == context.text.line(String(entry.key) + " " + entry.title(language),
                                                                    base: context.base).string)
                if let rect = rects[tab] {
                    state.focus = entry.id == .timeline ? .map : .timeline
                    #expect(reduce(state, .click(x: rect.x, y: 0), store: store).state.focus == entry.id)
                }
            }
            // The help's number-key line names it.
            #expect(help.contains(entry.shortTitle(language)), "\(entry.id) missing from the help")
        }
    }

    @Test func tabVisitsEveryPaneInRegistryOrderAndShiftTabReturns() {
        var state = ReducerTests.start()
        var seen = [state.focus]
        for _ in 1..<PaneRegistry.all.count {
            state = TestDriver.press(state, [.tab])
            seen.append(state.focus)
        }
        #expect(seen == PaneRegistry.order)
        #expect(TestDriver.press(state, [.tab]).focus == PaneRegistry.order.first)
        #expect(TestDriver.press(ReducerTests.start(), [.backTab]).focus == PaneRegistry.order.last)
    }

    @Test func theGridKeepsFourQuartersAndAWholeAreaPaneTakesThePaneArea() {
        let size = Size(width: 120, height: 40)
        for direction in [LayoutDirection.rtl, .ltr] {
            let grid = ShellLayout(size: size, direction: direction, focus: .timeline)
            #expect(grid.mode == .grid)
            #expect(Set(grid.panes.keys) == [.timeline, .map, .groups, .stats])
            let sources = ShellLayout(size: size, direction: direction, focus: .sources)
            #expect(Array(sources.panes.keys) == [.sources])
            #expect(sources.rules.isEmpty)
            #expect(sources.panes[.sources]?.width == size.width)
            #expect(sources.detail != nil)
        }
    }
}

@Suite struct SourcesPaneTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    var context: PaneContext { PaneContext(store: store, config: AppConfig(language: .en)) }

    @Test func sourcesAreInDateOrderWithTheUndatedLast() {
        let list = SourcesPane.sources(of: store, kind: nil)
        #expect(list.count == store.dataset.sources.count)
        let dated = list.prefix { $0.published != nil }
        #expect(dated.count == store.dataset.sources.filter { $0.published != nil }.count)
        #expect(zip(dated, dated.dropFirst()).allSatisfy { $0.published! <= $1.published! })
        #expect(list.dropFirst(dated.count).allSatisfy { $0.published == nil })
    }

    @Test func kCyclesTheKindsTheDataHasAndComesBackToAll() {
        var state = TestDriver.press(ReducerTests.start(language: .en), [.char("K")], store: store)
        #expect(state.focus == .sources)
        var seen: [SourceKind?] = [state.filters.sourceKind]
        while state.filters.sourceKind != nil, seen.count < 10 {
            state = TestDriver.press(state, [.char("K")], store: store)
            seen.append(state.filters.sourceKind)
        }
        #expect(seen == [.seed, .official, .press, .reference, .unverified, nil])
        let official = TestDriver.press(ReducerTests.start(language: .en), [.char("5"), .char("K"), .char("K")], store: store)
        let shown = SourcesPane.sources(of: store, kind: official.filters.sourceKind)
        #expect(!shown.isEmpty && shown.allSatisfy { $0.kind == .official })
        let frame = render(official, store: store, size: official.size)
        #expect(frame.rows.contains { $0.contains("Kind: official — \(shown.count) sources") })
    }

    @Test func aRowShowsDateKindCountAndOutlet() {
        let state = TestDriver.press(ReducerTests.start(Size(width: 80, height: 24), language: .en), [.char("5")], store: store)
        let frame = render(state, store: store, size: state.size)
        let factSheet = store.source("seed-004")!
        let count = store.citingRecordCount(ofSource: "seed-004")
        let row = frame.rows.first { $0.contains("6 February 2019") && $0.contains("seed article") }
        #expect(row?.contains(" \(count) ") == true)
        #expect(row?.contains(String(factSheet.outlet.en.prefix(20))) == true)
        // The inferred year of seed 003 is marked; undated sources say so.
        #expect(frame.rows.contains { $0.contains("~2024") })
    }

    @Test func enterOpensTheSourceAndEveryCitingRecordIsALink() throws {
        let ref = RecordRef(.source, "seed-004")
        let content = DetailContent(ref, context: context)
        let uses = store.uses(ofSource: "seed-004")
        #expect(Set(content.links) == Set(uses.map(\.record)))
        #expect(content.links.count == uses.count)
        // Grouped: events, then figures, members, groups.
        let order: [RecordKind] = [.event, .figure, .member, .group]
        let kinds = content.links.map(\.kind)
        #expect(kinds == kinds.sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! })
        // Every quote is shown under its link.
        let texts = content.items.compactMap { if case .quote(let t) = $0 { t } else { nil } }
        for quote in uses.compactMap(\.quote) { #expect(texts.contains("«" + quote + "»")) }
        // The metadata: outlet, kind, URL and seed file.
        #expect(content.items.contains(.identifier("004_d9793a676d49900f.txt")))
        #expect(content.items.contains(.url(try #require(store.source("seed-004")?.url))))
        #expect(content.items.contains(.field(label: "Kind", value: "seed article")))
    }

    @Test(arguments: Language.allCases)
    func enterOnACitingRecordJumpsToItInItsPane(language: Language) throws {
        let index = try #require(SourcesPane.sources(of: store, kind: nil).firstIndex { $0.id == "seed-004" })
        var state = TestDriver.press(ReducerTests.start(language: language), [.char("5")], store: store)
        state = TestDriver.press(state, Array(repeating: .down, count: index) + [.enter], store: store)
        #expect(state.detail.current == RecordRef(.source, "seed-004"))
        let context = PaneContext(store: store, config: state.config)
        let links = DetailContent(RecordRef(.source, "seed-004"), context: context).links
        // The first link is an event; the one after the events a figure.
        state = TestDriver.press(state, [.down, .enter], store: store)
        #expect(state.detail.current == nil)
        #expect(state.focus == .timeline)
        #expect(TimelinePane.selection(state.timeline, context: context) == links[0])
        let figure = try #require(links.firstIndex { $0.kind == .figure })
        var back = TestDriver.press(ReducerTests.start(language: language), [.char("5")], store: store)
        back = TestDriver.press(back, Array(repeating: .down, count: index) + [.enter], store: store)
        back = TestDriver.press(back, Array(repeating: .down, count: figure + 1) + [.enter], store: store)
        #expect(back.focus == .stats)
        #expect(StatsPane.selection(back.stats, context: context) == links[figure])
    }

    @Test func aFigureLinkNamesTheObservationItRestsOn() throws {
        let content = DetailContent(RecordRef(.source, "seed-004"), context: context)
        let labels = content.items.compactMap { if case .link(let label, let ref) = $0, ref.kind == .figure { label } else { nil } }
        #expect(labels.contains("Coalition members: 79 (6 February 2019)"))
    }

    @Test func aSourceBehindThousandsOfRecordsListsABoundedPage() throws {
        let synthetic = Fixture.synthetic(5_000)
        let context = PaneContext(store: synthetic, config: AppConfig(language: .en))
        let source = try #require(synthetic.dataset.sources.first)
        let events = synthetic.uses(ofSource: source.id).filter { $0.record.kind == .event }.count
        try #require(events > DetailContent.citingShown)
        let content = DetailContent(RecordRef(.source, source.id), context: context)
        #expect(content.links.filter { $0.kind == .event }.count == DetailContent.citingShown)
        #expect(content.items.contains(.text("… and \(events - DetailContent.citingShown) more")))
        // The grid's summary strip, redrawn on every key, stops at the count.
        #expect(DetailContent(RecordRef(.source, source.id), context: context, summary: true).links.isEmpty)
    }

    @Test func urlsAreNeverBrokenAcrossRows() {
        let url = store.source("seed-004")!.url!
        for width in [20, 40, url.count, url.count + 10] {
            let lines = DetailView.lines(DetailContent(RecordRef(.source, "seed-004"), context: context), width: width,
                                         context: context, selectedLink: nil)
            let rows = lines.map(\.text.string)
            if width >= url.count {
                #expect(rows.contains(url), "width \(width)")
            } else {
                // One row, cut at the end with an ellipsis; no row holds a later piece of it.
                let start = String(url.prefix(8))
                #expect(rows.filter { $0.hasPrefix(start) }.count == 1, "width \(width)")
                #expect(rows.first { $0.hasPrefix(start) }?.hasSuffix("…") == true, "width \(width)")
                let piece = rows.first { $0.count >= 6 && url.contains($0) && !$0.hasPrefix(start) }
                #expect(piece == nil, "width \(width): \(piece ?? "")")
            }
        }
    }

    @Test func copyOnASourceCitesIt() {
        let effects = TestDriver.pressing(ReducerTests.start(language: .en), [.char("5"), .char("y")], store: store).effects
        guard case .copyToClipboard(let text)? = effects.first else {
            Issue.record("nothing copied")
            return
        }
        let first = SourcesPane.sources(of: store, kind: nil)[0]
        // A source is its own citation (`CitationText.record`): outlet, title, date, URL.
        #expect(text.contains(first.title.en))
        #expect(text.contains(first.outlet.en))
    }
}

/// 87 members are named, the latest count is 90: the map legend and the membership figure's
/// detail say that 3 are not identified in any source used.
@Suite struct MembershipNoteTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    @Test func theBundledDataNames87Of90() throws {
        let note = try #require(MembershipNote(store: store))
        #expect(note.total == 90)
        #expect(note.named == 87)
        #expect(note.missing == 3)
    }

    @Test(arguments: Language.allCases)
    func theMapLegendAndTheFigureDetailSayIt(language: Language) throws {
        let note = try #require(MembershipNote(store: store))
        let state = TestDriver.press(ReducerTests.start(Size(width: 80, height: 24), language: language), [.char("2")],
                                     store: store)
        let frame = render(state, store: store, size: state.size)
        let short = TextEngine().line(note.short(language), base: language == .ar ? .rtl : .ltr).string
        // On the legend row, or at the end of the name row when the legend has no room left.
        #expect(frame.rows.contains { $0.contains(short) }, "\(frame.rows)")
        // In a quarter of the grid the legend keeps its colour key and the note ends the name row.
        let grid = TestDriver.press(ReducerTests.start(language: language), [.char("2")], store: store)
        let rows = render(grid, store: store, size: grid.size).rows
        #expect(rows[2].contains(TextEngine().line(language == .ar ? "مظلل" : "highlighted",
                                                   base: language == .ar ? .rtl : .ltr).string))
        #expect(rows.contains { $0.contains(short) })
        let context = PaneContext(store: store, config: AppConfig(language: language))
        let content = DetailContent(RecordRef(.figure, MembershipNote.figureID), context: context)
        #expect(content.items.contains(.text(note.long(language))))
    }

    @Test func noNoteWhenTheDataNamesEveryMember() {
        #expect(MembershipNote(store: Fixture.synthetic(200)) == nil)
    }
}
