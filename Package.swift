// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Loket",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "loket", targets: ["loket"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Pure domain: catalog model, time limits, working calendar, deadlines. No I/O.
        .target(name: "LoketCore"),
        // Decree text → catalog (pure parsing; the caller reads the file).
        .target(name: "LoketImporter", dependencies: ["LoketCore"]),
        // The shipped seed data (decrees, holiday calendar) as package resources.
        .target(
            name: "LoketSeed",
            path: "seed",
            exclude: ["README.md"],
            sources: ["SeedFiles.swift"],
            resources: [.copy("decrees"), .copy("calendar")]
        ),
        // SQLite through GRDB: schema migrations, records, queries.
        .target(
            name: "LoketStore",
            dependencies: [
                "LoketCore", "LoketImporter", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the monthly report's one hot loop (StoredInstant).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The system ncurses (wide-character build); only LoketTerminal uses it.
        // Headers from /usr/include/ncursesw, libraries named in the module map (no pkg-config: its
        // -D flags are refused by SwiftPM with a warning on every build).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // What the command line and the full-screen interface say the same way: status words, dates,
        // deadline reasoning, history lines, the receipt, urgency, display width. Pure.
        .target(name: "LoketPresentation", dependencies: ["LoketCore"]),
        // The full-screen interface as values: state + key -> state, view -> in-memory screen. No I/O;
        // it reaches the data through its own protocol (CounterData).
        .target(name: "LoketTUI", dependencies: ["LoketCore", "LoketPresentation"]),
        // The TUI's data protocol served by the store.
        .target(name: "LoketTUIStore", dependencies: ["LoketTUI", "LoketStore", "LoketPresentation", "LoketCore"]),
        // The ncurses backend: copies LoketTUI's screen to the terminal, decodes keys, restores on exit.
        .target(name: "LoketTerminal", dependencies: ["LoketTUI", "CNcursesw"]),
        // The thin command-line layer.
        .executableTarget(
            name: "loket",
            dependencies: [
                "LoketCore", "LoketImporter", "LoketStore", "LoketSeed", "LoketPresentation", "LoketTUI",
                "LoketTUIStore", "LoketTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LoketCoreTests", dependencies: ["LoketCore"]),
        .testTarget(
            name: "LoketImporterTests", dependencies: ["LoketImporter", "LoketCore", "LoketSeed"],
            exclude: ["Golden"]),
        .testTarget(name: "LoketStoreTests", dependencies: ["LoketStore", "LoketImporter", "LoketCore", "LoketSeed"]),
        .testTarget(name: "LoketPresentationTests", dependencies: ["LoketPresentation", "LoketCore"]),
        .testTarget(
            name: "LoketTUITests",
            dependencies: ["LoketTUI", "LoketPresentation", "LoketCore", "LoketImporter", "LoketSeed"]),
        .testTarget(
            name: "LoketTUIStoreTests",
            dependencies: ["LoketTUIStore", "LoketTUI", "LoketStore", "LoketCore", "LoketImporter", "LoketSeed"]),
    ]
)
