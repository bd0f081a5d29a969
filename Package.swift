// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Cronista",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Cronista", targets: ["Cronista"]),
        .library(name: "CronistaEvaluation", targets: ["CronistaEvaluation"]),
        .library(name: "CronistaStore", targets: ["CronistaStore"]),
        .executable(name: "cronista", targets: ["cronista"]),
        .executable(name: "cronista-fuzz", targets: ["CronistaFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.9.0"..<"5.0.0"),
    ],
    targets: [
        // The pipeline: pure, no I/O except loading its own resources.
        .target(
            name: "Cronista",
            resources: [.copy("Resources")]
        ),
        // Scoring of analyses against gold annotations (spec/GOLD.md).
        .target(
            name: "CronistaEvaluation",
            dependencies: ["Cronista"]
        ),
        // The store: analyses of many articles, global actors, story events
        // and claims, behind one protocol; SQLite (GRDB) is the embedded default.
        .target(
            name: "CronistaStore",
            dependencies: [
                "Cronista",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The store on PostgreSQL (postgres-nio): the same tables and answers as
        // SQLite, for several ingest workers sharing one database.
        .target(
            name: "CronistaPostgres",
            dependencies: [
                "Cronista",
                "CronistaStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The analyst's interface: HTTP API and web pages over an EventStore.
        .target(
            name: "CronistaServer",
            dependencies: [
                "Cronista",
                "CronistaStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        // The command-line tool.
        .executableTarget(
            name: "cronista",
            dependencies: [
                "Cronista",
                "CronistaEvaluation",
                "CronistaStore",
                "CronistaPostgres",
                "CronistaServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The fuzzer over the readers and the pipeline: a libFuzzer target when built with
        // `swift build -c release --product cronista-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING`
        // (Scripts/fuzz-smoke), else a tool replaying saved inputs (docs/reliability.md).
        .executableTarget(
            name: "CronistaFuzz",
            dependencies: ["Cronista"]
        ),
        .testTarget(
            name: "CronistaTests",
            dependencies: ["Cronista", "CronistaEvaluation"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "CronistaCLITests",
            dependencies: ["Cronista"]
        ),
        .testTarget(
            name: "CronistaStoreTests",
            dependencies: ["Cronista", "CronistaStore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "CronistaPostgresTests",
            dependencies: ["Cronista", "CronistaStore", "CronistaPostgres"]
        ),
        .testTarget(
            name: "CronistaServerTests",
            dependencies: [
                "Cronista", "CronistaStore", "CronistaServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
