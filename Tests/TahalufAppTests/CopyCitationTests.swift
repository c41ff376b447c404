import Testing
import CoalitionStore
import RTLText
import TerminalUI
@testable import TahalufApp

/// `y` copies what the selected row shows: the screen's own words (read back from the rendered
/// frame), then the full citation of what the row rests on.
@Suite struct CopyCitationTests {
    let store: Store
    init() throws { store = try BundledData.store() }

    /// English and wide, so no row is cut short with "…".
    func start(_ pane: PaneID, language: Language = .en, ascii: Bool = false) -> AppState {
        var state = AppState(config: AppConfig(language: language, ascii: ascii))
        state.size = Size(width: 220, height: 60)
        state.focus = pane
        return state
    }

    func context(_ state: AppState) -> PaneContext { PaneContext(store: store, config: state.config) }

    /// Presses `y` and returns what went to the clipboard.
    func copy(_ state: AppState) -> (text: String, state: AppState) {
        let (next, effects) = reduce(state, .copyCitation, store: store)
        guard case .copyToClipboard(let text)? = effects.first else {
            Issue.record("no copy effect: \(effects)")
            return ("", next)
        }
        return (text, next)
    }

    /// The screen row that contains `needle`, trimmed.
    func screenRow(_ state: AppState, containing needle: String) -> String? {
        render(state, store: store, size: state.size).rows.first { $0.contains(needle) }?
            .trimmingCharacters(in: .whitespaces)
    }

    /// The words of the row inside the focused pane: the row can share its screen line with the
    /// pane beside it, so only the words around `needle` are taken (up to a rule or a wide gap).
    func rowWords(_ line: String, around needle: String) -> [String] {
        let row = line.replacingOccurrences(of: "│", with: "   ")
        guard let range = row.range(of: needle) else { return [] }
        let before = row[..<range.lowerBound].components(separatedBy: "   ").last ?? ""
        let after = row[range.upperBound...].components(separatedBy: "   ").first ?? ""
        return (before + needle + after).split(separator: " ").map(String.init).filter { !$0.contains("…") }
    }

