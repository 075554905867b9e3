import Foundation

/// Runs the built `timeline` on one transcript script and formats what it did.
enum TranscriptRun {
    /// The `timeline` binary next to this test bundle, or the one `TIMELINE_BINARY` names (so that
    /// `make test` also runs the transcripts against the static release binary users install).
    static var binary: URL {
        if let path = overridingBinary { return URL(fileURLWithPath: path) }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // On Linux the test runner sits in the products folder; walk up if it is inside a bundle.
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: dir.appendingPathComponent("timeline").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("timeline")
    }

    /// The path in `TIMELINE_BINARY`, when set and not empty.
    static var overridingBinary: String? {
        ProcessInfo.processInfo.environment["TIMELINE_BINARY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `stdout`, then `--- stderr` and its text when not empty, then `--- exit N` when not zero.
    static func run(script name: String, in folder: URL) throws -> String {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        var arguments = ["-f", name]
        if let first = text.split(separator: "\n", maxSplits: 1).first, first.hasPrefix("# args:") {
            arguments = first.dropFirst("# args:".count).split(separator: " ").map(String.init) + arguments
        }
        return try run(arguments: arguments, in: folder)
    }

    /// Runs `timeline` with `arguments` (and `stdin` as its standard input, `extra` added to its
    /// environment) and formats what it did.
    static func run(
        arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:], in folder: URL
    ) throws -> String {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        // 2025-02-05T00:00:00Z: exports carry a time stamp, which must not change run to run.
        environment["SOURCE_DATE_EPOCH"] = "1738713600"
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var result = String(decoding: stdout, as: UTF8.self)
        if !stderr.isEmpty { result += "--- stderr\n" + String(decoding: stderr, as: UTF8.self) }
        if process.terminationStatus != 0 { result += "--- exit \(process.terminationStatus)\n" }
        return result
    }

    /// The first differing line, with context, for a readable failure.
    static func diff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) where i >= e.count || i >= a.count || e[i] != a[i] {
            let want = i < e.count ? String(e[i]) : "<end>"
            let got = i < a.count ? String(a[i]) : "<end>"
            return "line \(i + 1):\n  expected: \(want)\n  actual:   \(got)\n--- actual output ---\n\(actual)"
        }
        return "(same lines, different bytes)"
    }
}
