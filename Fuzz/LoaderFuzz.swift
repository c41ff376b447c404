#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer entry for the data loader: the bytes are parsed as JSON, then loaded as a whole-store
/// export (parser, decoding and validation). Any input must end in a store or a `DataLoadError`,
/// never a crash. Built and run by `make fuzz` (scripts/fuzz.sh), not in CI.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? JSONParser.parse(bytes)
    let path = "/tmp/tahaluf-fuzz-\(getpid()).json"
    guard let file = fopen(path, "wb") else { return 0 }
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
    fclose(file)
    if let dataset = try? DatasetLoader.load(exportFile: path) {
        _ = Store(dataset: dataset).search("مراكش")
    }
    return 0
}
