#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A piece of a file in memory, read with `pread` from any offset: the event file is read this
/// way, 8 MiB at a time, by the loader and by its helper on the other core (`ScanAhead`).
struct FileWindow {
    let descriptor: Int32
    private(set) var buffer: [UInt8]
    /// File offset of `buffer[0]`; bytes `position..<filled` are still to be read.
    private(set) var base: Int
    var position = 0
    private(set) var filled = 0
    private(set) var atEnd = false
    /// Set when reading failed (`errno`'s value).
    private(set) var readError: Int32?

    init(descriptor: Int32, from offset: Int, capacity: Int) {
        self.descriptor = descriptor
        base = offset
        buffer = [UInt8](repeating: 0, count: capacity)
    }

    /// The file offset of `position`.
    var offset: Int { base + position }

    /// Starts again at a file offset, dropping what was read.
    mutating func seek(to offset: Int) {
        base = offset; position = 0; filled = 0; atEnd = false
    }

    /// Moves what is left to the front and reads more behind it (doubling the buffer when it is
    /// full of one unfinished record).
    mutating func refill() {
        if position > 0 {
            let (from, count) = (position, filled - position)
            buffer.withUnsafeMutableBytes { raw in _ = memmove(raw.baseAddress!, raw.baseAddress! + from, count) }
            base += position
            filled -= position
            position = 0
        }
        if filled == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        while filled < buffer.count {
            let (at, fileOffset) = (filled, base + filled)
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + at, $0.count - at, off_t(fileOffset)) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { readError = errno; atEnd = true; return }
            if count == 0 { atEnd = true; return }
            filled += count
        }
    }

    /// The next byte that is not white space (not consumed), reading more as needed; nil at the end.
    mutating func nextNonSpace() -> UInt8? {
        while true {
            while position < filled {
                switch buffer[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return buffer[position]
                }
            }
            if atEnd { return nil }
            refill()
        }
    }

    /// Runs `body` over the unread bytes (indices are buffer positions: `position` is the first).
    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<filled])) }
    }
}
