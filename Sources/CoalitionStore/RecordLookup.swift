/// Finds a record from an id typed on the command line (`tahaluf cite`).
///
/// Events, groups and figures are found by id, members by code (in any case: `sau` is `SAU`).
/// Sources by id (`seed-004`). An id that names records of two kinds is ambiguous; a kind prefix
/// (`event:`, `member:`, `group:`, `figure:`, `source:`) picks one, and is accepted on any id.
///
/// ```swift
/// store.lookUpRecord("SAU")                    // .found(RecordRef(.member, "SAU"))
/// store.lookUpRecord("group:counter-finance")  // .found(RecordRef(.group, "counter-finance"))
/// store.lookUpRecord("nope")                   // .unknown
/// ```
public enum RecordLookup: Hashable, Sendable {
    case found(RecordRef)
    /// Records of several kinds share the id: the caller names them and asks for a prefix.
    case ambiguous([RecordRef])
    case unknown
}

extension Store {
    public func lookUpRecord(_ text: String) -> RecordLookup {
        if let colon = text.firstIndex(of: ":"), let kind = RecordKind(rawValue: String(text[..<colon])) {
            let id = String(text[text.index(after: colon)...])
            return record(kind, id).map { .found($0) } ?? .unknown
        }
        let matches = RecordKind.allCases.compactMap { record($0, text) }
        switch matches.count {
        case 0: return .unknown
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
    }

    /// The record of `kind` with this id (a member's code in any case), if there is one.
    private func record(_ kind: RecordKind, _ id: String) -> RecordRef? {
        switch kind {
        case .event: return event(id).map { RecordRef(.event, $0.id) }
        case .member: return member(id.uppercased()).map { RecordRef(.member, $0.code) }
        case .group: return group(id).map { RecordRef(.group, $0.id) }
        case .figure: return figure(id).map { RecordRef(.figure, $0.id) }
        case .source: return source(id).map { RecordRef(.source, $0.id) }
        }
    }

    /// Every citation a record makes, in the record's order: its own sources, then those of its
    /// roles (members) or observations (figures). A citation of an unknown source is left out
    /// (the loader rejects those, so only a hand-built store has them).
    public func citations(of ref: RecordRef) -> [(use: SourceUse, source: Source)] {
        var cited: [(SourceUse.Part, Citation)] = []
        switch ref.kind {
        case .event: cited = (event(ref.id)?.sources ?? []).map { (.record, $0) }
        case .member:
            guard let m = member(ref.id) else { break }
            cited = m.sources.map { (.record, $0) }
            for (i, role) in m.roles.enumerated() { cited += role.sources.map { (.role(i), $0) } }
        case .group: cited = (group(ref.id)?.sources ?? []).map { (.record, $0) }
        case .figure:
            cited = (figure(ref.id)?.observations ?? []).enumerated().map { (.observation($0.offset), $0.element.source) }
        case .source: cited = source(ref.id) == nil ? [] : [(.record, Citation(source: ref.id))]
        }
        return cited.compactMap { part, citation in
            source(citation.source).map { (SourceUse(record: ref, part: part, quote: citation.quote), $0) }
        }
    }
}