    @Test func statsRowCopiesTheHeadlineItShowsWithItsMarkAndNote() throws {
        var state = start(.stats)
        state.stats = try #require(StatsPane.select(RecordRef(.figure, "iraqi-forces-trained"), in: state.stats,
                                                    context: context(state)))
        let row = try #require(screenRow(state, containing: "Iraqi forces trained"))
        let (text, after) = copy(state)
        let lines = text.split(separator: "\n").map(String.init)
        let first = try #require(lines.first)
        // Every word of the row on screen, the ≠ among them, is in the copied first line.
        let words = rowWords(row, around: "Iraqi forces trained")
        #expect(words.contains("≠") && words.contains("126.5"), "row on screen: \(row)")
        for word in words { #expect(first.contains(word), "\(word) from \(row) missing in \(first)") }
        #expect(!first.contains("300"))
        #expect(lines.contains { $0.hasPrefix("≠ Sources differ: ") })
        // The citation is that observation's (al-Dostor, seed 000, the quote with 126,500) and no other's.
        let figure = try #require(store.figure("iraqi-forces-trained"))
        let shown = try #require(figure.observations.first { $0.value == 126_500 })
        let source = try #require(store.source(shown.source.source))
        #expect(text.contains("Source: " + source.outlet.en + ", \"" + source.title.en + "\""))
        #expect(text.contains("Seed file: " + (source.file ?? "-")))
        if let url = source.url {
            #expect(text.contains("URL: " + url))
            #expect(lines.contains { $0.hasPrefix("Accessed: ") })
        }
        #expect(text.contains("Quote: «" + (shown.source.quote ?? "-") + "»"))
        for other in figure.observations where other != shown {
            if let quote = other.source.quote { #expect(!text.contains(quote)) }
        }
        #expect(after.notice == Strings.en.copied + first)
    }

    @Test func statsRowInAsciiCopiesTheAsciiMark() throws {
        var state = start(.stats, ascii: true)
        state.stats = try #require(StatsPane.select(RecordRef(.figure, "iraqi-forces-trained"), in: state.stats,
                                                    context: context(state)))
        let text = copy(state).text
        #expect(text.hasPrefix("! Iraqi forces trained"))
        #expect(text.contains("\"وحتى اليوم"))
    }

    @Test func arabicStatsRowKeepsTheMarkAndSaysSourcesDiffer() throws {
        var state = start(.stats, language: .ar)
        state.stats = try #require(StatsPane.select(RecordRef(.figure, "iraqi-forces-trained"), in: state.stats,
                                                    context: context(state)))
        let text = copy(state).text
        #expect(text.hasPrefix("≠ القوات العراقية المدرَّبة"))
        #expect(text.contains("\n≠ المصادر مختلفة: "))
        #expect(text.contains("ملف البذرة: 000_895db97fb6067cf4.txt"))
    }

    @Test func timelineRowCopiesItsDateWithTheInferredMark() throws {
        let event = try #require(store.eventsByDate.first { $0.inferred != nil && $0.date.month != nil })
        var state = start(.timeline)
        state.timeline = try #require(TimelinePane.select(RecordRef(.event, event.id), in: state.timeline,
                                                          context: context(state)))
        let row = try #require(screenRow(state, containing: event.title.en))
        let text = copy(state).text
        let first = try #require(text.split(separator: "\n").first.map(String.init))
        let words = rowWords(row, around: event.title.en)
        #expect(words.first?.hasPrefix("~") == true, "row on screen: \(row)")
        for word in words { #expect(first.contains(word), "\(word) from \(row) missing in \(first)") }
        #expect(first.contains(String(event.date.year)))
        #expect(text.contains("~ Inferred date: " + event.inferred!.en))
        for citation in event.sources {
            #expect(text.contains("Source: " + store.source(citation.source)!.outlet.en))
            if let quote = citation.quote { #expect(text.contains("Quote: «" + quote + "»")) }
        }
    }

    @Test func mapMemberCopiesItsNameLine() throws {
        var state = start(.map)
        state.map = try #require(MapPane.select(RecordRef(.member, "SAU"), in: state.map, context: context(state)))
        let row = try #require(screenRow(state, containing: "Saudi Arabia (SAU)"))
        let text = copy(state).text
        let first = try #require(text.split(separator: "\n").first.map(String.init))
        for word in rowWords(row, around: "Saudi Arabia (SAU)") {
            #expect(first.contains(word), "\(word) from \(row) missing in \(first)")
        }
        let member = try #require(store.member("SAU"))
        for citation in member.sources { #expect(text.contains(store.source(citation.source)!.outlet.en)) }
    }

    /// In the donors highlight the name line shows the amounts given: the copy cites them too.
    @Test func mapMemberInTheDonorsHighlightCitesTheDonations() throws {
        var state = start(.map)
        state.map = try #require(MapPane.select(RecordRef(.member, "SAU"), in: state.map, context: context(state)))
        state.map.highlight = .donors
        let row = try #require(screenRow(state, containing: "Saudi Arabia (SAU)"))
        #expect(row.contains("gave: "))
        let text = copy(state).text
        #expect(text.hasPrefix(rowWords(row, around: "Saudi Arabia (SAU)").joined(separator: " ")))
        let donations = try #require(store.member("SAU")).roles.filter { $0.kind == .donor }
        #expect(!donations.isEmpty)
        for quote in donations.flatMap(\.sources).compactMap(\.quote) { #expect(text.contains("Quote: «" + quote + "»")) }
    }

    @Test func groupCopiesItsCoChairsAndMandate() throws {
        var state = start(.groups)
        state.groups = try #require(GroupsPane.select(RecordRef(.group, "counter-finance"), in: state.groups,
                                                      context: context(state)))
        let group = try #require(store.group("counter-finance"))
        let text = copy(state).text
        #expect(text.hasPrefix(group.name.en + "\n"))
        let chairs = group.coChairs.map { store.member($0)!.name.en }
        #expect(text.contains("Co-chairs: " + chairs.joined(separator: ", ")))
        #expect(text.contains(group.mandate.en))
        // The co-chairs line is the one the pane shows under the list.
        #expect(screenRow(state, containing: "Co-chairs: " + chairs[0]) != nil)
        for citation in group.sources {
            #expect(text.contains("Source: " + store.source(citation.source)!.outlet.en))
        }
    }

    @Test func detailCopiesEveryObservationWithItsSource() throws {
        var state = start(.stats)
        state.stats = try #require(StatsPane.select(RecordRef(.figure, "iraqi-forces-trained"), in: state.stats,
                                                    context: context(state)))
        state = reduce(state, .open, store: store).state
        #expect(state.detail.current == RecordRef(.figure, "iraqi-forces-trained"))
        let text = copy(state).text
        #expect(text.hasPrefix("≠ Iraqi forces trained"))
        // Two observations (the 300,000 supported is its own figure since the data fidelity work).
        for value in ["190 thousand", "126.5 thousand"] { #expect(text.contains(value)) }
        #expect(text.contains("Seed file: 004_d9793a676d49900f.txt"))
        #expect(text.contains("Seed file: 000_895db97fb6067cf4.txt"))
        #expect(text.components(separatedBy: "Quote: «").count == 3)
    }

    @Test func copiedTextCarriesNoControlCharacters() throws {
        for pane in [PaneID.timeline, .map, .groups, .stats] {
            let text = copy(start(pane)).text
            #expect(!text.isEmpty)
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(pane)")
        }
    }
}
