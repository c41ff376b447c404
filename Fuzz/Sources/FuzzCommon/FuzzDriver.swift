/// Starts libFuzzer on a fuzz target.
///
/// SwiftPM links every executable target with `--defsym main=<Target>_main` (so that tests can
/// link executables), and with `-parse-as-library` no such function is generated. Each target
/// therefore defines `<Target>_main` itself and hands its entry to libFuzzer's documented driver,
/// `LLVMFuzzerRunDriver`, which parses libFuzzer's flags and runs the loop exactly as libFuzzer's
/// own `main` would.
public typealias FuzzEntry = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ entry: FuzzEntry) -> CInt

public func runFuzzer(argc: CInt, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      entry: FuzzEntry) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, entry)
}
