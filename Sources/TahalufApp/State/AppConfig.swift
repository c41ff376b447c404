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
    /// For slow links (`--low-bandwidth`, or `TAHALUF_LOW_BANDWIDTH=1`): a cursor move changes as
    /// few cells as possible. The selection is a marker in a one-cell gutter instead of a restyled
    /// row, and the grid's detail strip shows the last record opened with Enter instead of
    /// following the selection.
    public var lowBandwidth: Bool

    public init(language: Language = .ar, months: MonthStyle = .levant, text: TextOptions = TextOptions(),
                ascii: Bool = false, mouse: Bool = true, kiosk: KioskConfig? = nil, lowBandwidth: Bool = false) {
        self.language = language; self.months = months; self.text = text
        self.ascii = ascii; self.mouse = mouse; self.kiosk = kiosk; self.lowBandwidth = lowBandwidth
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
