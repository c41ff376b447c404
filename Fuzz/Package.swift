// swift-tools-version:6.0
// The fuzz targets as a package of their own, built on the main package's libraries (the layout
// of swift-protobuf's FuzzTesting). `make fuzz` (scripts/fuzz.sh) builds them with
// `-sanitize=fuzzer,address` and runs each; not part of CI.
import PackageDescription

let package = Package(
    name: "TahalufFuzz",
    dependencies: [
        .package(name: "Tahaluf", path: ".."),
    ],
    targets: [
        .target(name: "FuzzCommon"),
        .executableTarget(name: "FuzzLoader", dependencies: ["FuzzCommon", .product(name: "CoalitionStore", package: "Tahaluf")]),
        .executableTarget(name: "FuzzText", dependencies: ["FuzzCommon", .product(name: "RTLText", package: "Tahaluf")]),
    ],
    swiftLanguageModes: [.v6]
)
