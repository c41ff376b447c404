#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value behind a mutex, for the few tables that pure functions share across threads
/// (`TextMemo`, the map's tiles, `BuiltOnFirstUse`). `Synchronization.Mutex` would do, but it needs macOS 15.
/// Like swift-nio's `NIOLockedValueBox`, it is `Sendable` only when the value is: the mutex makes
/// access exclusive, but a non-Sendable value handed out of `withLock` could still be shared.
///
/// ```swift
/// let hits = Locked(0)
/// hits.withLock { $0 += 1 }
/// ```
package final class Locked<Value> {
    private var value: Value
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    package init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` with the value, no other thread inside.
    package func withLock<T>(_ body: (inout Value) -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body(&value)
    }
}

/// The mutex guards every access to `value`, which is itself safe to send.
extension Locked: @unchecked Sendable where Value: Sendable {}
