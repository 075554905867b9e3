import Foundation
import Testing

/// File commands end to end in a scratch directory: exports and saves are
/// atomic, never replace a file without --force, and notice changes on disk.
struct FileCommandTests {
    /// A fresh directory for one test.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: [String], in folder: URL) throws -> String {
        try TranscriptRun.run(arguments: arguments, in: folder)
    }

    static func text(_ name: String, in folder: URL) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func exportWritesAFileAndRefusesToReplaceItWithoutForce() throws {
        let dir = try Self.scratch()
        let first = try Self.run(["-c", "export json kind:tally to slice.json"], in: dir)
        #expect(first.hasPrefix("wrote 2 events to slice.json (json, "), "\(first)")
        let written = try #require(Self.text("slice.json", in: dir))
        let again = try Self.run(["-c", "export csv to slice.json"], in: dir)
        #expect(again.contains("error: 'slice.json' exists; add --force to replace it"), "\(again)")
        #expect(again.hasSuffix("--- exit 1\n"))
        #expect(Self.text("slice.json", in: dir) == written, "a refused export leaves the file as it was")
        let forced = try Self.run(["-c", "export csv to slice.json --force"], in: dir)
        #expect(forced.hasPrefix("wrote 20 events to slice.json (csv, "), "\(forced)")
    }

    @Test func anExportedSliceLoadsBackToTheSameEvents() throws {
        let dir = try Self.scratch()
        _ = try Self.run(["-c", "export json to all.json"], in: dir)
        let listed = try Self.run(["-c", "list"], in: dir)
        let reloaded = try Self.run(["--data", "all.json", "-c", "list"], in: dir)
        #expect(reloaded == listed)
        let shown = try Self.run(["-c", "show nbc-sunday-tally-data"], in: dir)
        #expect(try Self.run(["--data", "all.json", "-c", "show nbc-sunday-tally-data"], in: dir) == shown)
    }

    @Test func theBuiltInTimelineIsNeverSavedInPlace() throws {
        let dir = try Self.scratch()
        let out = try Self.run(["-c", "save"], in: dir)
        #expect(out.contains("error: the built-in timeline is never modified in place: save PATH"), "\(out)")
    }

    @Test func saveNoticesChangesMadeOnDiskAndSaysWhatChanged() throws {
        let dir = try Self.scratch()
        _ = try Self.run(["-c", "save mine.json"], in: dir)
        // While this session holds mine.json, the file is rewritten behind its back
        // (here by an export onto it), then the session tries to save.
        let out = try Self.run(
            [
                "--data", "mine.json", "--keep-going", "-c", "note newsclips-video \"seen\"",
                "-c", "export json kind:tally to mine.json --force", "-c", "save", "-c", "save --force",
            ], in: dir)
        #expect(out.contains("error: mine.json changed on disk since it was loaded"), "\(out)")
        #expect(out.contains("note: on disk: 18 removed ("), "\(out)")
        #expect(out.contains("saved 20 events to mine.json"), "\(out)")
        let reloaded = try Self.run(["--data", "mine.json", "-c", "count"], in: dir)
        #expect(reloaded == "20 events\n")
    }

    @Test func aWriteThatFailsPartWayLeavesTheOldFileIntact() throws {
        let dir = try Self.scratch()
        try "old contents\n".write(to: dir.appendingPathComponent("out.json"), atomically: true, encoding: .utf8)
        // A 1 KiB file-size limit: the export (about 40 KB) fails part-way through its write.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "ulimit -f 1; exec \"$0\" -c 'export json to out.json --force'", TranscriptRun.binary.path,
        ]
        process.currentDirectoryURL = dir
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("cannot write 'out.json': File too large"), "\(message)")
        #expect(Self.text("out.json", in: dir) == "old contents\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }
}
