/// One place where a record rests on a source: the record, the part of it the citation backs,
/// and the quoted words. The Sources pane, the article reader and `tahaluf cite` read the data
/// from this end: from a source to everything that cites it.
///
/// ```swift
/// store.uses(ofSource: "seed-004").filter { $0.record.kind == .figure }   // the fact sheet's figures
/// ```
public struct SourceUse: Hashable, Sendable {
    /// Which part of the record the citation backs.
    public enum Part: Hashable, Sendable {
        /// The record as a whole (its `sources` list).
        case record
        /// `observations[i]` of a figure.
        case observation(Int)
        /// `roles[i]` of a member.
        case role(Int)
    }

    public var record: RecordRef
    public var part: Part
    /// The supporting passage, verbatim from the source; nil where the citation gives none.
    public var quote: String?

    public init(record: RecordRef, part: Part = .record, quote: String? = nil) {
        self.record = record; self.part = part; self.quote = quote
    }
}

extension Store {
    /// Every citation of every source by a member, group or figure, by source id, in data order
    /// (the order `RecordKind` lists the kinds). Events' citations are read from the events when
    /// asked (`uses(ofSource:)`): a million events' quotes are not kept in memory.
    static func sourceUses(dataset: Dataset) -> [String: [SourceUse]] {
        var uses: [String: [SourceUse]] = [:]
        func add(_ citation: Citation, _ record: RecordRef, _ part: SourceUse.Part) {
            uses[citation.source, default: []].append(SourceUse(record: record, part: part, quote: citation.quote))
        }
        for member in dataset.members {
            let ref = RecordRef(.member, member.code)
            for c in member.sources { add(c, ref, .record) }
            for (i, role) in member.roles.enumerated() { for c in role.sources { add(c, ref, .role(i)) } }
        }
        for group in dataset.groups {
            for c in group.sources { add(c, RecordRef(.group, group.id), .record) }
        }
        for figure in dataset.figures {
            for (i, o) in figure.observations.enumerated() { add(o.source, RecordRef(.figure, figure.id), .observation(i)) }
        }
        return uses
    }
}
