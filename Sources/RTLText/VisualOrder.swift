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
        var assembler = GlyphAssembler(capacity: range.count)
        if !reorders {
            for index in range {
                assembler.add(source[index], width: widths[index], logicalIndex: Int(origins[index]))
            }
            return VisualLine(glyphs: assembler.finish(), isRTL: isRTL, logicalRange: logicalRange)
        }
        var text: [UInt32]
        if reshape {
            text = Array(repeating: 0, count: range.count)
            shape(range, into: &text)
        } else {
            text = Array(shaped[range])
        }
        var lineLevels = Array(levels[range])
        var map = Array(Int32(range.lowerBound)..<Int32(range.upperBound))
        types.withUnsafeBufferPointer { types in
            lineLevels.withUnsafeMutableBufferPointer { levels in
                text.withUnsafeMutableBufferPointer { text in
                    map.withUnsafeMutableBufferPointer { map in
                        Bidi.reorder(types: UnsafeBufferPointer(rebasing: types[range]), direction: direction,
                                     levels: levels, text: text.baseAddress, map: map)
                    }
                }
            }
        }
        for position in 0..<text.count {
            let value = text[position]
            let logical = Int(map[position])
            switch value {
            case Bidi.fill: assembler.absorb(logicalIndex: Int(origins[logical]))
            case 0x200E, 0x200F, 0x061C: continue  // LRM, RLM, ALM: their work is done
            default: assembler.add(value, width: CellWidth.of(value), logicalIndex: Int(origins[logical]))
            }
        }
        return VisualLine(glyphs: assembler.finish(), isRTL: isRTL, logicalRange: logicalRange)
    }

    /// Offsets in the caller's string that `range` covers.
    func logicalSpan(_ range: Range<Int>) -> Range<Int> {
        let start = range.lowerBound < count ? Int(origins[range.lowerBound]) : sourceLength
        let end = range.upperBound < count ? Int(origins[range.upperBound]) : sourceLength
        return start..<max(start, end)
    }
}
