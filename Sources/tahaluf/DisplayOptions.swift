import ArgumentParser
import CoalitionStore
import RTLText
import TahalufApp
import TerminalUI

extension Language: ExpressibleByArgument {}
extension DigitStyle: ExpressibleByArgument {}
extension BidiMode: ExpressibleByArgument {}
extension MonthStyle: ExpressibleByArgument {}
extension ThemeVariant: ExpressibleByArgument {}

/// `on` or `off`, for switches that default to on (`--arabic-shaping off`).
enum Switch: String, ExpressibleByArgument, CaseIterable {
    case on, off
}

/// How text is shown: shared by `browse` and `dump`.
struct DisplayOptions: ParsableArguments {
    @Option(help: "Interface language: ar (right to left, default) or en.")
    var lang: Language = AppConfig().language

    @Option(help: "Digits: western (2015) or arabic (٢٠١٥).")
    var digits: DigitStyle = AppConfig().text.digits

    @Option(name: .customLong("arabic-shaping"),
            help: "Arabic letter forms made by tahaluf (on) or left to the terminal (off).")
    var arabicShaping: Switch = AppConfig().text.shaping ? .on : .off

    @Option(help: "Who reorders right-to-left text: app (default, right on every terminal) or terminal.")
    var bidi: BidiMode = AppConfig().text.bidi

    @Option(help: "Arabic month names: levant (تشرين الأول) or gulf (أكتوبر).")
    var months: MonthStyle = AppConfig().months

    @Flag(help: "ASCII borders and English text, for terminals without UTF-8 (automatic when the locale is not UTF-8).")
    var ascii = AppConfig().ascii

    func config(mouse: Bool = true, kiosk: KioskConfig? = nil) -> AppConfig {
        AppConfig(language: lang, months: months,
                  text: TextOptions(shaping: arabicShaping == .on, digits: digits, bidi: bidi),
                  ascii: ascii, mouse: mouse, kiosk: kiosk)
    }
}
