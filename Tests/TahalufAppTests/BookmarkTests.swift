#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import CoalitionStore
import TerminalUI
@testable import TahalufApp

/// `b` marks, `'` lists; the marks survive restarts in the XDG state directory; kiosks keep none.
@Suite struct BookmarkTests {
    static func start(kiosk: Bool = false) -> AppState {
        var state = AppState(config: AppConfig(language: .en, kiosk: kiosk ? KioskConfig() : nil))
        state.size = Size(width: 120, height: 40)
        state.bookmarks.saving = !kiosk
        return state
    }

    /// A fresh directory for one test, removed by the caller.
    static func temporaryDirectory() -> String {
        var template = Array("/tmp/tahaluf-bookmarks-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    }

    static func remove(_ directory: String) {
        _ = system("rm -rf '\(directory)'")
    }

    static func contents(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var text = ""
        var buffer = [CChar](repeating: 0, count: 4096)
        while fgets(&buffer, Int32(buffer.count), file) != nil {
            text += String(cString: buffer)
        }
        return text
    }

    static func write(_ text: String, to path: String) {
        let file = fopen(path, "w")!
        fputs(text, file)
        fclose(file)
    }

    static func listing(_ directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    @Test func bMarksAndUnmarksTheSelectedRecordAndAsksForASave() {
        var (state, effects) = TestDriver.pressing(Self.start(), [.char("b")])
        let first = RecordRef(.event, state.bookmarks.marks.first?.id ?? "")
        #expect(state.bookmarks.marks.count == 1)
        #expect(effects == [.saveBookmarks([first])])
        #expect(state.notice?.hasPrefix(NavigationStrings.en.marked) == true)
        (state, effects) = TestDriver.pressing(state, [.char("b")])
        #expect(state.bookmarks.marks.isEmpty)
        #expect(effects == [.saveBookmarks([])])
        // Moving and opening the list change no marks, so nothing is written.
        #expect(TestDriver.pressing(state, [.down, .char("b"), .char("'"), .escape]).effects.count == 1)
    }

    @Test func theListJumpsToAMarkAndDeletes() {
        var state = TestDriver.press(Self.start(), [.char("b"), .char("2"), .char("b")])
        #expect(state.bookmarks.marks.count == 2)
        state = TestDriver.press(state, [.char("'")])
        #expect(state.bookmarks.isListing)
        let hints = StatusBar.hints(state, context: PaneContext(store: Fixture.store, config: state.config)).map(\.key)
        #expect(hints == ["Enter", "d", "Esc"])
        // Enter on the first mark (the timeline's first event) jumps there, and Back returns to the map.
        state = TestDriver.press(state, [.enter])
        #expect(!state.bookmarks.isListing)
        #expect(state.focus == .timeline)
        state = TestDriver.press(state, [.backspace])
        #expect(state.focus == .map)
        // d deletes the selected mark; q closes the list without quitting.
        let effects: [Effect]
        (state, effects) = TestDriver.pressing(state, [.char("'"), .down, .char("d")])
        #expect(state.bookmarks.marks.count == 1)
        #expect(effects == [.saveBookmarks(state.bookmarks.marks)])
        state = TestDriver.press(state, [.char("q")])
        #expect(!state.bookmarks.isListing && !state.quit)
        // With none left, the list does not open.
        state = TestDriver.press(state, [.char("'"), .char("d")])
        #expect(state.bookmarks.marks.isEmpty && !state.bookmarks.isListing)
        state = TestDriver.press(state, [.char("'")])
        #expect(state.notice == NavigationStrings.en.noBookmarks)
    }

    @Test func bInTheDetailMarksTheRecordShownAndWorksFromTheArabicLayout() {
        var state = TestDriver.press(Self.start(), [.enter, .enter, .enter])
        let shown = state.detail.current
        #expect(shown != nil && shown != TimelinePane.selection(state.timeline, context: PaneContext(store: Fixture.store,
                                                                                                  config: state.config)))
        state = TestDriver.press(state, [.char("b")])
        #expect(state.bookmarks.marks == [shown!])
        // X11's Arabic layout sends the lam-alef ligature for the b key, and ط for the ' key.
        state = TestDriver.press(state, [.char("\u{FEFB}"), .char("ط")])
        #expect(state.bookmarks.marks.isEmpty)
        #expect(state.notice == NavigationStrings.en.noBookmarks)
    }

