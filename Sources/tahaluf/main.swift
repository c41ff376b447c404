// tahaluf: the executable. Thin: parse the command line, load data, hand over to TahalufApp.
Tahaluf.main()
