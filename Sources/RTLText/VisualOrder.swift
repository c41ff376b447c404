import CFriBidi

extension Paragraph {
    /// The scalars `range` as one screen row: reordered on its own with `fribidi_reorder_line` (on a
    /// copy of the paragraph's levels, so rule L1 sees this line's end), harakat after their base,
    /// FILL slots and bidi marks dropped. `reshape` shapes the range on its own, for a line that
    /// starts or ends inside a word (its edge letters must not join across the break).
    ///
    /// In terminal mode the range stays in logical order, unshaped and unmirrored.
    ///
    /// ```swift
    /// paragraph.visualLine(0..<paragraph.count, reshape: false).string
    /// ```
    func visualLine(_ range: Range<Int>, reshape: Bool) -> VisualLine {
        let logicalRange = logicalSpan(range)
        guard !range.isEmpty else { return VisualLine(glyphs: [], isRTL: isRTL, logicalRange: logicalRange) }
        if !reorders {
            let glyphs = GlyphAssembler.glyphs(capacity: range.count) { assembler in
                for index in range {
                    assembler.add(source[index], width: widths[index], logicalIndex: Int(origins[index]))
                }
            }
            return VisualLine(glyphs: glyphs, isRTL: isRTL, logicalRange: logicalRange)
        }
        let count = range.count
        let glyphs = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { text in
            withUnsafeTemporaryAllocation(of: FriBidiLevel.self, capacity: count) { lineLevels in
                withUnsafeTemporaryAllocation(of: FriBidiStrIndex.self, capacity: count) { map in
                    if reshape {
                        shape(range, into: text)
                    } else {
                        shaped.withUnsafeBufferPointer { _ = text.initialize(fromContentsOf: $0[range]) }
                    }
                    levels.withUnsafeBufferPointer { _ = lineLevels.initialize(fromContentsOf: $0[range]) }
                    for index in 0..<count { map[index] = FriBidiStrIndex(range.lowerBound + index) }
                    types.withUnsafeBufferPointer { types in
                        Bidi.reorder(types: UnsafeBufferPointer(rebasing: types[range]), direction: direction,
                                     levels: lineLevels, text: text.baseAddress, map: map)
                    }
                    return GlyphAssembler.glyphs(capacity: count) { assembler in
                        assemble(text: UnsafeBufferPointer(text), map: UnsafeBufferPointer(map), into: &assembler)
                    }
                }
            }
        }
        return VisualLine(glyphs: glyphs, isRTL: isRTL, logicalRange: logicalRange)
    }

    /// Glyphs from reordered scalars: FILL slots fold into their ligature, bidi marks go.
    private func assemble(text: UnsafeBufferPointer<UInt32>, map: UnsafeBufferPointer<FriBidiStrIndex>,
                          into assembler: inout GlyphAssembler) {
        basicPlaneWidths.withUnsafeBufferPointer { table in
            for position in 0..<text.count {
                let value = text[position]
                let logical = Int(map[position])
                switch value {
                case Bidi.fill: assembler.absorb(logicalIndex: Int(origins[logical]))
                case 0x200E, 0x200F, 0x061C: continue  // LRM, RLM, ALM: their work is done
                default:
                    let width = value < 0x10000 ? table[Int(value)] : CellWidth.computed(value)
                    assembler.add(value, width: width, logicalIndex: Int(origins[logical]))
                }
            }
        }
    }

    /// Offsets in the caller's string that `range` covers.
    func logicalSpan(_ range: Range<Int>) -> Range<Int> {
        let start = range.lowerBound < count ? Int(origins[range.lowerBound]) : sourceLength
        let end = range.upperBound < count ? Int(origins[range.upperBound]) : sourceLength
        return start..<max(start, end)
    }
}
