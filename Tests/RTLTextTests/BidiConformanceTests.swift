import CFriBidi
import Testing
@testable import RTLText

/// The module's reordering against Unicode's own conformance files (Debian `unicode-data`,
/// installed by `make deps`): every case, no sampling; the counts are printed.
@Suite struct BidiConformanceTests {
    /// Also proves the harness can fail: in the same pass, a wrong expectation is planted in
    /// every 1,000th case and must be caught each time.
    @Test func bidiTestHasNoFailures() throws {
        let tally = try Self.runBidiTest()
        print("BidiTest.txt: \(tally)")
        #expect(tally.run == 770_241)
        #expect(tally.failed == 0, "\(tally.firstFailures)")
        #expect(tally.planted == 771 && tally.plantedCaught == tally.planted)
    }

    @Test func bidiCharacterTestHasNoFailures() throws {
        let tally = try Self.runBidiCharacterTest()
        print("BidiCharacterTest.txt: \(tally)")
        #expect(tally.run == 91_707)
        #expect(tally.failed == 0, "\(tally.firstFailures)")
        #expect(tally.planted == 92 && tally.plantedCaught == tally.planted)
    }

    /// The same file through the public API (`TextEngine.line`, shaping off so no ligature merges
    /// two cells): the glyphs' logical indices must follow the expected visual order (zero-width
    /// characters ride inside glyphs, so they are left out of both). Lines the API cannot express
    /// are skipped and counted: explicit embeddings and isolates, and the controls the sanitiser
    /// rewrites (tab, paragraph separators); auto-direction lines with no strong character (Unicode
    /// falls back to LTR there, `BaseDirection.auto` to RTL).
    @Test func engineMatchesBidiCharacterTest() throws {
        let file = try #require(UnicodeTestFile(path: UnicodeTestFile.directory + "BidiCharacterTest.txt"))
        let engine = TextEngine(options: TextOptions(shaping: false))
        var tally = ConformanceTally()
        var scalars: [UInt32] = [], expectedLevels: [Int8] = [], expectedOrder: [Int32] = []
        file.forEachLine { number, line in
            guard let test = Self.parseCharacterTest(line, scalars: &scalars, levels: &expectedLevels, order: &expectedOrder)
            else { return tally.record(failure: "line \(number): unreadable") }
            var types = Array(repeating: FriBidiCharType(0), count: scalars.count)
            scalars.withUnsafeBufferPointer { text in types.withUnsafeMutableBufferPointer { Bidi.types(of: text, into: $0) } }
            let rewritten = UInt32(FRIBIDI_MASK_EXPLICIT | FRIBIDI_MASK_ISOLATE | FRIBIDI_MASK_SEPARATOR)
            let noStrong = test.direction == 2
                && types.withUnsafeBufferPointer { fribidi_get_par_direction($0.baseAddress, FriBidiStrIndex($0.count)) }
                    == FRIBIDI_PAR_ON
            if noStrong || types.contains(where: { $0.rawValue & rewritten != 0 })
                || scalars.contains(where: { $0 < 0x20 || (0x7F...0x9F).contains($0) || $0 == 0xFEFF }) {
                tally.skipped += 1
                return
            }
            tally.run += 1
            var text = String.UnicodeScalarView()
            for scalar in scalars { text.append(Unicode.Scalar(scalar)!) }
            let row = engine.line(String(text), base: [.ltr, .rtl, .auto][test.direction])
            let expected = expectedOrder.filter { CellWidth.of(scalars[Int($0)]) > 0 }.map(Int.init)
            if row.glyphs.map(\.logicalIndex) != expected || row.isRTL != (test.paragraphLevel == 1) {
                tally.record(failure: "line \(number): \(row.glyphs.map(\.logicalIndex)) expected \(expected)")
            }
            tally.plant(every: 1000) { row.glyphs.map(\.logicalIndex) != expected + [-1] }
        }
        print("BidiCharacterTest.txt through TextEngine.line: \(tally)")
        #expect(tally.run > 50_000)
        #expect(tally.failed == 0, "\(tally.firstFailures)")
        #expect(tally.planted > 50 && tally.plantedCaught == tally.planted)
    }

    // MARK: - Runners

