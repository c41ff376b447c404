/// Loads and validates a data directory (or a whole-store export) into a `Dataset`.
///
/// Every problem in every file is collected and thrown together as a `DataLoadError`; nothing
/// is ever half-loaded. (The public functions use untyped `throws`: `catch let e as DataLoadError`
/// around a typed-throws call crashes the Swift 6.3 compiler.)
/// ```swift
/// let dataset = try DatasetLoader.load(directory: "Resources")
/// let again = try DatasetLoader.load(exportFile: "/tmp/tahaluf.json")   // `tahaluf export --format json`
/// ```
public enum DatasetLoader {
    public static func load(directory: String) throws -> Dataset {
        try load(directory: directory, eventsInPiecesFrom: EventFileReader.readInPiecesFrom)
    }

    /// `eventsInPiecesFrom`: the size from which `events.json` is read in pieces and left in its
    /// file (`EventFileReader`); tests set it to 0 to take that path with small data.
    static func load(directory: String, eventsInPiecesFrom threshold: Int, aheadFrom: Int = ScanAhead.minimumSize) throws -> Dataset {
        switch FileReader.kind(of: directory) {
        case nil: throw DataLoadError(directory: directory, problems: [DataProblem(file: directory, message: "no such directory")])
        case .other: throw DataLoadError(directory: directory, problems: [DataProblem(file: directory, message: "not a directory")])
        case .directory: break
        }
        var session = Session(origin: directory)
        for file in DatasetFiles.dependencyOrder {
            let path = directory.hasSuffix("/") ? directory + file : directory + "/" + file
            if file == DatasetFiles.events {
                switch EventFileReader.read(path: path, context: session.context, dataset: session.dataset, threshold: threshold,
                                            aheadFrom: aheadFrom) {
                case .small: break
                case .table(let table):
                    session.dataset.events = EventList(table: table, order: nil)
                    session.filesLeftOnDisk[file] = path
                    continue
                case .failed:
                    session.filesLeftOnDisk[file] = path
                    session.context.markUnreadable(file)
                    continue
                }
            }
            guard let root = session.parse(path: path, file: file) else {
                session.context.markUnreadable(file)
                continue
            }
            session.decodeArray(root, file: file, key: file)
        }
        let aliases = directory.hasSuffix("/") ? directory + DatasetFiles.aliases : directory + "/" + DatasetFiles.aliases
        if FileReader.kind(of: aliases) != nil, let root = session.parse(path: aliases, file: DatasetFiles.aliases) {
            session.dataset.aliases = AliasDecoding.groups(root, file: DatasetFiles.aliases, context: session.context)
        }
        return try session.finish()
    }

    /// Reads `{"sources": [...], "events": [...], "members": [...], "groups": [...], "figures": [...]}`.
    public static func load(exportFile path: String) throws -> Dataset {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        var session = Session(origin: path)
        if let root = session.parse(path: path, file: file) {
            if case .object(let members) = root.value {
                let site = ValueReader(file: file, recordID: nil, recordIndex: -1, context: session.context)
                let reader = RecordReader(members, offset: root.offset, path: .root,
                                          keys: DatasetFiles.all.map(DatasetFiles.exportKey), site: site)
                for name in DatasetFiles.dependencyOrder {
                    if let node = reader.required(DatasetFiles.exportKey(name), { node, _ in node }) {
                        session.decodeArray(node, file: file, key: name)
                    } else {
                        session.context.markUnreadable(name)
                    }
                }
                reader.finish()
            } else {
                session.context.report(file, root.offset, "expected an object with \"sources\", \"events\", \"members\", \"groups\" and \"figures\", found \(root.typeName)")
            }
        }
        return try session.finish()
    }

    /// More problems than this are counted, not listed: a thoroughly broken file should not
    /// print a million lines.
    static let maximumProblems = 1000

    /// One load: the files read so far (kept for line numbers) and what was decoded from them.
    private struct Session {
        let origin: String
        let context = DecodeContext()
        var bytesByFile: [String: [UInt8]] = [:]
        /// Files read in pieces and not kept (a large `events.json`): read again for line numbers.
        var filesLeftOnDisk: [String: String] = [:]
        var dataset = Dataset()

