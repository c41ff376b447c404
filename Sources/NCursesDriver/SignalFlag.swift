#if canImport(Synchronization) && !canImport(Darwin)
import Synchronization
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A flag a signal handler sets and the run loop takes (SIGWINCH, SIGTSTP, SIGCONT), or the
/// run loop sets and a handler takes (the emergency restore being armed).
///
/// A lock-free atomic store is async-signal-safe, and the atomic makes the handoff between the
/// handler and the loop well defined, which a plain global written from a handler is not.
/// `Synchronization.Atomic` is in the standard library on Linux; on Darwin it needs macOS 15,
/// newer than the package's macOS 13, so there the flag is the `sig_atomic_t` C gives handlers.
///
/// Keep each flag in a `static let` (an atomic is not copyable, and must not move) and read it
/// once before the handlers are installed (`TerminalRestore.installHandlers`): a `static let` is
/// built on first use, and that first use must not be inside a handler.
///
/// ```swift
/// static let resized = SignalFlag()
/// resized.set()                       // in the SIGWINCH handler
/// if resized.take() { applyResize() } // in the run loop: true once per set
/// ```
#if canImport(Synchronization) && !canImport(Darwin)
struct SignalFlag: ~Copyable, Sendable {
    private let value = Atomic<Bool>(false)

    init() {}

    func set() { value.store(true, ordering: .sequentiallyConsistent) }

    func clear() { value.store(false, ordering: .sequentiallyConsistent) }

    var isSet: Bool { value.load(ordering: .sequentiallyConsistent) }

    /// Clears the flag and says whether it was set, in one step (a signal between a read and a
    /// clear would otherwise be lost).
    func take() -> Bool { value.exchange(false, ordering: .sequentiallyConsistent) }
}
#else
/// Unchecked: a `sig_atomic_t` is what C promises a handler may write and the program read; the
/// pointer is allocated once and never freed or moved.
struct SignalFlag: ~Copyable, @unchecked Sendable {
    private let value: UnsafeMutablePointer<sig_atomic_t>

    init() {
        value = .allocate(capacity: 1)
        value.initialize(to: 0)
    }

    func set() { value.pointee = 1 }

    func clear() { value.pointee = 0 }

    var isSet: Bool { value.pointee != 0 }

    /// Clears the flag and says whether it was set. Not one step here: a signal between the read
    /// and the clear is folded into the one just taken, whose handling reads the state afresh
    /// (the window size, the terminal modes).
    func take() -> Bool {
        guard value.pointee != 0 else { return false }
        value.pointee = 0
        return true
    }
}
#endif
