#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a data file whole with one `open`, `fstat` and `read`, refusing missing, unreadable,
/// non-regular and oversized files with a message (the size is checked before reading).
///
/// ```swift
/// switch FileReader.read("Resources/events.json") {
/// case .success(let bytes): ...
/// case .failure(let refusal): print(refusal.message)   // "file not found (Resources/events.json)"
/// }
/// ```
enum FileReader {
    /// Larger files are refused: the real data is a few hundred kilobytes, and a 100,000-event
    /// synthetic store is about 40 MiB.
    static let maximumSize = 64 << 20

    struct Refusal: Error { var message: String }

    static func read(_ path: String) -> Result<[UInt8], Refusal> {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever (and a
        // link to a terminal would read the keyboard); what is not a regular file is refused below.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "file not found" : "cannot open the file (\(describeErrno()))"
            return .failure(Refusal(message: "\(reason) (\(path))"))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return .failure(Refusal(message: "cannot read the file (\(describeErrno())) (\(path))"))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(Refusal(message: "is a directory, not a file (\(path))"))
        case S_IFIFO: return .failure(Refusal(message: "is a named pipe, not a regular file (\(path))"))
        case S_IFCHR, S_IFBLK: return .failure(Refusal(message: "is a device, not a regular file (\(path))"))
        case S_IFSOCK: return .failure(Refusal(message: "is a socket, not a regular file (\(path))"))
        default: return .failure(Refusal(message: "is not a regular file (\(path))"))
        }
        let size = Int(status.st_size)
        if size > maximumSize {
            return .failure(Refusal(message: "file is \(megabytes(size)) MiB; the limit is \(maximumSize >> 20) MiB"))
        }
        // Read to the end even if the file grew meanwhile.
        var bytes = [UInt8](repeating: 0, count: max(size, 4096) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= maximumSize else {
                    return .failure(Refusal(message: "file is over \(maximumSize >> 20) MiB, the limit"))
                }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                readBytes(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Refusal(message: "cannot read the file (\(describeErrno())) (\(path))"))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// What is at `path`: nil when nothing is.
    enum Kind { case directory, other }

    static func kind(of path: String) -> Kind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (status.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
    }

    private static func describeErrno() -> String {
        String(cString: strerror(errno))
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10) >> 20
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// The C library's `read`, named apart from `FileReader.read`.
private func readBytes(_ descriptor: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, into, count)
}
