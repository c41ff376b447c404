import FoundationEssentials

/// Reads a data file whole, refusing missing, unreadable and oversized files with a message
/// rather than an exception from deep inside Foundation.
///
/// ```swift
/// switch FileReader.read("Resources/events.json") {
/// case .success(let bytes): ...
/// case .failure(let message): print(message)   // "file not found"
/// }
/// ```
enum FileReader {
    /// Larger files are refused: the real data is a few hundred kilobytes, and a 100,000-event
    /// synthetic store is about 40 MiB.
    static let maximumSize = 64 << 20

    struct Refusal: Error { var message: String }

    static func read(_ path: String) -> Result<[UInt8], Refusal> {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Refusal(message: "file not found (\(path))"))
        }
        if isDirectory { return .failure(Refusal(message: "is a directory, not a file (\(path))")) }
        if let size = size(of: path), size > maximumSize {
            return .failure(Refusal(message: "file is \(megabytes(size)) MiB; the limit is \(maximumSize >> 20) MiB"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(Refusal(message: "cannot read the file (permissions?) (\(path))"))
        }
        if data.count > maximumSize {
            return .failure(Refusal(message: "file is \(megabytes(data.count)) MiB; the limit is \(maximumSize >> 20) MiB"))
        }
        return .success([UInt8](data))
    }

    private static func size(of path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        switch attributes[.size] {
        case let size as Int: return size
        case let size as UInt64: return Int(clamping: size)
        case let size as Int64: return Int(clamping: size)
        default: return nil
        }
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10) >> 20
        return "\(tenths / 10).\(tenths % 10)"
    }
}
