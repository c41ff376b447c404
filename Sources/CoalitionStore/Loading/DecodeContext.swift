/// What the loader learns while reading one data directory: the problems found so far
/// (located by file and byte offset until the end, when offsets become line:column), the ids
/// declared, and the cross-links still to check once every file is read.
final class DecodeContext {
    /// A problem before its offsets are turned into line:column.
    struct PendingProblem {
        var file: String
        var offset: Int?
        var record: String?
        var field: String?
        var message: String
        /// Another place the message refers to ("first used at line 12"): file, offset, and the words before "line".
        var related: (file: String, offset: Int, words: String)?
    }

    /// The kinds of record an id can be declared for and a link can point to.
    enum LinkTarget: Int, CaseIterable {
        case event, member, group, figure, source

        /// How messages name the target's key: "member code", "source id".
        var noun: String {
            switch self {
            case .event: return "event id"
            case .member: return "member code"
            case .group: return "group id"
            case .figure: return "figure id"
            case .source: return "source id"
            }
        }
    }

    /// Where an id was first declared.
    struct Declaration {
        var file: String
        var offset: Int
    }

    var problems: [PendingProblem] = []
    /// Ids (member codes) declared so far, per kind (indexed by `LinkTarget.rawValue`).
    private var declared = [[String: Declaration]](repeating: [:], count: LinkTarget.allCases.count)
    /// Tile cells taken so far, with the member that took them.
    private var tiles: [Tile: (code: String, file: String, offset: Int)] = [:]

    func report(_ file: String, _ offset: Int?, record: String? = nil, field: String? = nil, _ message: String) {
        problems.append(PendingProblem(file: file, offset: offset, record: record, field: field, message: message))
    }

    /// Records an id; reports it if the same kind already has it.
    func declare(_ kind: LinkTarget, _ id: String, file: String, offset: Int) {
        if let first = declared[kind.rawValue][id] {
            problems.append(PendingProblem(file: file, offset: offset, record: "\"\(id)\"",
                                           field: kind == .member ? "code" : "id", message: "duplicate \(kind.noun) \"\(id)\"",
                                           related: (first.file, first.offset, "first used at")))
        } else {
            declared[kind.rawValue][id] = Declaration(file: file, offset: offset)
        }
    }

    /// Reports an id used twice, where the caller keeps the ids itself (the event file).
    func reportDuplicate(_ kind: LinkTarget, _ id: String, file: String, offset: Int, firstOffset: Int) {
        problems.append(PendingProblem(file: file, offset: offset, record: "\"\(id)\"",
                                       field: kind == .member ? "code" : "id", message: "duplicate \(kind.noun) \"\(id)\"",
                                       related: (file, firstOffset, "first used at")))
    }

    func isDeclared(_ kind: LinkTarget, _ id: String) -> Bool {
        declared[kind.rawValue][id] != nil
    }

    /// Kinds whose file could not be read at all (missing, malformed, not a list). Links into them
    /// are not checked: one broken file would otherwise bury its own problem under hundreds of
    /// "unknown id" lines about the records that point into it.
    private var unreadable = Set<Int>()

    /// A context for reading back a record the loader already checked: links are not looked up
    /// (the ids they point to were checked then, and are not declared again).
    static func trustingLinks() -> DecodeContext {
        let context = DecodeContext()
        for file in DatasetFiles.all { context.markUnreadable(file) }
        return context
    }

    /// A context in which the ids of a data set's records are declared (to check one record alone).
    static func declaring(_ dataset: Dataset) -> DecodeContext {
        let context = DecodeContext()
        for s in dataset.sources { context.declare(.source, s.id, file: DatasetFiles.sources, offset: 0) }
        for m in dataset.members { context.declare(.member, m.code, file: DatasetFiles.members, offset: 0) }
        for g in dataset.groups { context.declare(.group, g.id, file: DatasetFiles.groups, offset: 0) }
        for f in dataset.figures { context.declare(.figure, f.id, file: DatasetFiles.figures, offset: 0) }
        return context
    }

    func markUnreadable(_ file: String) {
        for target in LinkTarget.allCases where DatasetFiles.file(for: target) == file {
            unreadable.insert(target.rawValue)
        }
    }

    func isUnreadable(_ kind: LinkTarget) -> Bool {
        unreadable.contains(kind.rawValue)
    }

    /// Records a member's map tile; reports it if another member already sits there.
    func occupy(_ tile: Tile, by code: String, file: String, offset: Int) {
        if let other = tiles[tile] {
            problems.append(PendingProblem(file: file, offset: offset, record: "\"\(code)\"", field: "tile",
                                           message: "tile (\(tile.x), \(tile.y)) is already taken by \"\(other.code)\"",
                                           related: (other.file, other.offset, "at")))
        } else {
            tiles[tile] = (code, file, offset)
        }
    }
}