        init(origin: String) { self.origin = origin }

        mutating func parse(path: String, file: String) -> JSONNode? {
            switch FileReader.read(path) {
            case .failure(let refusal):
                context.report(file, nil, refusal.message)
                return nil
            case .success(let bytes):
                bytesByFile[file] = bytes
                do {
                    return try JSONParser.parse(bytes)
                } catch {
                    let prefix = error.truncated ? "the file ends early (truncated?): " : "malformed JSON: "
                    context.report(file, error.offset, prefix + error.message)
                    return nil
                }
            }
        }

        /// Decodes one kind's list of records; `key` is the kind's file name.
        mutating func decodeArray(_ node: JSONNode, file: String, key: String) {
            guard case .array(let items) = node.value else {
                context.report(file, node.offset, "expected a list of records ([...]), found \(node.typeName)")
                context.markUnreadable(key)
                return
            }
            func each<T>(_ kind: DecodeContext.LinkTarget, _ keys: [StaticString], _ read: (RecordReader, ValueReader) -> T?) -> [T] {
                var records: [T] = []
                records.reserveCapacity(items.count)
                for (index, item) in items.enumerated() {
                    if let record = RecordDecoding.record(item, index: index, kind: kind, keys: keys, file: file,
                                                          context: context, read) {
                        records.append(record)
                    }
                }
                return records
            }
            typealias Keys = RecordDecoding.Keys
            switch key {
            case DatasetFiles.sources: dataset.sources = each(.source, Keys.source, RecordDecoding.source)
            case DatasetFiles.events: dataset.events = EventList(each(.event, Keys.event, RecordDecoding.event))
            case DatasetFiles.members: dataset.members = each(.member, Keys.member, RecordDecoding.member)
            case DatasetFiles.groups: dataset.groups = each(.group, Keys.group, RecordDecoding.group)
            default: dataset.figures = each(.figure, Keys.figure, RecordDecoding.figure)
            }
        }

        func finish() throws(DataLoadError) -> Dataset {
            guard !context.problems.isEmpty else { return dataset }
            var maps: [String: LineMap] = [:]
            var lastOffset: [String: Int] = [:]
            for p in context.problems {
                for (file, offset) in [(p.file, p.offset), (p.related?.file, p.related?.offset)] {
                    if let file, let offset { lastOffset[file] = max(lastOffset[file] ?? 0, offset) }
                }
            }
            func position(_ file: String, _ offset: Int?) -> (line: Int, column: Int)? {
                guard let offset else { return nil }
                if maps[file] == nil {
                    if let bytes = bytesByFile[file] {
                        maps[file] = LineMap(bytes)
                    } else if let path = filesLeftOnDisk[file] {
                        maps[file] = LineMap(file: path, upTo: lastOffset[file] ?? offset)
                    }
                }
                return maps[file]?.position(of: offset)
            }
            let fileOrder = Dictionary(uniqueKeysWithValues: (DatasetFiles.all + [DatasetFiles.aliases]).enumerated().map { ($1, $0) })
            let sorted = context.problems.enumerated().sorted { a, b in
                let fa = fileOrder[a.element.file] ?? 0, fb = fileOrder[b.element.file] ?? 0
                if fa != fb { return fa < fb }
                let oa = a.element.offset ?? -1, ob = b.element.offset ?? -1
                return oa != ob ? oa < ob : a.offset < b.offset
            }
            var problems = sorted.prefix(maximumProblems).map { _, pending -> DataProblem in
                let at = position(pending.file, pending.offset)
                var message = pending.message
                if let related = pending.related, let where_ = position(related.file, related.offset) {
                    let inFile = related.file == pending.file ? "" : " of \(related.file)"
                    message += " (\(related.words) line \(where_.line)\(inFile))"
                }
                return DataProblem(file: pending.file, line: at?.line, column: at?.column, record: pending.record,
                                   field: pending.field, message: message)
            }
            if sorted.count > maximumProblems {
                problems.append(DataProblem(file: sorted[maximumProblems].element.file,
                                            message: "\(sorted.count - maximumProblems) more problems not listed"))
            }
            throw DataLoadError(directory: origin, problems: problems)
        }
    }
}
