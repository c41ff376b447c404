/// One row's share of a paragraph, in logical order, before reordering.
struct LineSpan: Equatable {
    /// Scalar indices into the paragraph, trailing spaces excluded.
    var range: Range<Int>
    /// The row starts or ends inside a word, so it is shaped on its own.
    var cutsWord: Bool
}

extension Paragraph {
    /// Breaks the paragraph into rows of at most `width` cells, greedily, at spaces, in logical
    /// order; the spaces at a break belong to neither row. A word wider than a row is cut between
    /// clusters (never between a letter and its harakat, nor inside lam-alef). A single cluster
    /// wider than the row (a wide character in a one-cell row) gets a row of its own, which
    /// `TextEngine.wrap` shows as "…".
    ///
    /// ```swift
    /// Paragraph("abc def ghi", base: .ltr, options: TextOptions()).lineSpans(width: 7)
    /// // [0..<7 ("abc def"), 8..<11 ("ghi")]
    /// ```
    func lineSpans(width: Int) -> [LineSpan] {
        precondition(width > 0)
        var spans: [LineSpan] = []
        var index = 0
        while index < count && isBreakSpace(index) { index += 1 }
        let leading = cells(0..<index)
        var lineStart = leading <= width ? 0 : index
        var lineEnd = lineStart
        var lineWidth = leading <= width ? leading : 0
        var startsInWord = false
        var hasWord = false
        var gap = 0

        while index < count {
            let wordStart = index
            var wordWidth = 0
            while index < count && !isBreakSpace(index) { wordWidth += Int(widths[index]); index += 1 }
            let wordEnd = index
            var spaceWidth = 0
            while index < count && isBreakSpace(index) { spaceWidth += Int(widths[index]); index += 1 }

            if hasWord && lineWidth + gap + wordWidth <= width {
                lineEnd = wordEnd
                lineWidth += gap + wordWidth
            } else {
                if hasWord {
                    spans.append(LineSpan(range: lineStart..<lineEnd, cutsWord: startsInWord))
                    lineStart = wordStart; lineEnd = wordStart; lineWidth = 0; startsInWord = false
                }
                if lineWidth + wordWidth <= width {
                    lineEnd = wordEnd
                    lineWidth += wordWidth
                } else {
                    // Cut the word: fill rows cluster by cluster, the rest starts the next row.
                    var position = wordStart, remaining = wordWidth
                    while lineWidth + remaining > width {
                        var cut = position, cutWidth = lineWidth
                        while cut < wordEnd {
                            let next = clusterEnd(cut, limit: wordEnd)
                            let clusterWidth = cells(cut..<next)
                            if cutWidth + clusterWidth > width { break }
                            cutWidth += clusterWidth; cut = next
                        }
                        if cut == position {
                            if lineStart < position {  // leading spaces took the room: drop them
                                lineStart = position; lineWidth = 0; continue
                            }
                            cut = clusterEnd(position, limit: wordEnd)
                            if cut == wordEnd { break }  // one cluster wider than the row: it stays
                            cutWidth = lineWidth + cells(position..<cut)
                        }
                        spans.append(LineSpan(range: lineStart..<cut, cutsWord: true))
                        remaining -= cutWidth - lineWidth
                        lineStart = cut; position = cut; lineWidth = 0
                    }
                    lineEnd = wordEnd
                    lineWidth += remaining
                    startsInWord = position > wordStart
                }
            }
            hasWord = true
            gap = spaceWidth
        }
        if hasWord || spans.isEmpty {
            spans.append(LineSpan(range: lineStart..<lineEnd, cutsWord: startsInWord))
        }
        return spans
    }
}
