import SharedValues
import Testing

/// `BuiltOnFirstUse` builds once, however many threads ask and whether or not a background build
/// was started; `Store`'s search index and the start-up prefetch rely on it.
struct BuiltOnFirstUseTests {
    @Test func buildsOnFirstUseOnly() {
        let builds = Locked(0)
        let value = BuiltOnFirstUse { builds.withLock { $0 += 1 }; return 42 }
        #expect(builds.withLock { $0 } == 0)
        #expect(value.value == 42)
        #expect(value.value == 42)
        #expect(builds.withLock { $0 } == 1)
    }

    @Test func aBackgroundBuildAndConcurrentReadersBuildOnce() async {
        let builds = Locked(0)
        let value = BuiltOnFirstUse { () -> [Int] in
            builds.withLock { $0 += 1 }
            return (0..<50_000).map { $0 * 2 }   // long enough for readers to arrive mid-build
        }
        value.buildInBackground()
        let sums = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { value.value.reduce(0, +) } }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sums.allSatisfy { $0 == 2 * (50_000 * 49_999 / 2) })
        #expect(builds.withLock { $0 } == 1)
    }

    @Test func aBackgroundBuildFinishesWithoutAReader() async throws {
        let built = Locked(false)
        let value = BuiltOnFirstUse { built.withLock { $0 = true }; return "ready" }
        value.buildInBackground()
        for _ in 0..<200 where !built.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        #expect(built.withLock { $0 })
        #expect(value.value == "ready")
    }
}
