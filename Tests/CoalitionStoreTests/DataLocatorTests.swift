import Testing
@testable import CoalitionStore

@Suite struct DataLocatorTests {
    func locate(env: [String: String] = [:], exe: String? = "/opt/t/bin/tahaluf", cwd: String = "/home/u",
                existing: Set<String>) -> String? {
        DataLocator.locate(environment: env, executablePath: exe, currentDirectory: cwd, hasData: existing.contains)
    }

    @Test func environmentVariableWins() {
        #expect(locate(env: ["TAHALUF_DATA": "/data"], existing: ["/opt/t/share/tahaluf/Resources"]) == "/data")
    }

    @Test func installedLayout() {
        #expect(locate(existing: ["/opt/t/share/tahaluf/Resources", "/home/u/Resources"]) == "/opt/t/share/tahaluf/Resources")
    }

    @Test func sourceTreeBuildDirectory() {
        #expect(locate(exe: "/src/tahaluf/.build/x86_64-unknown-linux-gnu/debug/tahaluf",
                       existing: ["/src/tahaluf/Resources", "/home/u/Resources"]) == "/src/tahaluf/Resources")
    }

    @Test func currentDirectoryLast() {
        #expect(locate(existing: ["/home/u/Resources"]) == "/home/u/Resources")
        #expect(locate(exe: nil, existing: ["/home/u/Resources"]) == "/home/u/Resources")
        #expect(locate(existing: []) == nil)
    }

    @Test func parentPaths() {
        #expect(DataLocator.parent(of: "/a/b/c") == "/a/b")
        #expect(DataLocator.parent(of: "/a") == "/")
        #expect(DataLocator.parent(of: "/") == "/")
        #expect(DataLocator.parent(of: "/a/b/") == "/a")
    }
}
