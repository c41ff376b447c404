import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exit codes tahaluf uses (sysexits.h where one fits), documented in `--help` and the man page.
enum ExitStatus {
    /// `check` found problems in the data.
    static let dataInvalid = ExitCode(1)
    /// `search` found nothing (as grep).
    static let noMatch = ExitCode(1)
    /// The data could not be loaded at start (browse, export, dump).
    static let badData = ExitCode(2)
    /// The terminal cannot run the full-screen browser (not a tty, TERM=dumb, unknown TERM): also
    /// a problem found at start, before curses, so the same code as bad data (see tahaluf(1)).
    static let terminalUnavailable = ExitCode(2)
    /// A command-line mistake (swift-argument-parser's validation errors use the same code).
    static let usage = ExitCode(64)
    /// A bug: an internal error.
    static let internalError = ExitCode(70)
    /// Standard output could not be written (disk full, `/dev/full`, closed): EX_IOERR.
    static let ioError = ExitCode(74)

    static let documentation = """
        0 success; 1 `check` found invalid data, or `search` found nothing; 2 the data could not be loaded, or the terminal \
        cannot run the full-screen browser (use `tahaluf dump`); 64 usage error; 70 internal error; 74 the output could not be written (disk full, closed standard output); 128+N killed by signal N (the terminal is restored first).
        """
}

/// Writes a message and a newline to standard error.
func printError(_ message: String) {
    let bytes = Array((message.hasSuffix("\n") ? message : message + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { write(2, $0.baseAddress! + offset, $0.count - offset) }
        if n <= 0 { break }
        offset += n
    }
}
