#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread of its own for work the caller must not wait for: the search index built after the
/// first frame (`BuiltOnFirstUse`), the second half of a large event file (`ScanAhead`). Plain
/// POSIX threads: the work is CPU-bound and short-lived, and the program has no run loop or
/// executor to give it to.
///
/// ```swift
/// let worker = WorkerThread.start { scanSecondHalf() }   // nil if no thread could be started
/// worker?.join()
/// WorkerThread.detach { buildIndex() }                    // runs here if no thread can start
/// ```
package struct WorkerThread: Sendable {
    private let thread: pthread_t

    /// Starts `work` on a new thread to join later; nil (and `work` not run) if none could start.
    package static func start(_ work: @escaping @Sendable () -> Void) -> WorkerThread? {
        launch(work).map(WorkerThread.init)
    }

    /// Starts `work` on a new thread nobody joins; runs it here if none could start.
    package static func detach(_ work: @escaping @Sendable () -> Void) {
        guard let thread = launch(work) else { return work() }
        pthread_detach(thread)
    }

    /// Waits for the work to end. Call once.
    package func join() { pthread_join(thread, nil) }

    private init(_ thread: pthread_t) { self.thread = thread }

    private static func launch(_ work: @escaping @Sendable () -> Void) -> pthread_t? {
        let job = Unmanaged.passRetained(Job(work)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { job in
            Unmanaged<Job>.fromOpaque(job!).takeRetainedValue().work()
            return nil
        }, job)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(job).release()
            return nil
        }
        return thread
    }

    /// The closure, boxed to cross the C thread entry point.
    private final class Job: Sendable {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }
}
