/// Builds glyphs, one per screen cell (or two for a wide character), from character clusters
/// given in visual order: `open` starts a glyph with the cluster's base, `attach` adds the
/// zero-width scalars that ride on it (harakat, or the rest of an emoji sequence), in logical
/// order. Glyphs are written straight into the result array (one glyph needs at least one
/// scalar, so `capacity` scalars never make more than `capacity` glyphs).
///
/// ```swift
/// let glyphs = GlyphAssembler.glyphs(capacity: 2) { assembler in
///     assembler.open(0x0628, width: 1, logicalIndex: 0)   // ب
///     assembler.attach(0x064E)                            // fatha rides on it
/// }
/// // [Glyph(text: "بَ", width: 1, logicalIndex: 0)]
/// ```
struct GlyphAssembler {
    private let output: UnsafeMutableBufferPointer<Glyph>
    private var count = 0
    /// The open glyph's base scalar; most glyphs are just that.
    private var base: UInt32 = 0
    /// UTF-8 of the open glyph once a mark joins its base, written in place (no allocation).
    private var text = UTF8Buffer()
    private var width = 0
    private var logicalIndex = 0
    private var isOpen = false
    /// The ready-made Strings, fetched once per line rather than once per glyph.
    private let strings = GlyphStrings.tables

    /// The glyphs `body` adds, from at most `capacity` scalars.
    static func glyphs(capacity: Int, _ body: (inout GlyphAssembler) -> Void) -> [Glyph] {
        [Glyph](unsafeUninitializedCapacity: capacity) { output, initialized in
            var assembler = GlyphAssembler(output: output)
            body(&assembler)
            assembler.close()
            initialized = assembler.count
        }
    }

    private init(output: UnsafeMutableBufferPointer<Glyph>) {
        self.output = output
    }

    /// A zero-width scalar joins the open glyph (nothing happens when none is open).
    mutating func attach(_ value: UInt32) {
        if isOpen { addMark(value) }
    }

    /// Starts a new glyph with `value`, closing the open one.
    mutating func open(_ value: UInt32, width: Int, logicalIndex: Int) {
        close()
        isOpen = true
        base = value
        self.width = width
        self.logicalIndex = logicalIndex
    }

    private mutating func addMark(_ value: UInt32) {
        if text.isEmpty { text.append(base) }
        text.append(value)
    }

    private mutating func close() {
        guard isOpen else { return }
        let string = text.isEmpty ? strings.string(for: base) : text.string()
        precondition(count < output.count, "more glyphs than scalars")
        (output.baseAddress! + count).initialize(to: Glyph(text: string, width: width, logicalIndex: logicalIndex))
        count += 1
        text.removeAll()
        isOpen = false
    }
}

/// A fixed inline buffer for one glyph's UTF-8 (a base and its marks): 64 bytes hold a letter
/// with fifteen harakat or a family emoji with skin tones; a longer pile (Zalgo text) is cut
/// there, as a terminal cell would.
struct UTF8Buffer {
    private var bytes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// Appends a scalar value (the caller passes only valid scalars).
    mutating func append(_ value: UInt32) {
        let length = value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        guard count + length <= 64 else { return }
        withUnsafeMutableBytes(of: &bytes) { raw in
            switch length {
            case 1:
                raw[count] = UInt8(value)
            case 2:
                raw[count] = UInt8(0xC0 | value >> 6); raw[count + 1] = UInt8(0x80 | value & 0x3F)
            case 3:
                raw[count] = UInt8(0xE0 | value >> 12); raw[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                raw[count + 2] = UInt8(0x80 | value & 0x3F)
            default:
                raw[count] = UInt8(0xF0 | value >> 18); raw[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                raw[count + 2] = UInt8(0x80 | value >> 6 & 0x3F); raw[count + 3] = UInt8(0x80 | value & 0x3F)
            }
        }
        count += length
    }

    func string() -> String {
        withUnsafeBytes(of: bytes) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
    }

    mutating func removeAll() { count = 0 }
}

/// Ready-made Strings for the single scalars most glyphs are: ASCII, Latin-1, the Arabic block and
/// Arabic Presentation Forms. Built once; copying one is a load, where making a String from a
/// scalar costs a few hundred instructions (the 200-cell line budget is 20 µs).
struct GlyphStrings: Sendable {
    static let tables = GlyphStrings()

    private let low: [String] = (0..<0x700).map { Unicode.Scalar($0).map(String.init) ?? "" }
    private let presentationForms: [String] = (0xFB50..<0xFF00).map { Unicode.Scalar($0).map(String.init) ?? "" }

    /// The String of one scalar value (U+FFFD if it is not a scalar).
    func string(for value: UInt32) -> String {
        if value < 0x700 { return low[Int(value)] }
        if value >= 0xFB50 && value < 0xFF00 { return presentationForms[Int(value) - 0xFB50] }
        return String(Unicode.Scalar(value) ?? "\u{FFFD}")
    }
}
