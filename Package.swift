// swift-tools-version:6.0
// Tahaluf (تحالف): an Arabic-first, right-to-left terminal browser of the Global Coalition data set.
import PackageDescription

let package = Package(
    name: "Tahaluf",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tahaluf", targets: ["tahaluf"]),
        .executable(name: "tahaluf-bench", targets: ["tahaluf-bench"]),
        // For the fuzzing package in Fuzz/ (as swift-protobuf's FuzzTesting uses its library).
        .library(name: "CoalitionStore", targets: ["CoalitionStore"]),
        .library(name: "RTLText", targets: ["RTLText"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries, wrapped by a shim header (macros and globals become static inline functions).
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw",
                       providers: [.apt(["libncursesw5-dev"])]),
        .systemLibrary(name: "CFriBidi", pkgConfig: "fribidi",
                       providers: [.apt(["libfribidi-dev"])]),

        // Pure modules: no terminal I/O.
        .target(name: "SharedValues"),
        .target(name: "CoalitionStore", dependencies: ["SharedValues"]),
        .target(name: "RTLText", dependencies: ["CFriBidi", "SharedValues"]),
        .target(name: "TerminalUI", dependencies: ["RTLText"]),
        .target(name: "TahalufApp", dependencies: ["CoalitionStore", "RTLText", "TerminalUI", "SharedValues"]),

        // Synthetic data sets and a dataset writer, for the tests and the benchmarks (not the app).
        .target(name: "TahalufTestSupport", dependencies: ["CoalitionStore"]),

        // The only module that calls ncurses.
        .target(name: "NCursesDriver", dependencies: ["CNCursesW", "TerminalUI", "SharedValues"]),

        .executableTarget(name: "tahaluf", dependencies: [
            "CoalitionStore", "RTLText", "TerminalUI", "TahalufApp", "NCursesDriver", "SharedValues",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "tahaluf-bench", dependencies: [
            "CoalitionStore", "RTLText", "TerminalUI", "TahalufApp", "TahalufTestSupport",
        ]),

        .testTarget(name: "SharedValuesTests", dependencies: ["SharedValues"]),
        .testTarget(name: "CoalitionStoreTests", dependencies: ["CoalitionStore", "TahalufTestSupport"]),
        .testTarget(name: "RTLTextTests", dependencies: ["RTLText", "SharedValues", "TahalufTestSupport"], exclude: ["Differential"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "RTLText", "TahalufTestSupport"]),
        .testTarget(name: "TahalufAppTests", dependencies: ["TahalufApp", "CoalitionStore", "TerminalUI", "RTLText", "TahalufTestSupport"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "NCursesDriverTests", dependencies: ["NCursesDriver", "CNCursesW", "TerminalUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RTLText"]),
    ],
    swiftLanguageModes: [.v6]
)

// Existential types are written `any P` everywhere (the compiler says where one is not).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny")]
}

