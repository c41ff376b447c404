import CFriBidi

/// One paragraph of data text after sanitising, the Bidi Algorithm and shaping, still in logical
/// order: what wrapping measures and what each line is reordered from.
///
/// Levels are resolved and Arabic is shaped for the whole paragraph, so a line break never
/// changes how a word joins or which way a number runs; only a line cut inside a word is
/// reshaped on its own (see `visualLine(_:reshape:)`).
///
/// ```swift
/// let paragraph = Paragraph("لا إله", base: .rtl, options: TextOptions())
/// paragraph.shaped   // [FILL, U+FEFB, ' ', ...]: lam-alef in the alef slot, the lam slot filled
/// paragraph.widths   // [0, 1, 1, ...]
/// ```
struct Paragraph {
    let options: TextOptions
    /// Safe scalars, digits already in the chosen style.
    private(set) var source: [UInt32] = []
    /// For each scalar of `source`, its offset in the caller's string.
    private(set) var origins: [Int32] = []
    private(set) var types: [FriBidiCharType] = []
    private(set) var levels: [FriBidiLevel] = []
    /// `source` shaped and mirrored (app mode), or `source` itself (terminal mode).
    private(set) var shaped: [UInt32] = []
    /// Cells of each scalar of `shaped`: 0 for marks, FILL and other invisible scalars.
    private(set) var widths: [UInt8] = []
    /// `FRIBIDI_PAR_LTR` or `FRIBIDI_PAR_RTL`.
    private(set) var direction: FriBidiParType = FRIBIDI_PAR_RTL
    /// Scalars in the caller's string (the logical index just past its end).
    private(set) var sourceLength = 0

    var count: Int { source.count }
    var isRTL: Bool { direction == FRIBIDI_PAR_RTL }
    var reorders: Bool { options.bidi == .app }

    /// `offset` is added to every logical index: the paragraph's place in a longer text.
    init(_ text: String, base: BaseDirection, options: TextOptions, offset: Int = 0) {
        self.options = options
        collect(text, offset: offset, base: base)
        let count = source.count
        types = Array(repeating: FriBidiCharType(0), count: count)
        source.withUnsafeBufferPointer { text in
            types.withUnsafeMutableBufferPointer { Bidi.types(of: text, into: $0) }
        }
        guard reorders else {
            direction = types.withUnsafeBufferPointer { Bidi.direction(types: $0, base: base) }
            shaped = source
            widths = CellWidth.widths(of: shaped)
            EmojiSequence.joinWidths(source, &widths)
            return
        }
        levels = Array(repeating: 0, count: count)
        // Scratch that does not outlive the call lives on the stack (or one temporary block).
        withUnsafeTemporaryAllocation(of: FriBidiBracketType.self, capacity: count) { brackets in
            source.withUnsafeBufferPointer { text in
                types.withUnsafeBufferPointer { types in
                    Bidi.brackets(of: text, types: types, into: brackets)
                    direction = levels.withUnsafeMutableBufferPointer {
                        Bidi.levels(types: types, brackets: UnsafeBufferPointer(brackets), requested: base.fribidi, into: $0)
                    }
                }
            }
        }
        let whole = [UInt32](unsafeUninitializedCapacity: count) { output, initialized in
            shape(0..<count, into: output)
            initialized = count
        }
        shaped = whole
        widths = CellWidth.widths(of: shaped)
        EmojiSequence.joinWidths(source, &widths)
    }

    /// Sanitises into `source`/`origins` (balanced isolates kept for the Bidi Algorithm), composes
    /// the Arabic hamza and madda (see `ArabicComposition`), maps digits in Arabic context, and
    /// gives a combining mark that opens the text a dotted circle to sit on (a mark with no base
    /// would land on the previous cell).
    private mutating func collect(_ text: String, offset start: Int, base: BaseDirection) {
        // At most one output scalar per source scalar, plus a dotted circle; writing through the
        // buffers keeps the per-scalar loop tight.
        let ascii = options.ascii
        let capacity = Self.scalarCount(text) * (ascii ? AsciiFallback.maximumExpansion : 1) + 1
        var count = 0, length = 0
        var hasDigits = false
        var origins: [Int32] = []
        var source = [UInt32](unsafeUninitializedCapacity: capacity) { scalars, scalarCount in
            origins = [Int32](unsafeUninitializedCapacity: capacity) { offsets, offsetCount in
                length = Sanitizer.forEachSafeScalar(in: text, keepingIsolates: true) { value, offset in
                    if ascii && value >= 0x80 {
                        for scalar in AsciiFallback.replacement(value).unicodeScalars {
                            scalars[count] = scalar.value; offsets[count] = Int32(start + offset); count += 1
                        }
                        return
                    }
                    if value >= 0x0653 && value <= 0x0655,
                       ArabicComposition.compose(value, into: scalars, count: count) { return }
                    if count == 0 && CellWidth.of(value) == 0 && Paragraph.isMark(value) {
                        scalars[0] = 0x25CC; offsets[0] = Int32(start + offset); count = 1
                    }
                    if value >= 0x30 && value <= 0x39 { hasDigits = true }
                    scalars[count] = value
                    offsets[count] = Int32(start + offset)
                    count += 1
                }
                offsetCount = count
            }
            scalarCount = count
        }
        if hasDigits && options.digits == .arabic && !ascii { ArabicDigits.convert(&source, withoutLetters: base != .ltr) }
        self.source = source
        self.origins = origins
        sourceLength = start + length
    }

