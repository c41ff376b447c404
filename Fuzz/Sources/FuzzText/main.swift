import FuzzCommon
import RTLText

/// libFuzzer entry for the text engine: arbitrary bytes (invalid UTF-8, escape sequences, bidi
/// controls) through sanitising, bidi, shaping, wrapping and truncation. Checks the invariants
/// the renderer relies on: no row wider than asked, no control character left in a glyph.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let width = Int(data[0] % 64)
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    for options in [TextOptions(), TextOptions(shaping: false, digits: .arabic), TextOptions(bidi: .terminal)] {
        let engine = TextEngine(options: options)
        for base in [BaseDirection.rtl, .ltr, .auto] {
            for row in engine.wrap(text, width: width, base: base) {
                precondition(row.width <= max(width, 0), "wrapped row wider than \(width)")
                checkClean(row)
            }
            let fitted = engine.fit(text, width: width, base: base)
            precondition(fitted.width <= width, "fitted row wider than \(width)")
            checkClean(fitted)
        }
    }
    return 0
}

private func checkClean(_ line: VisualLine) {
    for glyph in line.glyphs {
        for scalar in glyph.text.unicodeScalars {
            let v = scalar.value
            precondition(!(v < 0x20 || (0x7F...0x9F).contains(v)), "control U+\(String(v, radix: 16)) reached a glyph")
        }
    }
}

@_cdecl("FuzzText_main")
public func fuzzTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, entry: fuzzText)
}
