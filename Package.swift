// swift-tools-version:6.0
import PackageDescription

/// One libFuzzer target per input language (docs/robustness.md, "Fuzzing").
let fuzzTargets: [(product: String, folder: String, dependencies: [Target.Dependency])] = [
    ("fuzz-parser", "Parser", ["FuzzSupport", "TimelineCore", "TimelineCommands", "BuiltinData"]),
    ("fuzz-edtf", "EDTF", ["FuzzSupport", "TimelineCore"]),
    ("fuzz-json", "JSON", ["FuzzSupport", "TimelineCore"]),
    ("fuzz-csv", "CSV", ["FuzzSupport", "TimelineCore"]),
    ("fuzz-timelinejs", "TimelineJS", ["FuzzSupport", "TimelineCore"]),
]

let package = Package(
    name: "timeline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "timeline", targets: ["timeline"]),
        .library(name: "TimelineCore", targets: ["TimelineCore"]),
    ] + fuzzTargets.map { .executable(name: $0.product, targets: [$0.product]) },
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // Model, fuzzy dates, store, filters, JSON, diagnostics. Knows nothing of terminals.
        .target(name: "TimelineCore", dependencies: ["CInterrupt"]),
        // Ctrl-C: the process's SIGINT handler and flag, in C so the handler is async-signal-safe.
        .target(name: "CInterrupt"),
        // The built-in timeline, embedded from data/timeline.json (a symlink, not a copy).
        .target(name: "BuiltinData", resources: [.embedInCode("timeline.json")]),
        // Lexer → Parser → Command → Session → Result → Renderer.
        .target(name: "TimelineCommands", dependencies: ["TimelineCore", "CInterrupt"]),
        // libedit (BSD editline), with typed wrappers for its variadic calls.
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        // Line input behind a small seam; knows nothing of timelines.
        .target(name: "LineEditor", dependencies: ["CEditLine", "CInterrupt"]),
        .executableTarget(
            name: "timeline",
            dependencies: [
                "TimelineCore", "TimelineCommands", "LineEditor", "BuiltinData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The live-session benchmarks (W2, W3 of docs/performance.md), run by bench/bench.py.
        .executableTarget(name: "timeline-bench", dependencies: ["TimelineCore", "TimelineCommands"]),
        .testTarget(name: "TimelineCoreTests", dependencies: ["TimelineCore", "BuiltinData"]),
        .testTarget(name: "TimelineCommandsTests", dependencies: ["TimelineCommands", "BuiltinData"]),
        .testTarget(name: "TranscriptTests", dependencies: ["timeline"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
        // libFuzzer targets (`make fuzz`); without -DFUZZING each replays the files it is given.
        .target(name: "FuzzSupport", dependencies: ["TimelineCore"], path: "Sources/Fuzz/Support"),
    ]
        + fuzzTargets.map {
            .executableTarget(name: $0.product, dependencies: $0.dependencies, path: "Sources/Fuzz/\($0.folder)")
        }
)
