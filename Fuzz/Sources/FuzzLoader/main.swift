#if canImport(Glibc)
import Glibc
#endif
import CoalitionStore
import FuzzCommon

/// libFuzzer entry for the data loader: the bytes are loaded as a whole-store export (parser,
/// decoding and validation). Any input must end in a store or a `DataLoadError`, never a crash.
/// Built and run by `make fuzz` (scripts/fuzz.sh), not in CI.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let path = "/tmp/tahaluf-fuzz-\(getpid()).json"
    guard let file = fopen(path, "wb") else { return 0 }
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
    if let dataset = try? DatasetLoader.load(exportFile: path) {
        _ = Store(dataset: dataset).search("مراكش")
    }
    return 0
}

@_cdecl("FuzzLoader_main")
public func fuzzLoaderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv, entry: fuzzLoader)
}
