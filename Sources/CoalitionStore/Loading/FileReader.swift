#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens and reads data files, refusing missing, unreadable and non-regular files with a message
/// (the type is checked on the open descriptor, before anything is read).
///
/// ```swift
/// switch FileReader.read("Resources/events.json") {
/// case .success(let bytes): ...
/// case .failure(let refusal): print(refusal.message)   // "file not found (Resources/events.json)"
/// }
/// ```
enum FileReader {
    /// Files read whole (sources, members, groups, figures, aliases, and small event files) are
    /// refused above this: 10,000 members take 5 MiB. Events are read in pieces and may be any
    /// size (`EventFileReader`); their limits are on records and texts.
    static let maximumSize = 256 << 20

    struct Refusal: Error { var message: String }

    /// An open regular file and its size; the caller closes the descriptor.
    static func open(_ path: String) -> Result<(descriptor: Int32, size: Int), Refusal> {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever (and a
        // link to a terminal would read the keyboard); what is not a regular file is refused below.
        let descriptor = openFile(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "file not found" : "cannot open the file (\(describeErrno()))"
            return .failure(Refusal(message: "\(reason) (\(path))"))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let message = "cannot read the file (\(describeErrno())) (\(path))"
            close(descriptor)
            return .failure(Refusal(message: message))
        }
        let refusal: String?
        switch status.st_mode & S_IFMT {
        case S_IFREG: refusal = nil
        case S_IFDIR: refusal = "is a directory, not a file (\(path))"
        case S_IFIFO: refusal = "is a named pipe, not a regular file (\(path))"
        case S_IFCHR, S_IFBLK: refusal = "is a device, not a regular file (\(path))"
        case S_IFSOCK: refusal = "is a socket, not a regular file (\(path))"
        default: refusal = "is not a regular file (\(path))"
        }
        if let refusal {
            close(descriptor)
            return .failure(Refusal(message: refusal))
        }
        return .success((descriptor, Int(status.st_size)))
    }

    /// The whole file (or its first `prefix` bytes), refused above `maximumSize`.
    static func read(_ path: String, prefix: Int? = nil) -> Result<[UInt8], Refusal> {
        let descriptor: Int32, size: Int
        switch open(path) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let opened): (descriptor, size) = opened
        }
        defer { close(descriptor) }
        let limit = prefix ?? maximumSize
        if prefix == nil, size > maximumSize {
            return .failure(Refusal(message: "file is \(megabytes(size)) MiB, over the \(maximumSize >> 20) MiB limit for "
                                    + "files read whole (all but events.json, which may be of any size)"))
        }
        // Read to the end even if the file grew meanwhile.
        var bytes = [UInt8](repeating: 0, count: min(max(size, 4096) + 1, limit + 1))
        var filled = 0
        while filled < limit {
            if filled == bytes.count {
                guard bytes.count <= limit else {
                    return .failure(Refusal(message: "file is over \(limit >> 20) MiB, the limit"))
                }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                readBytes(descriptor, buffer.baseAddress! + filled, min(buffer.count, limit) - filled)
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

    static func describeErrno() -> String {
        String(cString: strerror(errno))
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10) >> 20
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// The C library's `open`, named apart from `FileReader.open`.
private func openFile(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}

/// The C library's `read`, named apart from `FileReader.read`.
private func readBytes(_ descriptor: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, into, count)
}
