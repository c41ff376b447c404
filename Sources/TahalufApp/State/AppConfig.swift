import CoalitionStore
import RTLText

/// Choices made on the command line that shape the whole UI.
public struct AppConfig: Sendable, Hashable {
    public var language: Language
    public var months: MonthStyle
    /// Shaping, digits and who reorders.
    public var text: TextOptions
    /// ASCII borders and English text for terminals without UTF-8 (`--ascii`, or `LANG=C`).
    public var ascii: Bool
    public var mouse: Bool
    public var kiosk: KioskConfig?

    public init(language: Language = .ar, months: MonthStyle = .levant, text: TextOptions = TextOptions(),
                ascii: Bool = false, mouse: Bool = true, kiosk: KioskConfig? = nil) {
        self.language = language; self.months = months; self.text = text
        self.ascii = ascii; self.mouse = mouse; self.kiosk = kiosk
    }
}

/// Arabic month names: the Levantine (تشرين الأول) or the Gulf/Egyptian (أكتوبر) series. The
/// seeds mix both; the user picks one with `--months`.
public enum MonthStyle: String, Sendable, Hashable, CaseIterable { case levant, gulf }

/// Public-terminal behaviour (`--kiosk`).
public struct KioskConfig: Sendable, Hashable {
    /// Seconds without input before returning home and starting the attract loop.
    public var idleSeconds: Int
    /// A key that exits the kiosk (`--exit-key`), off by default.
    public var exitKey: String?
    public init(idleSeconds: Int = 120, exitKey: String? = nil) {
        self.idleSeconds = idleSeconds; self.exitKey = exitKey
    }
}
