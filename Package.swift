// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "CrampDiary",
    products: [
        .executable(name: "cramp", targets: ["CrampCLI"]),
        .executable(name: "cramp-bench", targets: ["CrampBench"]),
        .executable(name: "cramp-bench-spawn", targets: ["CrampBenchSpawn"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Test-only: generated inputs for the bad-input proofs.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The only door to SQLite: imported by DiaryStore alone.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // Domain values shared by every layer; no I/O beyond reading the clock and time zone.
        .target(name: "Diary"),
        .target(
            name: "DiaryStore",
            dependencies: ["Diary", "CSQLite"],
            resources: [
                // Compiled into the binary so a copied `cramp` still migrates (no resource bundle).
                .embedInCode("../../Migrations/0001_init.sql"),
                .embedInCode("../../Migrations/0002_kept_nights_and_open_stretches.sql"),
                .embedInCode("../../Migrations/0003_medicines_and_trials.sql"),
            ]
        ),
        // The use-case layer: one function per user action; validates, writes and journals in one transaction.
        .target(name: "DiaryActions", dependencies: ["Diary", "DiaryStore", "DiaryAnalytics"]),
        .target(name: "DiaryAnalytics", dependencies: ["Diary"]),
        .target(name: "DiaryExport", dependencies: ["Diary", "DiaryAnalytics"]),
        .executableTarget(
            name: "CrampCLI",
            dependencies: [
                "Diary", "DiaryActions", "DiaryStore", "DiaryAnalytics", "DiaryExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // One seeded random generator for the benchmark's diaries and the tests' generated cases; not in `cramp`.
        .target(name: "Seeded"),
        // The benchmark: generates synthetic diaries and times the built `cramp` against the sqlite3 CLI.
        .executableTarget(
            name: "CrampBench",
            dependencies: [
                "Diary", "DiaryStore", "DiaryAnalytics", "DiaryExport", "Seeded", "CrampBenchSpawn",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Spawn"]
        ),
        // A tiny C launcher: a child's ru_maxrss starts at its parent's resident size, so the process
        // that forks the measured command must be small for peak memory to mean anything.
        .executableTarget(name: "CrampBenchSpawn", path: "Sources/CrampBench/Spawn"),
        .testTarget(name: "DiaryTests", dependencies: ["Diary"]),
        .testTarget(
            name: "DiaryStoreTests",
            dependencies: ["DiaryStore", "Diary", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "DiaryActionsTests", dependencies: ["DiaryActions", "DiaryStore", "Diary"]),
        .testTarget(name: "DiaryAnalyticsTests", dependencies: ["DiaryAnalytics", "Diary", "Seeded", "TestSupport"]),
        // Helpers more than one test target needs (Python as an independent reader, the rule for proof lines).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DiaryExportTests", dependencies: ["DiaryExport", "DiaryAnalytics", "Diary", "TestSupport"]),
        // Runs the built `cramp` binary; depending on the executable makes `swift test` build it.
        .testTarget(
            name: "CrampEndToEndTests",
            dependencies: ["CrampCLI", "DiaryActions", "Seeded", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "CrampBenchTests",
            dependencies: [
                "CrampBench", "CrampCLI", "Diary", "DiaryStore", "DiaryExport", "Seeded",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