    @Test func aClickOnAMarkJumpsToItAndOutsideCloses() throws {
        var state = TestDriver.press(Self.start(), [.char("2"), .char("b"), .char("1"), .char("'")])
        let mark = try #require(state.bookmarks.marks.first)
        let title = BookmarksOverlay.title(mark, context: PaneContext(store: Fixture.store, config: state.config))
        let frame = render(state, store: Fixture.store, size: state.size)
        let y = try #require(frame.rows.firstIndex { $0.contains(title) && $0.contains("member") })
        let x = try #require(frame.rows[y].range(of: title)).lowerBound.utf16Offset(in: frame.rows[y])
        let outside = reduce(state, .click(x: 0, y: 1), store: Fixture.store).state
        #expect(!outside.bookmarks.isListing && outside.focus == .timeline)
        state = reduce(state, .click(x: x, y: y), store: Fixture.store).state
        #expect(!state.bookmarks.isListing)
        #expect(state.focus == .map && state.map.cursor == mark.id)
    }

    @Test func aKioskHasNoBookmarksAndWritesNothing() {
        let (state, effects) = TestDriver.pressing(Self.start(kiosk: true), [.char("b"), .char("'")])
        #expect(state.bookmarks.marks.isEmpty && !state.bookmarks.isListing)
        #expect(effects.isEmpty)
        #expect(TestDriver.running(Self.start(kiosk: true), [.toggleBookmark]).effects.isEmpty)
    }

    @Test func theFileIsInTheXDGStateDirectory() {
        #expect(BookmarkFile.standard(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])?.path == "/s/tahaluf/bookmarks")
        #expect(BookmarkFile.standard(environment: ["HOME": "/h"])?.path == "/h/.local/state/tahaluf/bookmarks")
        // A relative XDG_STATE_HOME is ignored, as the spec says.
        #expect(BookmarkFile.standard(environment: ["XDG_STATE_HOME": "s", "HOME": "/h"])?.path
                == "/h/.local/state/tahaluf/bookmarks")
        #expect(BookmarkFile.standard(environment: [:]) == nil)
    }

    @Test func marksSurviveASaveAndALoad() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        let file = BookmarkFile(path: directory + "/state/tahaluf/bookmarks")
        #expect(try file.load() == .marks([]))
        let marks = [RecordRef(.member, "MAR"), RecordRef(.event, "ministerial-2022-marrakesh"), RecordRef(.figure, "air-strikes")]
        try file.save(marks)
        #expect(try file.load() == .marks(marks))
        // Written whole, no temporary file left behind.
        #expect(Self.listing(directory + "/state/tahaluf") == ["bookmarks"])
        #expect(Self.contents(file.path)?.contains("member\tMAR\n") == true)
    }

    @Test(arguments: ["member\tMAR\nnonsense line\n", "planet\tMars\n", "event\t\n", "event\tbad\u{07}id\n"])
    func aDamagedFileIsSetAsideAndAFreshOneUsed(damage: String) throws {
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        let file = BookmarkFile(path: directory + "/bookmarks")
        Self.write(damage, to: file.path)
        guard case .setAside(let aside) = try file.load() else {
            Issue.record("not set aside")
            return
        }
        #expect(aside.hasPrefix(file.path + ".corrupt-"))
        #expect(Self.contents(aside) == damage)
        #expect(try file.load() == .marks([]))
        #expect(Self.listing(directory).count == 2)
    }

    @Test func aFileThatIsNotRegularIsRefusedNotRead() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        let path = directory + "/bookmarks"
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: BookmarkFile.Failure.self) { try BookmarkFile(path: path).load() }
    }

    @Test func theRunLoopSavesWhatTheReducerAsks() throws {
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        let file = BookmarkFile(path: directory + "/bookmarks")
        let terminal = HeadlessTerminal(size: Size(width: 120, height: 40),
                                        events: [.key(.char("2")), .key(.char("b")), .key(.char("q"))])
        let final = runApp(initial: Self.start(), store: Fixture.store, terminal: terminal, bookmarks: file)
        #expect(try file.load() == .marks(final.bookmarks.marks))
        #expect(final.bookmarks.marks.first?.kind == .member)
    }

    @Test func aFailedSaveIsANotice() {
        // A directory where the file should go cannot be replaced by a file.
        let directory = Self.temporaryDirectory()
        defer { Self.remove(directory) }
        #expect(mkdir(directory + "/bookmarks", 0o700) == 0)
        #expect(mkdir(directory + "/bookmarks/x", 0o700) == 0)
        let terminal = HeadlessTerminal(size: Size(width: 120, height: 40), events: [.key(.char("b")), .key(.char("q"))])
        runApp(initial: Self.start(), store: Fixture.store, terminal: terminal, bookmarks: BookmarkFile(path: directory + "/bookmarks"))
        #expect(terminal.lastFrame?.rows[39].contains(NavigationStrings.en.bookmarksNotSaved) == true)
    }
}
