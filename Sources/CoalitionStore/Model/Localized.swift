/// Text that exists in both UI languages. Every record carries Arabic and English.
///
/// ```json
/// {"ar": "مراكش", "en": "Marrakesh"}
/// ```
public struct Localized: Codable, Hashable, Sendable {
    public var ar: String
    public var en: String

    public init(ar: String, en: String) {
        self.ar = ar
        self.en = en
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        language == .ar ? ar : en
    }
}

/// The two UI languages. Arabic is the default and lays out right to left.
public enum Language: String, Codable, Hashable, Sendable, CaseIterable {
    case ar, en
}
