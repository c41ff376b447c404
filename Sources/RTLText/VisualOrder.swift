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
                var index = range.lowerBound
                while index < range.upperBound {
                    let end = clusterEnd(index, limit: range.upperBound)
                    emitCluster(index..<end, value: { source[$0] }, into: &assembler)
                    index = end
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
                    // Only the map is reordered: each cluster is then written from its logical
                    // scalars, so an emoji sequence or a base and its marks keep their order.
                    types.withUnsafeBufferPointer { types in
                        Bidi.reorder(types: UnsafeBufferPointer(rebasing: types[range]), direction: direction,
                                     levels: lineLevels, text: nil, map: map)
                    }
                    let logical = UnsafeBufferPointer(text), start = range.lowerBound
                    return GlyphAssembler.glyphs(capacity: count) { assembler in
                        for position in 0..<count {
                            let index = Int(map[position])
                            guard index == start || isClusterStart(index) else { continue }
                            let end = clusterEnd(index, limit: range.upperBound)
                            emitCluster(index..<end, value: { logical[$0 - start] }, into: &assembler)
                        }
                    }
                }
            }
        }
        return VisualLine(glyphs: glyphs, isRTL: isRTL, logicalRange: logicalRange)
    }

    /// One glyph for the cluster `cluster` (paragraph indices; `value` gives each one's scalar as
    /// shaped for this line): its first visible scalar, then the marks on it, or the rest of an
    /// emoji sequence (joiners, modifiers, the second regional indicator) in logical order.
    /// Joiners, bidi marks, isolates and FILL slots are not written: their work is done, and a
    /// terminal would give a lone joiner a cell or merge the next cell into it.
    @inline(__always)
    private func emitCluster(_ cluster: Range<Int>, value: (Int) -> UInt32, into assembler: inout GlyphAssembler) {
        var width = 0, base = -1
        for index in cluster where widths[index] > 0 {
            width += Int(widths[index])
            if base < 0 { base = index }
        }
        guard base >= 0 else { return }
        assembler.open(value(base), width: width, logicalIndex: Int(origins[cluster.lowerBound]))
        guard base + 1 < cluster.upperBound else { return }
        let sequence = Self.isEmojiBase(source[base])
        for index in base + 1..<cluster.upperBound {
            let scalar = value(index)
            if scalar == Bidi.fill { continue }
            // A joiner is written inside an emoji sequence only when a pictograph follows it.
            if scalar == 0x200D && (index + 1 == cluster.upperBound || !Self.isEmojiBase(source[index + 1])) { continue }
            if sequence || !Self.isInvisibleFormat(scalar) { assembler.attach(scalar) }
        }
    }

    /// Offsets in the caller's string that `range` covers.
    func logicalSpan(_ range: Range<Int>) -> Range<Int> {
        let start = range.lowerBound < count ? Int(origins[range.lowerBound]) : sourceLength
        let end = range.upperBound < count ? Int(origins[range.upperBound]) : sourceLength
        return start..<max(start, end)
    }
}
