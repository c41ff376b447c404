import CoalitionStore
import RTLText

/// `y`: a record as one line a researcher can paste into notes: what, when, and where it comes
/// from (outlet, publication date or "undated", seed file, URL).
///
/// ```swift
/// CitationText.line(RecordRef(.event, "ministerial-2022-marrakesh"), store: store, language: .en, months: .levant)
/// // "Ministerial meeting in Marrakesh (2022) — unattributed page, undated, 002_fce76edd2a46ce5c.txt"
/// ```
enum CitationText {
    static func line(_ ref: RecordRef, store: Store, language: Language, months: MonthStyle,
                     digits: DigitStyle = .western) -> String {
        line(ref, store: store, language: language, months: months, digits: digits, identifiers: true)
    }

    /// The citation without the seed file and URL: what the status bar shows after `y`, where a
    /// file name inside Arabic text would read scrambled. Its fields are isolated (it is laid out
    /// on screen, not pasted), so a Latin title's last word and a date's day stay apart.
    static func short(_ ref: RecordRef, store: Store, language: Language, months: MonthStyle,
                      digits: DigitStyle = .western) -> String {
        line(ref, store: store, language: language, months: months, digits: digits, identifiers: false)
    }

    /// The copied line's fields stay plain text; on screen each is an isolate.
    private static func field(_ text: String, isolated: Bool, _ language: Language) -> String {
        isolated ? language.isolate(text) : text
    }

    private static func line(_ ref: RecordRef, store: Store, language: Language, months: MonthStyle,
                             digits: DigitStyle, identifiers: Bool) -> String {
        let s = Strings.for(language)
        let isolated = !identifiers
        func date(_ d: FactDate?) -> String { field(DateFormat.full(d, language: language, months: months), isolated: isolated, language) }
        func text(_ t: Localized) -> String { field(t.text(language), isolated: isolated, language) }
        var what: String
        var citations: [Citation]
        switch ref.kind {
        case .event:
            guard let e = store.event(ref.id) else { return ref.id }
            what = text(e.title) + " (" + date(e.date) + ")"
            citations = e.sources
        case .member:
            guard let m = store.member(ref.id) else { return ref.id }
            what = text(m.name) + " (" + m.code + ")"
            citations = m.sources
        case .group:
            guard let g = store.group(ref.id) else { return ref.id }
            what = text(g.name)
            citations = g.sources
        case .figure:
            guard let f = store.figure(ref.id) else { return ref.id }
            what = text(f.title)
            if let o = f.observations.last {
                what += ": " + NumberFormat.words(o, language: language, digits: digits)
                if let asOf = o.asOf { what += " (" + date(asOf) + ")" }
            }
            citations = f.observations.last.map { [$0.source] } ?? []
        }
        guard let citation = citations.first, let source = store.source(citation.source) else {
            return what + " — " + s.noSources
        }
        var parts = [text(source.outlet), source.published.map { date($0) } ?? s.undated]
        if identifiers, let file = source.file { parts.append(file) }
        if identifiers, let url = source.url { parts.append(url) }
        return what + " — " + parts.joined(separator: s.listSeparator)
    }
}
