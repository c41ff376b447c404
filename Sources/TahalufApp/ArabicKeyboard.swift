/// Command keys typed with an Arabic keyboard layout: a researcher writing Arabic who presses
/// the key marked `q` sends "ض", not "q". Outside the search line those letters mean the Latin
/// key at the same place (the standard Arabic 101 layout), so the commands work without
/// switching layouts.
///
/// ```swift
/// ArabicKeyboard.latin(for: "ض")   // "q"
/// ArabicKeyboard.latin(for: "ب")   // "f"
/// ArabicKeyboard.latin(for: "ﻻ")   // "b"
/// ArabicKeyboard.latin(for: "x")   // nil
/// ```
enum ArabicKeyboard {
    static func latin(for character: Character) -> Character? { table[character] }

    private static let table: [Character: Character] = [
        "ض": "q", "ص": "w", "ث": "e", "ق": "r", "ف": "t", "غ": "y", "ع": "u", "ه": "i", "خ": "o", "ح": "p",
        "ج": "[", "د": "]", "ش": "a", "س": "s", "ي": "d", "ب": "f", "ل": "g", "ا": "h", "ت": "j", "ن": "k",
        "م": "l", "ك": ";", "ط": "'", "ئ": "z", "ء": "x", "ؤ": "c", "ر": "v", "ى": "n", "ة": "m",
        "و": ",", "ز": ".", "ظ": "/", "؟": "?",
        // The b key: one ligature scalar on X11's Arabic layout.
        "\u{FEFB}": "b",
    ]
}
