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
    private var text: [UInt8] = []
    private var width = 0
    private var logicalIndex = 0
    private var isOpen = false

    init(capacity: Int) {
        glyphs.reserveCapacity(capacity)
        text.reserveCapacity(16)
    }

    mutating func add(_ value: UInt32, width: UInt8, logicalIndex: Int) {
        if width == 0 {
            if isOpen { append(value); return }
            // Nothing to ride on: a mark gets a dotted circle, anything else invisible is dropped.
            guard Paragraph.isMark(value) else { return }
            open(0x25CC, width: 1, logicalIndex: logicalIndex)
            append(value)
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
        append(value)
    }

    private mutating func close() {
        guard isOpen else { return }
        glyphs.append(Glyph(text: String(decoding: text, as: UTF8.self), width: width, logicalIndex: logicalIndex))
        text.removeAll(keepingCapacity: true)
        isOpen = false
    }

    /// UTF-8 encodes one scalar value onto the open glyph's text.
    private mutating func append(_ value: UInt32) {
        switch value {
        case ..<0x80:
            text.append(UInt8(value))
        case ..<0x800:
            text.append(UInt8(0xC0 | value >> 6)); text.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            text.append(UInt8(0xE0 | value >> 12)); text.append(UInt8(0x80 | value >> 6 & 0x3F))
            text.append(UInt8(0x80 | value & 0x3F))
        default:
            text.append(UInt8(0xF0 | value >> 18)); text.append(UInt8(0x80 | value >> 12 & 0x3F))
            text.append(UInt8(0x80 | value >> 6 & 0x3F)); text.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
