/// The paragraph direction to lay text out in.
public enum BaseDirection: Sendable, Hashable {
    case ltr, rtl
    /// The first strong character decides; RTL when there is none (FriBidi's WRTL).
    case auto
}

/// How numbers are written on screen: `2015` or `٢٠١٥`.
public enum DigitStyle: String, Sendable, Hashable, CaseIterable { case western, arabic }

/// Who reorders: the app (default, right on every terminal) or the terminal (`--bidi=terminal`,
/// text is sent in logical order for terminals that run the Bidi Algorithm themselves).
public enum BidiMode: String, Sendable, Hashable, CaseIterable { case app, terminal }

/// Options that change what a string looks like on screen.
public struct TextOptions: Sendable, Hashable {
    /// Arabic presentation forms and the lam-alef ligature, made by the app (`--arabic-shaping=off`).
    public var shaping: Bool
    public var digits: DigitStyle
    public var bidi: BidiMode
    /// Only ASCII reaches the screen (`--ascii`): text goes through `AsciiFallback` ("é" "e",
    /// "–" "-", Arabic "?") and cut text ends in "..." instead of "…".
    public var ascii: Bool

    public init(shaping: Bool = true, digits: DigitStyle = .western, bidi: BidiMode = .app, ascii: Bool = false) {
        self.shaping = shaping; self.digits = digits; self.bidi = bidi; self.ascii = ascii
    }
}