    /// `BidiTest.txt`: class names (no brackets), each line run for every direction in its bitset
    /// (1 auto, 2 LTR, 4 RTL).
    static func runBidiTest() throws -> ConformanceTally {
        let file = try #require(UnicodeTestFile(path: UnicodeTestFile.directory + "BidiTest.txt"))
        var checker = BidiChecker()
        var tally = ConformanceTally()
        var expectedLevels: [Int8] = [], expectedOrder: [Int32] = []
        let directions: [(Int, FriBidiParType)] = [(1, FRIBIDI_PAR_ON), (2, FRIBIDI_PAR_LTR), (4, FRIBIDI_PAR_RTL)]
        file.forEachLine { number, line in
            var scanner = FieldScanner(line)
            if scanner.current == UInt8(ascii: "@") {
                let isLevels = line.starts(with: "@Levels:".utf8)
                guard isLevels || line.starts(with: "@Reorder:".utf8) else { return }
                scanner.skip(past: UInt8(ascii: ":"))
                if isLevels {
                    expectedLevels.removeAll(keepingCapacity: true)
                    while let level = scanner.level() { expectedLevels.append(level) }
                } else {
                    expectedOrder.removeAll(keepingCapacity: true)
                    while let index = scanner.number() { expectedOrder.append(Int32(index)) }
                }
                return
            }
            checker.types.removeAll(keepingCapacity: true)
            while let key = scanner.word() { checker.types.append(BidiChecker.classes[key]!) }
            checker.brackets = Array(repeating: FriBidiBracketType(FRIBIDI_NO_BRACKET), count: checker.types.count)
            scanner.skip(past: UInt8(ascii: ";"))
            let bitset = scanner.number() ?? 0
            for (bit, direction) in directions where bitset & bit != 0 {
                tally.run += 1
                checker.run(requested: direction)
                if !checker.matches(expectedLevels: expectedLevels, expectedOrder: expectedOrder) {
                    tally.record(failure: "line \(number) bit \(bit): levels \(checker.levels) order \(checker.order)")
                }
                tally.plant(every: 1000) { !checker.matches(expectedLevels: expectedLevels, expectedOrder: wrong(expectedOrder)) }
            }
        }
        return tally
    }

    /// `BidiCharacterTest.txt`: code points (brackets matter), direction 0 LTR / 1 RTL / 2 auto,
    /// the resolved paragraph level, levels, visual order.
    static func runBidiCharacterTest() throws -> ConformanceTally {
        let file = try #require(UnicodeTestFile(path: UnicodeTestFile.directory + "BidiCharacterTest.txt"))
        var checker = BidiChecker()
        var tally = ConformanceTally()
        var scalars: [UInt32] = [], expectedLevels: [Int8] = [], expectedOrder: [Int32] = []
        file.forEachLine { number, line in
            guard let test = parseCharacterTest(line, scalars: &scalars, levels: &expectedLevels, order: &expectedOrder)
            else { return tally.record(failure: "line \(number): unreadable") }
            checker.types = Array(repeating: FriBidiCharType(0), count: scalars.count)
            checker.brackets = Array(repeating: 0, count: scalars.count)
            scalars.withUnsafeBufferPointer { text in
                checker.types.withUnsafeMutableBufferPointer { Bidi.types(of: text, into: $0) }
                checker.types.withUnsafeBufferPointer { types in
                    checker.brackets.withUnsafeMutableBufferPointer { Bidi.brackets(of: text, types: types, into: $0) }
                }
            }
            tally.run += 1
            let requested = [FRIBIDI_PAR_LTR, FRIBIDI_PAR_RTL, FRIBIDI_PAR_ON][test.direction]
            let resolved = checker.run(requested: requested)
            let resolvedLevel = resolved == FRIBIDI_PAR_RTL ? 1 : 0
            if resolvedLevel != test.paragraphLevel
                || !checker.matches(expectedLevels: expectedLevels, expectedOrder: expectedOrder) {
                tally.record(failure: "line \(number): levels \(checker.levels) order \(checker.order)")
            }
            tally.plant(every: 1000) { !checker.matches(expectedLevels: expectedLevels, expectedOrder: wrong(expectedOrder)) }
        }
        return tally
    }

    /// One line of `BidiCharacterTest.txt` into the buffers; nil if it does not parse.
    static func parseCharacterTest(_ line: ArraySlice<UInt8>, scalars: inout [UInt32], levels: inout [Int8],
                                   order: inout [Int32]) -> (direction: Int, paragraphLevel: Int)? {
        var scanner = FieldScanner(line)
        scalars.removeAll(keepingCapacity: true)
        levels.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        while let scalar = scanner.number(radix: 16) { scalars.append(UInt32(scalar)) }
        scanner.skip(past: UInt8(ascii: ";"))
        guard let direction = scanner.number(), direction <= 2 else { return nil }
        scanner.skip(past: UInt8(ascii: ";"))
        guard let paragraphLevel = scanner.number() else { return nil }
        scanner.skip(past: UInt8(ascii: ";"))
        while let level = scanner.level() { levels.append(level) }
        scanner.skip(past: UInt8(ascii: ";"))
        while let index = scanner.number() { order.append(Int32(index)) }
        guard levels.count == scalars.count else { return nil }
        return (direction, paragraphLevel)
    }

    /// An expectation no correct run can meet: one index too many.
    static func wrong(_ order: [Int32]) -> [Int32] { order + [Int32(order.count)] }
}