    /// Scalars in `text`: its UTF-8 bytes that are not continuation bytes (one tight pass).
    static func scalarCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? text.unicodeScalars.count
    }

    /// Shapes `source[range]` on its own into `output`, which holds `range.count` scalars.
    func shape(_ range: Range<Int>, into output: UnsafeMutableBufferPointer<UInt32>) {
        guard !range.isEmpty else { return }
        let arabic = options.shaping
        source.withUnsafeBufferPointer { output.baseAddress!.update(from: $0.baseAddress! + range.lowerBound, count: range.count) }
        withUnsafeTemporaryAllocation(of: FriBidiArabicProp.self, capacity: range.count) { props in
            types.withUnsafeBufferPointer { types in
                levels.withUnsafeBufferPointer { levels in
                    Bidi.shape(output, types: UnsafeBufferPointer(rebasing: types[range]),
                               levels: UnsafeBufferPointer(rebasing: levels[range]), arabic: arabic, props: props)
                }
            }
        }
        guard arabic else { return }
        // FriBidi also ligates lam and alef that arrive already in presentation forms (text
        // shaped elsewhere, or a visual row fed back in, where they may not even be neighbours in
        // reading order). Text already shaped is left as it came.
        for index in 0..<range.count - 1 where output[index] == Bidi.fill {
            let lam = source[range.lowerBound + index]
            if lam >= 0xFB50 {
                output[index] = lam
                output[index + 1] = source[range.lowerBound + index + 1]
            }
        }
        LamAlef.ligateAcrossMarks(output)
    }

    /// Where a character cluster starts: a scalar that takes cells, or the FILL slot that opens a
    /// lam-alef ligature (FriBidi's: FILL, then the ligature). Zero-width scalars (harakat, ZWJ,
    /// the rest of an emoji sequence, the FILL left where an alef joined a lam across a mark)
    /// stay with the scalar before them.
    func isClusterStart(_ index: Int) -> Bool {
        if index == 0 { return true }
        if shaped[index - 1] == Bidi.fill && LamAlef.isLigature(shaped[index]) { return false }
        if shaped[index] == Bidi.fill { return index + 1 < count && LamAlef.isLigature(shaped[index + 1]) }
        return widths[index] > 0
    }

    /// The end of the cluster that starts at `index`, not beyond `limit`.
    func clusterEnd(_ index: Int, limit: Int) -> Int {
        var end = index + 1
        while end < limit && !isClusterStart(end) { end += 1 }
        return end
    }

    /// Cells of `range`, after shaping.
    func cells(_ range: Range<Int>) -> Int {
        var total = 0
        for index in range { total += Int(widths[index]) }
        return total
    }

    enum WordKind { case letters, number, punctuation }

    /// What a word is made of: any letter makes it `.letters`; else any digit `.number` (a day,
    /// a year); else `.punctuation` ("·", "–", "،").
    func wordKind(_ range: Range<Int>) -> WordKind {
        var digit = false
        for index in range {
            guard let scalar = Unicode.Scalar(source[index]) else { continue }
            if scalar.properties.isAlphabetic { return .letters }
            if scalar.properties.numericType != nil { digit = true }
        }
        return digit ? .number : .punctuation
    }

    /// A space where a line may break (not the no-break spaces U+00A0, U+2007, U+202F).
    func isBreakSpace(_ index: Int) -> Bool {
        switch source[index] {
        case 0x20, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Zero-width format characters that are never written: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, the
    /// bidi embeddings and isolates, word joiner and invisible operators, U+FEFF, the Mongolian
    /// vowel separator.
    @inline(__always)
    static func isInvisibleFormat(_ value: UInt32) -> Bool {
        switch value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0x061C, 0xFEFF, 0x180E: true
        default: false
        }
    }

    /// A scalar an emoji sequence is built on (its rest is written with it, joiners included).
    @inline(__always)
    static func isEmojiBase(_ value: UInt32) -> Bool {
        EmojiSequence.isPictographic(value) || EmojiSequence.isRegionalIndicator(value)
    }

    static func isMark(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
