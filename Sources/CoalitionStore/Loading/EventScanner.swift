/// The loader's fast path for one event record: checks it against the whole event schema straight
/// from the bytes (structure, keys, UTF-8, the data text rule, dates, categories, ids, links) and
/// keeps only the columns (`EventColumns`), without building a tree or a `String`.
///
/// It answers only "valid, and here are its columns" or "not sure": anything unusual (an error,
/// but also a rare legal form such as keys of a localized text in another order, a number, an
/// isolate to balance) sends the record to the full decoder (`JSONParser` + `RecordDecoding`),
/// which accepts it or reports every problem with its position. So the messages have one home,
/// and the fast path must never accept what the full decoder refuses
/// (`EventScannerTests` checks that on thousands of mutated records).
struct EventScanner {
    enum Outcome: Equatable {
        /// A valid record ending just before `end`; its columns are in the scanner.
        case record(end: Int)
        /// The buffer ends inside the record: read more and scan again.
        case needMore
        /// Let the full decoder read it.
        case unusual
    }

    /// Ids declared by the other files, which links must name.
    final class Names: Sendable {
        let members: WordTable, groups: WordTable, figures: WordTable, sources: WordTable
        /// The ids of a data set's other files.
        init(_ dataset: Dataset) {
            func table(_ ids: [String]) -> WordTable {
                var table = WordTable()
                for id in ids { var id = id; _ = id.withUTF8 { table.intern($0) } }
                return table
            }
            members = table(dataset.members.map(\.code)); groups = table(dataset.groups.map(\.id))
            figures = table(dataset.figures.map(\.id)); sources = table(dataset.sources.map(\.id))
        }
    }

    /// Which of `Names` a list of links names.
    private enum LinkKind { case members, groups, figures, sources }

    let names: Names

    // The last record's columns.
    private(set) var id = 0..<0
    private(set) var dateKey: Int32 = 0
    private(set) var category: UInt8 = 0
    private(set) var memberWords: [UInt32] = []
    private(set) var groupWords: [UInt32] = []
    private(set) var sourceWords: [UInt32] = []

    init(names: Names) { self.names = names }

