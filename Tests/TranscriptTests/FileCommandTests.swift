import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

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

/// Two `timeline` processes saving one file: the on-disk check and the rename happen under
/// an flock, so the second sees the first's version and is refused; nothing saved is lost.
struct ConcurrentSaveTests {
    @Test func saveWaitsForAnotherSaversLockAndThenSeesItsVersion() throws {
        let dir = try FileCommandTests.scratch()
        _ = try FileCommandTests.run(["-c", "save mine.json"], in: dir)
        let path = dir.appendingPathComponent("mine.json").path
        // This test plays the first saver: it holds the lock, as a `timeline` in the middle of a save does.
        let held = open(path, O_RDWR)
        #expect(flock(held, LOCK_EX) == 0)
        let process = Process()
        process.executableURL = TranscriptRun.binary
        process.arguments = ["--data", "mine.json", "-c", "note newsclips-video \"second\"", "-c", "save"]
        process.currentDirectoryURL = dir
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        #expect(process.isRunning, "save must wait while another save holds the file")
        // The first saver's new version goes in by rename, then it lets go.
        let first = try FileCommandTests.run(["--data", "mine.json", "-c", "export json kind:tally"], in: dir)
        try first.write(toFile: path + ".new", atomically: false, encoding: .utf8)
        #expect(rename(path + ".new", path) == 0)
        close(held)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("error: mine.json changed on disk since it was loaded"), "\(message)")
        #expect(message.contains("save --force overwrites it"), "\(message)")
        #expect(FileCommandTests.text("mine.json", in: dir) == first, "the first saver's version is kept")
    }

    @Test func concurrentSavesNeverLoseASavedNote() throws {
        let dir = try FileCommandTests.scratch()
        _ = try FileCommandTests.run(["-c", "save mine.json"], in: dir)
        for round in 0..<3 {
            let savers = (0..<4).map { index in
                let process = Process()
                process.executableURL = TranscriptRun.binary
                process.arguments = [
                    "--data", "mine.json", "-c", "note newsclips-video \"saver \(round)-\(index)\"", "-c", "save",
                ]
                process.currentDirectoryURL = dir
                process.standardOutput = Pipe()
                process.standardError = FileHandle.nullDevice
                return process
            }
            for saver in savers { try saver.run() }
            var saved: [String] = []
            for (index, saver) in savers.enumerated() {
                let out = (saver.standardOutput as? Pipe)?.fileHandleForReading.readDataToEndOfFile() ?? Data()
                saver.waitUntilExit()
                if String(decoding: out, as: UTF8.self).contains("saved ") { saved.append("saver \(round)-\(index)") }
            }
            #expect(!saved.isEmpty, "at least one save goes through")
            let shown = try FileCommandTests.run(["--data", "mine.json", "-c", "show newsclips-video"], in: dir)
            for note in saved { #expect(shown.contains(note), "\(note) said it saved, but its note is gone") }
        }
    }
}
