// tahaluf: the executable. Thin: parse the command line, load data, hand over to TahalufApp.
// `tahaluf` alone, the usual start, has nothing to parse (see `Browser`).
if CommandLine.arguments.count == 1 { Browser.runWithDefaults() }
Tahaluf.main()