    /// Scans the record starting at `start` (its `{`) in `bytes[..<end]`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Outcome {
        memberWords.removeAll(keepingCapacity: true)
        groupWords.removeAll(keepingCapacity: true)
        sourceWords.removeAll(keepingCapacity: true)
        var cursor = Cursor(bytes: bytes, index: start)
        do {
            let end = try record(&cursor)
            return .record(end: end)
        } catch .needMore {
            return .needMore
        } catch {
            return .unusual
        }
    }

    fileprivate enum Stop: Error { case needMore, unusual }

    private enum Key: UInt16 {
        case id = 1, date = 2, inferred = 4, category = 8, title = 16, summary = 32, place = 64, members = 128,
             locations = 256, groups = 512, figures = 1024, sources = 2048, notes = 4096
        static let required: UInt16 = Key.id.rawValue | Key.date.rawValue | Key.category.rawValue | Key.title.rawValue
            | Key.summary.rawValue | Key.sources.rawValue
    }

    private mutating func record(_ c: inout Cursor) throws(Stop) -> Int {
        try c.expect(UInt8(ascii: "{"))
        var seen: UInt16 = 0
        try c.skipSpace()
        if try c.peek() == UInt8(ascii: "}") { throw .unusual }
        while true {
            let key = try eventKey(&c)
            if seen & key.rawValue != 0 { throw .unusual }
            seen |= key.rawValue
            try c.skipSpace(); try c.expect(UInt8(ascii: ":")); try c.skipSpace()
            try value(key, &c)
            try c.skipSpace()
            switch try c.next() {
            case UInt8(ascii: ","): try c.skipSpace()
            case UInt8(ascii: "}"):
                guard seen & Key.required == Key.required else { throw .unusual }
                return c.index
            default: throw .unusual
            }
        }
    }

    private func eventKey(_ c: inout Cursor) throws(Stop) -> Key {
        let key = try c.plainString()
        switch key.count {
        case 2 where c.equals(key, "id"): return .id
        case 4 where c.equals(key, "date"): return .date
        case 5 where c.equals(key, "title"): return .title
        case 5 where c.equals(key, "place"): return .place
        case 5 where c.equals(key, "notes"): return .notes
        case 6 where c.equals(key, "groups"): return .groups
        case 7 where c.equals(key, "summary"): return .summary
        case 7 where c.equals(key, "members"): return .members
        case 7 where c.equals(key, "figures"): return .figures
        case 7 where c.equals(key, "sources"): return .sources
        case 8 where c.equals(key, "inferred"): return .inferred
        case 8 where c.equals(key, "category"): return .category
        case 9 where c.equals(key, "locations"): return .locations
        default: throw .unusual
        }
    }

    private mutating func value(_ key: Key, _ c: inout Cursor) throws(Stop) {
        switch key {
        case .id:
            let range = try c.plainString()
            guard (1...128).contains(range.count), range.allSatisfy({ ValueReader.isIdentifierByte(c.bytes[$0]) }) else { throw .unusual }
            id = range
        case .date: dateKey = try date(c.plainString(), c)
        case .category: category = try categoryCode(c.plainString(), c)
        case .title, .summary: try localized(&c)
        case .inferred, .place: if try !c.null() { try localized(&c) }
        case .notes: if try !c.null() { try list(&c) { (c) throws(Stop) in try localized(&c) } }
        case .members: if try !c.null() { try links(.members, into: &memberWords, &c) }
        case .locations:
            var ignored: [UInt32] = []
            if try !c.null() { try links(.members, into: &ignored, &c) }
        case .groups: if try !c.null() { try links(.groups, into: &groupWords, &c) }
        case .figures:
            var ignored: [UInt32] = []
            if try !c.null() { try links(.figures, into: &ignored, &c) }
        case .sources: try list(&c) { (c) throws(Stop) in try citation(&c) }
        }
    }

    /// `{"ar": text, "en": text}`, in that order.
    private func localized(_ c: inout Cursor) throws(Stop) {
        try c.expect(UInt8(ascii: "{")); try c.skipSpace()
        guard c.equals(try c.plainString(), "ar") else { throw .unusual }
        try c.skipSpace(); try c.expect(UInt8(ascii: ":")); try c.skipSpace()
        try c.text()
        try c.skipSpace(); try c.expect(UInt8(ascii: ",")); try c.skipSpace()
        guard c.equals(try c.plainString(), "en") else { throw .unusual }
        try c.skipSpace(); try c.expect(UInt8(ascii: ":")); try c.skipSpace()
        try c.text()
        try c.skipSpace(); try c.expect(UInt8(ascii: "}"))
    }

    /// `{"source": id, "quote": text or null}`, quote optional, keys in either order.
    private mutating func citation(_ c: inout Cursor) throws(Stop) {
        try c.expect(UInt8(ascii: "{")); try c.skipSpace()
        var source: UInt32?, quote = false
        while true {
            let key = try c.plainString()
            try c.skipSpace(); try c.expect(UInt8(ascii: ":")); try c.skipSpace()
            if c.equals(key, "source"), source == nil {
                let id = try c.plainString()
                guard let word = c.find(id, in: names.sources) else { throw .unusual }
                source = word
            } else if c.equals(key, "quote"), !quote {
                quote = true
                if try !c.null() { try c.text() }
            } else {
                throw .unusual
            }
            try c.skipSpace()
            switch try c.next() {
            case UInt8(ascii: ","): try c.skipSpace()
            case UInt8(ascii: "}"):
                guard let source else { throw .unusual }
                sourceWords.append(source)
                return
            default: throw .unusual
            }
        }
    }

    /// A list of ids (or member codes) that `table` declares.
    private func links(_ kind: LinkKind, into words: inout [UInt32], _ c: inout Cursor) throws(Stop) {
        let names = self.names
        try list(&c) { (c) throws(Stop) in
            let range = try c.plainString()
            if kind == .members {
                guard (2...8).contains(range.count), range.allSatisfy({ c.bytes[$0].isUpperOrDigit }) else { throw .unusual }
            } else {
                guard (1...128).contains(range.count), range.allSatisfy({ ValueReader.isIdentifierByte(c.bytes[$0]) }) else { throw .unusual }
            }
            let word: UInt32?
            switch kind {
            case .members: word = c.find(range, in: names.members)
            case .groups: word = c.find(range, in: names.groups)
            case .figures: word = c.find(range, in: names.figures)
            case .sources: word = c.find(range, in: names.sources)
            }
            guard let word else { throw .unusual }
            words.append(word)
        }
    }

    private func list(_ c: inout Cursor, _ element: (inout Cursor) throws(Stop) -> Void) throws(Stop) {
        try c.expect(UInt8(ascii: "[")); try c.skipSpace()
        if try c.peek() == UInt8(ascii: "]") { c.index += 1; return }
        while true {
            try element(&c)
            try c.skipSpace()
            switch try c.next() {
            case UInt8(ascii: ","): try c.skipSpace()
            case UInt8(ascii: "]"): return
            default: throw .unusual
            }
        }
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` between 1900 and 2100, a day that exists.
    private func date(_ r: Range<Int>, _ c: Cursor) throws(Stop) -> Int32 {
        func digits(_ at: Int, _ n: Int) throws(Stop) -> Int {
            var value = 0
            for i in at..<(at + n) {
                let d = c.bytes[i] &- UInt8(ascii: "0")
                guard d < 10 else { throw .unusual }
                value = value * 10 + Int(d)
            }
            return value
        }
        let s = r.lowerBound
        guard r.count == 4 || r.count == 7 || r.count == 10 else { throw .unusual }
        let year = try digits(s, 4)
        guard (1900...2100).contains(year) else { throw .unusual }
        var month = 0, day = 0
        if r.count >= 7 {
            guard c.bytes[s + 4] == UInt8(ascii: "-") else { throw .unusual }
            month = try digits(s + 5, 2)
            guard (1...12).contains(month) else { throw .unusual }
        }
        if r.count == 10 {
            guard c.bytes[s + 7] == UInt8(ascii: "-") else { throw .unusual }
            day = try digits(s + 8, 2)
            guard day >= 1, day <= FactDate.daysIn(month: month, year: year) else { throw .unusual }
        }
        return Int32(year * 10_000 + month * 100 + day)
    }

    private func categoryCode(_ r: Range<Int>, _ c: Cursor) throws(Stop) -> UInt8 {
        for (code, category) in EventCategory.allCases.enumerated() where c.equals(r, category.rawValueBytes) {
            return UInt8(code)
        }
        throw .unusual
    }

    /// A position in the buffer, and the JSON pieces the fast path reads.
    fileprivate struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int

        @inline(__always) func peek() throws(Stop) -> UInt8 {
            guard index < bytes.count else { throw .needMore }
            return bytes[index]
        }

        @inline(__always) mutating func next() throws(Stop) -> UInt8 {
            let byte = try peek()
            index += 1
            return byte
        }

        @inline(__always) mutating func expect(_ byte: UInt8) throws(Stop) {
            guard try next() == byte else { throw .unusual }
        }

        @inline(__always) mutating func skipSpace() throws(Stop) {
            while true {
                switch try peek() {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        /// `null`, consumed; false (nothing consumed) for anything else.
        mutating func null() throws(Stop) -> Bool {
            guard try peek() == UInt8(ascii: "n") else { return false }
            guard index + 4 <= bytes.count else { throw .needMore }
            guard bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"),
                  bytes[index + 3] == UInt8(ascii: "l") else { throw .unusual }
            index += 4
            return true
        }

        /// A string of printable ASCII without escapes (keys, ids, dates, codes): its bytes' range.
        mutating func plainString() throws(Stop) -> Range<Int> {
            try expect(UInt8(ascii: "\""))
            let start = index
            while true {
                let byte = try next()
                if byte == UInt8(ascii: "\"") { return start..<(index - 1) }
                guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { throw .unusual }
            }
        }

        func equals(_ r: Range<Int>, _ word: StaticString) -> Bool {
            guard r.count == word.utf8CodeUnitCount else { return false }
            for i in 0..<r.count where bytes[r.lowerBound + i] != word.utf8Start[i] { return false }
            return true
        }

        func equals(_ r: Range<Int>, _ word: [UInt8]) -> Bool {
            r.count == word.count && word.indices.allSatisfy { bytes[r.lowerBound + $0] == word[$0] }
        }

        func find(_ r: Range<Int>, in table: WordTable) -> UInt32? {
            table.find(UnsafeBufferPointer(rebasing: bytes[r]))
        }

        /// Text that keeps the data text rule and shows at least one character, at most
        /// `JSONParser.maximumTextBytes` long. Escapes are decoded only to be checked.
        mutating func text() throws(Stop) {
            try expect(UInt8(ascii: "\""))
            let start = index
            var visible = false
            guard let base = bytes.baseAddress else { throw .needMore }
            let count = bytes.count
            while true {
                guard index < count else { throw .needMore }
                let byte = base[index]
                // The common cases first: printable ASCII, and two-byte letters (Arabic is D8–DB)
                // other than C2 (which holds the C1 controls and no-break space).
                if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                    visible = true
                    index += 1
                    continue
                }
                if byte >= 0xC3 && byte <= 0xDF {
                    guard index + 1 < count else { throw .needMore }
                    guard base[index + 1] & 0xC0 == 0x80 else { throw .unusual }
                    visible = true
                    index += 2
                    continue
                }
                if byte < 0x80 {
                    if byte == UInt8(ascii: "\"") {
                        index += 1
                        guard visible, index - start <= JSONParser.maximumTextBytes else { throw .unusual }
                        return
                    }
                    if byte == UInt8(ascii: "\\") {
                        guard index + 1 < count else { throw .needMore }
                        switch base[index + 1] {
                        case UInt8(ascii: "n"), UInt8(ascii: "t"): index += 2
                        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): visible = true; index += 2
                        case UInt8(ascii: "u"):
                            index += 2
                            let scalar = try unicodeEscape()
                            try check(scalar, &visible)
                        default: throw .unusual
                        }
                        continue
                    }
                    guard byte >= 0x20, byte != 0x7F else { throw .unusual }
                    if byte != 0x20 { visible = true }
                    index += 1
                    continue
                }
                // Multi-byte UTF-8, well formed (no overlong forms, surrogates or values above U+10FFFF).
                let scalar: UInt32
                if byte >= 0xC2 && byte <= 0xDF {
                    guard index + 1 < count else { throw .needMore }
                    let b1 = base[index + 1]
                    guard b1 & 0xC0 == 0x80 else { throw .unusual }
                    scalar = UInt32(byte & 0x1F) << 6 | UInt32(b1 & 0x3F)
                    index += 2
                } else if byte >= 0xE0 && byte <= 0xEF {
                    guard index + 2 < count else { throw .needMore }
                    let b1 = base[index + 1], b2 = base[index + 2]
                    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80,
                          !(byte == 0xE0 && b1 < 0xA0), !(byte == 0xED && b1 >= 0xA0) else { throw .unusual }
                    scalar = UInt32(byte & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
                    index += 3
                } else if byte >= 0xF0 && byte <= 0xF4 {
                    guard index + 3 < count else { throw .needMore }
                    let b1 = base[index + 1], b2 = base[index + 2], b3 = base[index + 3]
                    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80,
                          !(byte == 0xF0 && b1 < 0x90), !(byte == 0xF4 && b1 >= 0x90) else { throw .unusual }
                    scalar = UInt32(byte & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                    index += 4
                } else {
                    throw .unusual
                }
                try check(scalar, &visible)
            }
        }

        /// `XXXX` after `\u` (a surrogate pair as one scalar).
        private mutating func unicodeEscape() throws(Stop) -> UInt32 {
            let high = try hex4()
            if (0xD800...0xDBFF).contains(high) {
                guard index + 1 < bytes.count else { throw .needMore }
                guard bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { throw .unusual }
                index += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw .unusual }
                return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            guard !(0xDC00...0xDFFF).contains(high) else { throw .unusual }
            return high
        }

        private mutating func hex4() throws(Stop) -> UInt32 {
            guard index + 4 <= bytes.count else { throw .needMore }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = JSONParser.hexDigit(bytes[index]) else { throw .unusual }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }

        /// The data text rule and "visible", for one scalar. Anything the rule might refuse, and
        /// the isolates (whose balance the full decoder checks), is left to the full decoder.
        @inline(__always)
        private func check(_ scalar: UInt32, _ visible: inout Bool) throws(Stop) {
            switch scalar {
            case 0x0A, 0x09: return
            case 0x00..<0x20, 0x7F...0x9F: throw .unusual
            case 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return
            case 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0xFDD0...0xFDEF: throw .unusual
            default:
                if scalar & 0xFFFE == 0xFFFE { throw .unusual }
                visible = true
            }
        }
    }
}

private extension UInt8 {
    var isUpperOrDigit: Bool { (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z")) || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9")) }
}

private extension EventCategory {
    var rawValueBytes: [UInt8] { Array(rawValue.utf8) }
}
