// tahaluf: the executable. Thin: parse the command line, load data, hand over to TahalufApp.
// `tahaluf` alone, the usual start, has nothing to parse (see `Browser`).
import NCursesDriver

// A kiosk must not be stopped by Ctrl-C in the milliseconds before raw mode (hardening, issue 15).
if CommandLine.arguments.contains("--kiosk") { EarlySignals.ignoreInterruptKeys() }
if CommandLine.arguments.count == 1 { Browser.runWithDefaults() }
Tahaluf.main()
