import CFriBidi
@testable import RTLText

/// Runs the module's bidi calls (`Bidi.levels`, then `Bidi.reorder` without NSM reordering, as
/// the Unicode files expect) on one test case and compares with the file's expectation, the way
/// FriBidi's own `test/unicode-conformance` harness does: levels after rule L1 (x = any), and the
/// visual order with X9-removed characters skipped. Buffers are reused across the 860,000 cases.
struct BidiChecker {
    var types: [FriBidiCharType] = []
    var brackets: [FriBidiBracketType] = []
    private(set) var levels: [FriBidiLevel] = []
    private(set) var order: [Int32] = []
    private var map: [FriBidiStrIndex] = []

    /// Levels and visual order of `types` (and `brackets`, which must be as long). Returns the
    /// resolved paragraph direction.
    @discardableResult
    mutating func run(requested: FriBidiParType) -> FriBidiParType {
        let count = types.count
        levels.removeAll(keepingCapacity: true)
        levels.append(contentsOf: repeatElement(0, count: count))
        map.removeAll(keepingCapacity: true)
        for index in 0..<count { map.append(FriBidiStrIndex(index)) }
        let direction = types.withUnsafeBufferPointer { types in
            let direction = brackets.withUnsafeBufferPointer { brackets in
                levels.withUnsafeMutableBufferPointer {
                    Bidi.levels(types: types, brackets: brackets, requested: requested, into: $0)
                }
            }
            levels.withUnsafeMutableBufferPointer { levels in
                map.withUnsafeMutableBufferPointer { map in
                    Bidi.reorder(types: types, direction: direction, levels: levels, text: nil, map: map,
                                 nonSpacingMarks: false)
                }
            }
            return direction
        }
        order.removeAll(keepingCapacity: true)
        for index in map where !Bidi.isRemovedByX9(types[Int(index)]) { order.append(index) }
        return direction
    }

    /// Whether the last run gave `expectedLevels` (-1 matches anything) and `expectedOrder`.
    func matches(expectedLevels: [Int8], expectedOrder: [Int32]) -> Bool {
        guard expectedLevels.count == levels.count, expectedOrder == order else { return false }
        for index in 0..<levels.count where expectedLevels[index] != -1 && expectedLevels[index] != levels[index] {
            return false
        }
        return true
    }

    /// FriBidi's type for a Bidi_Class short name, keyed as `FieldScanner.word()` packs it.
    static let classes: [UInt32: FriBidiCharType] = {
        let names: [(StaticString, FriBidiCharType)] = [
            ("L", FRIBIDI_TYPE_LTR), ("R", FRIBIDI_TYPE_RTL), ("AL", FRIBIDI_TYPE_AL), ("EN", FRIBIDI_TYPE_EN),
            ("AN", FRIBIDI_TYPE_AN), ("ES", FRIBIDI_TYPE_ES), ("ET", FRIBIDI_TYPE_ET), ("CS", FRIBIDI_TYPE_CS),
            ("NSM", FRIBIDI_TYPE_NSM), ("BN", FRIBIDI_TYPE_BN), ("B", FRIBIDI_TYPE_BS), ("S", FRIBIDI_TYPE_SS),
            ("WS", FRIBIDI_TYPE_WS), ("ON", FRIBIDI_TYPE_ON), ("LRE", FRIBIDI_TYPE_LRE), ("RLE", FRIBIDI_TYPE_RLE),
            ("LRO", FRIBIDI_TYPE_LRO), ("RLO", FRIBIDI_TYPE_RLO), ("PDF", FRIBIDI_TYPE_PDF), ("LRI", FRIBIDI_TYPE_LRI),
            ("RLI", FRIBIDI_TYPE_RLI), ("FSI", FRIBIDI_TYPE_FSI), ("PDI", FRIBIDI_TYPE_PDI),
        ]
        var table: [UInt32: FriBidiCharType] = [:]
        for (name, type) in names { table[FieldScanner.key(name)] = type }
        return table
    }()
}

/// Counts printed by the conformance tests.
struct ConformanceTally: CustomStringConvertible {
    var run = 0, skipped = 0, failed = 0
    /// Wrong expectations planted to prove the comparison can fail, and how many it caught.
    var planted = 0, plantedCaught = 0
    var firstFailures: [String] = []

    mutating func record(failure: String) {
        failed += 1
        if firstFailures.count < 5 { firstFailures.append(failure) }
    }

    /// In one case out of `every`, checks a planted wrong expectation: `caught` must be true.
    mutating func plant(every: Int, caught: () -> Bool) {
        guard run % every == 1 else { return }
        planted += 1
        if caught() { plantedCaught += 1 }
    }

    var description: String {
        "\(run) cases run, \(skipped) skipped, \(failed) failed (planted errors caught: \(plantedCaught)/\(planted))"
    }
}
