import Testing
import TahalufTestSupport  // SplitMix64, the seeded generator
import RTLText
import TerminalUI

@Suite struct FrameDiffTests {
    private func frame(_ rows: [String]) -> Frame {
        var f = Frame(size: Size(width: rows[0].count, height: rows.count))
        for (y, row) in rows.enumerated() {
            for (x, ch) in row.enumerated() { f[x, y] = Cell(String(ch)) }
        }
        return f
    }

    /// Applies runs to a copy of `old`, as a driver writes them: the result must be `new`.
    private func apply(_ runs: [CellRun], to old: Frame) -> Frame {
        var screen = old
        for run in runs { for (i, cell) in run.cells.enumerated() { screen[run.x + i, run.y] = cell } }
        return screen
    }

    @Test func noPreviousFrameRepaintsEveryRow() {
        let new = frame(["abc", "def"])
        let runs = FrameDiff.runs(from: nil, to: new)
        #expect(runs == [CellRun(x: 0, y: 0, cells: [Cell("a"), Cell("b"), Cell("c")]),
                         CellRun(x: 0, y: 1, cells: [Cell("d"), Cell("e"), Cell("f")])])
    }

    @Test func identicalFramesWriteNothing() {
        let f = frame(["abc", "def"])
        #expect(FrameDiff.runs(from: f, to: f).isEmpty)
    }

    @Test func aMovedCursorWritesOnlyTheTwoChangedRows() {
        let old = frame(["> one  ", "  two  ", "  three"])
        let new = frame(["  one  ", "> two  ", "  three"])
        let runs = FrameDiff.runs(from: old, to: new)
        #expect(runs == [CellRun(x: 0, y: 0, cells: [Cell(" ")]), CellRun(x: 0, y: 1, cells: [Cell(">")])])
        #expect(apply(runs, to: old) == new)
    }

    @Test func separateChangesInARowAreSeparateRuns() {
        let runs = FrameDiff.runs(from: frame(["abcdef"]), to: frame(["xbcdeY"]))
        #expect(runs.map(\.x) == [0, 5])
        #expect(FrameDiff.cellCount(runs) == 2)
    }

    @Test func styleChangesAreChanges() {
        let old = frame(["ab"])
        var new = old
        new[1, 0] = Cell("b", style: Style(.selected))
        #expect(FrameDiff.runs(from: old, to: new) == [CellRun(x: 1, y: 0, cells: [Cell("b", style: Style(.selected))])])
    }

    @Test func aSizeChangeRepaintsEverything() {
        let runs = FrameDiff.runs(from: frame(["ab", "cd"]), to: frame(["abc"]))
        #expect(runs == [CellRun(x: 0, y: 0, cells: [Cell("a"), Cell("b"), Cell("c")])])
    }

    /// A change to the second half of a wide character starts the run at its first half, and a
    /// run never ends between the halves.
    @Test func wideCharactersStayWhole() {
        var old = Frame(size: Size(width: 4, height: 1))
        old.put(Glyph(text: "中", width: 2, logicalIndex: 0), x: 1, y: 0, style: .normal)
        var new = old
        new[2, 0] = Cell("", width: 0, style: Style(.selected))
        new[1, 0] = Cell("中", width: 2, style: Style(.selected))
        let runs = FrameDiff.runs(from: old, to: new)
        #expect(runs.count == 1)
        #expect(runs[0].x == 1 && runs[0].cells.count == 2)

        var narrowed = old
        narrowed.put(Glyph(text: "x", width: 1, logicalIndex: 0), x: 0, y: 0, style: .normal)
        narrowed[1, 0] = Cell("字", width: 2)
        let second = FrameDiff.runs(from: old, to: narrowed)
        #expect(second.allSatisfy { !$0.cells[0].isContinuation })
        #expect(apply(second, to: old) == narrowed)
    }

    @Test func combiningMarksTravelWithTheirBase() {
        let old = frame(["بسم"])
        var new = old
        new[1, 0] = Cell("سْ")
        let runs = FrameDiff.runs(from: old, to: new)
        #expect(runs == [CellRun(x: 1, y: 0, cells: [Cell("سْ")])])
    }

    @Test func emptyFramesHaveNoRuns() {
        #expect(FrameDiff.runs(from: nil, to: Frame(size: Size(width: 0, height: 0))).isEmpty)
        #expect(FrameDiff.runs(from: nil, to: Frame(size: Size(width: 5, height: 0))).isEmpty)
    }

    /// Random edits: applying the runs to the old frame always gives the new one, and the runs
    /// cover no more cells than changed (plus wide-character halves).
    @Test func runsReproduceTheNewFrame() {
        var generator = SplitMix64(seed: 42)
        let letters = ["a", "b", "c", " "]
        for _ in 0..<200 {
            var old = Frame(size: Size(width: 12, height: 4))
            var new = old
            for _ in 0..<10 {
                let x = Int(generator.next() % 12), y = Int(generator.next() % 4)
                old.put(Glyph(text: letters[Int(generator.next() % 4)], width: 1, logicalIndex: 0), x: x, y: y, style: .normal)
            }
            new = old
            for _ in 0..<6 {
                let x = Int(generator.next() % 12), y = Int(generator.next() % 4)
                if generator.next() % 3 == 0 {
                    new.put(Glyph(text: "中", width: 2, logicalIndex: 0), x: x, y: y, style: .normal)
                } else {
                    new.put(Glyph(text: letters[Int(generator.next() % 4)], width: 1, logicalIndex: 0), x: x, y: y,
                            style: Style(generator.next() % 2 == 0 ? .normal : .selected))
                }
            }
            let runs = FrameDiff.runs(from: old, to: new)
            #expect(apply(runs, to: old) == new)
            let changed = zip(old.cells, new.cells).filter { $0 != $1 }.count
            #expect(FrameDiff.cellCount(runs) <= changed * 2)
            #expect(runs.allSatisfy { !$0.cells[0].isContinuation })
        }
    }
}
