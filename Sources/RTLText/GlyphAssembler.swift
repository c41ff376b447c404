/// Groups scalars in visual order into glyphs, one per screen cell (or two for a wide character):
/// a scalar that takes cells opens a glyph, zero-width scalars (harakat, ZWJ) join the open one.
///
/// ```swift
/// var assembler = GlyphAssembler(capacity: 2)
/// assembler.add(0x0628, width: 1, logicalIndex: 0)   // ب
/// assembler.add(0x064E, width: 0, logicalIndex: 1)   // fatha rides on it
/// assembler.finish()   // [Glyph(text: "بَ", width: 1, logicalIndex: 0)]
/// ```
struct GlyphAssembler {
    private(set) var glyphs: [Glyph] = []
    /// UTF-8 of the open glyph, written in place: no per-glyph allocation.
    private var text = UTF8Buffer()
    private var width = 0
    private var logicalIndex = 0
    private var isOpen = false

    init(capacity: Int) {
        glyphs.reserveCapacity(capacity)
    }

    mutating func add(_ value: UInt32, width: UInt8, logicalIndex: Int) {
        if width == 0 {
            if isOpen { text.append(value); return }
            // Nothing to ride on: a mark gets a dotted circle, anything else invisible is dropped.
            guard Paragraph.isMark(value) else { return }
            open(0x25CC, width: 1, logicalIndex: logicalIndex)
            text.append(value)
            return
        }
        open(value, width: Int(width), logicalIndex: logicalIndex)
    }

    /// A ligature's FILL slot: the open glyph (the ligature) now also stands for the lam.
    mutating func absorb(logicalIndex: Int) {
        if isOpen && logicalIndex < self.logicalIndex { self.logicalIndex = logicalIndex }
    }

    mutating func finish() -> [Glyph] {
        close()
        return glyphs
    }

    private mutating func open(_ value: UInt32, width: Int, logicalIndex: Int) {
        close()
        isOpen = true
        self.width = width
        self.logicalIndex = logicalIndex
        text.append(value)
    }

    private mutating func close() {
        guard isOpen else { return }
        glyphs.append(Glyph(text: text.string(), width: width, logicalIndex: logicalIndex))
        text.removeAll()
        isOpen = false
    }
}

/// A fixed inline buffer for one glyph's UTF-8 (a base and its marks): 32 bytes hold a letter
/// with seven harakat; a longer pile (Zalgo text) is cut there, as a terminal cell would.
struct UTF8Buffer {
    private var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private(set) var count = 0

    mutating func append(_ value: UInt32) {
        let length = value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        guard count + length <= 32, let scalar = Unicode.Scalar(value) else { return }
        if scalars == 0 { first = scalar }
        scalars += 1
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

    /// The first scalar appended: a glyph of one scalar (most shaped Arabic) becomes a String
    /// without UTF-8 validation.
    private var first: Unicode.Scalar = " "
    private var scalars = 0

    func string() -> String {
        if scalars == 1 { return GlyphStrings.string(for: first) }
        return withUnsafeBytes(of: bytes) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
    }

    mutating func removeAll() { count = 0; scalars = 0 }
}

/// Ready-made Strings for the single scalars most glyphs are: ASCII, Latin-1, the Arabic block and
/// Arabic Presentation Forms. Built once; copying one is a load, where making a String from a
/// scalar costs a few hundred instructions (the 200-cell line budget is 20 µs).
enum GlyphStrings {
    private static let low: [String] = (0..<0x700).map { Unicode.Scalar($0).map(String.init) ?? "" }
    private static let presentationForms: [String] = (0xFB50..<0xFF00).map { Unicode.Scalar($0).map(String.init) ?? "" }

    static func string(for scalar: Unicode.Scalar) -> String {
        let value = Int(scalar.value)
        if value < 0x700 { return low[value] }
        if value >= 0xFB50 && value < 0xFF00 { return presentationForms[value - 0xFB50] }
        return String(scalar)
    }
}
