import CoalitionStore
import RTLText

/// Choices made on the command line that shape the whole UI.
package struct AppConfig: Sendable, Hashable {
    package var language: Language
    package var months: MonthStyle
    /// Shaping, digits and who reorders.
    package var text: TextOptions
    /// ASCII borders and English text for terminals without UTF-8 (`--ascii`, or `LANG=C`).
    package var ascii: Bool
    package var mouse: Bool
    package var kiosk: KioskConfig?
    /// For slow links (`--low-bandwidth`, or `TAHALUF_LOW_BANDWIDTH=1`): a cursor move changes as
    /// few cells as possible. The selection is a marker in a one-cell gutter instead of a restyled
    /// row, and the grid's detail strip shows the last record opened with Enter instead of
    /// following the selection.
    package var lowBandwidth: Bool

    package init(language: Language = .ar, months: MonthStyle = .levant, text: TextOptions = TextOptions(),
                ascii: Bool = false, mouse: Bool = true, kiosk: KioskConfig? = nil, lowBandwidth: Bool = false) {
        self.language = language; self.months = months; self.text = text
        self.ascii = ascii; self.mouse = mouse; self.kiosk = kiosk; self.lowBandwidth = lowBandwidth
    }
}

/// Arabic month names: the Levantine (تشرين الأول) or the Gulf/Egyptian (أكتوبر) series. The
/// seeds mix both; the user picks one with `--months`.
package enum MonthStyle: String, Sendable, Hashable, CaseIterable { case levant, gulf }

/// Public-terminal behaviour (`--kiosk`).
package struct KioskConfig: Sendable, Hashable {
    /// Seconds without input before returning home and starting the attract loop.
    package var idleSeconds: Int
    /// A key that exits the kiosk (`--exit-key`), off by default.
    package var exitKey: String?
    package init(idleSeconds: Int = 120, exitKey: String? = nil) {
        self.idleSeconds = idleSeconds; self.exitKey = exitKey
    }
}
