// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Cronista",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Cronista", targets: ["Cronista"]),
        .library(name: "CronistaEvaluation", targets: ["CronistaEvaluation"]),
        .executable(name: "cronista", targets: ["cronista"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        // The command-line tool.
        .executableTarget(
            name: "cronista",
            dependencies: [
                "Cronista",
                "CronistaEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
    ]
)
