/// Turns byte offsets into 1-based line:column positions (columns count Unicode scalars, as
/// editors do), so problems can be printed as `events.json:41:7`.
///
/// Built only when a file has problems: one pass to find the line starts. Columns are counted
/// from the previous position when it is on the same line and before, so many problems on one
/// long (minified) line stay linear.
/// ```swift
/// let map = LineMap(Array("[\n  1".utf8))
/// map.position(of: 4)   // (line: 2, column: 3)
/// ```
struct LineMap {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    private var last: (offset: Int, line: Int, column: Int) = (0, 1, 1)

    /// For a file too large to keep: reads it again, in pieces, up to `limit` bytes (the last
    /// offset a problem needs).
    init?(file path: String, upTo limit: Int) {
        guard case .success(let bytes) = FileReader.read(path, prefix: limit + 1) else { return nil }
        self.init(bytes)
    }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    mutating func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var cursor = lineStarts[low]
        if last.line == low + 1, last.offset <= offset { (cursor, column) = (last.offset, last.column) }
        let end = min(offset, bytes.count)
        while cursor < end {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        last = (end, low + 1, column)
        return (low + 1, column)
    }
}
