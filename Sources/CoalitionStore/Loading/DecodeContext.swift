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

    /// A reference from one record to another (`event.members[2] = "MAR"`), checked after loading.
    struct Link {
        var target: LinkTarget
        var value: String
        var file: String
        var offset: Int
        var record: String
        var field: String
    }

    enum LinkTarget: String {
        case event, member, group, figure, source
    }

    var problems: [PendingProblem] = []
    var links: [Link] = []
    /// Ids (member codes) declared so far, per kind, with where they were first declared.
    private(set) var declared: [LinkTarget: [String: (file: String, offset: Int)]] = [:]
    /// Tile cells taken so far, with the member that took them.
    private var tiles: [Tile: (code: String, file: String, offset: Int)] = [:]

    func report(_ file: String, _ offset: Int?, record: String? = nil, field: String? = nil, _ message: String) {
        problems.append(PendingProblem(file: file, offset: offset, record: record, field: field, message: message))
    }

    /// Records an id; reports it if the same kind already has it.
    func declare(_ kind: LinkTarget, _ id: String, file: String, offset: Int) {
        if let first = declared[kind]?[id] {
            let what = kind == .member ? "member code" : "\(kind.rawValue) id"
            problems.append(PendingProblem(file: file, offset: offset, record: "\"\(id)\"",
                                           field: kind == .member ? "code" : "id", message: "duplicate \(what) \"\(id)\"",
                                           related: (first.file, first.offset, "first used at")))
        } else {
            declared[kind, default: [:]][id] = (file, offset)
        }
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

    /// Reports every link whose target was never declared. Call after all files are read.
    func checkLinks() {
        for link in links where declared[link.target]?[link.value] == nil {
            let what: String
            switch link.target {
            case .member: what = "member code"
            case .source: what = "source id"
            default: what = "\(link.target.rawValue) id"
            }
            report(link.file, link.offset, record: link.record, field: link.field,
                   "unknown \(what) \"\(link.value)\" (no such record in \(DatasetFiles.file(for: link.target)))")
        }
    }
}
