import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way commands write their result to standard output. Every byte goes through `write(2)`
/// and every result is checked, so a full disk, `/dev/full` or a closed standard output ends the
/// command with exit status 74 (EX_IOERR) and a message, never with a silently cut file and 0.
/// No buffer sits between the command and the descriptor, so there is no final flush to forget.
enum StandardOutput {
    /// Writes `text` (a newline is added when missing) or throws `ExitStatus.ioError` after saying
    /// on standard error what failed.
    static func write(_ text: String) throws {
        var bytes = Array(text.utf8)
        if !text.isEmpty && bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { writeToDescriptor(1, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 { offset += written; continue }
            if written < 0 && errno == EINTR { continue }
            let reason = written < 0 ? String(cString: strerror(errno)) : "nothing was written"
            printError("tahaluf: cannot write to standard output (\(reason)); "
                       + "\(offset) of \(bytes.count) bytes were written, the output is incomplete.")
            throw ExitStatus.ioError
        }
    }
}

/// `write(2)` under a name the enum's own `write` does not hide.
private func writeToDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
