import Foundation
import Testing

/// Ctrl-C (a real SIGINT) while a big file loads: at start the program stops with
/// status 130; a `load` command stops and the session is left as it was (here a
/// script, so it too ends with 130, and nothing after it runs).
///
/// The Ctrl-C tests need a load that lasts over a second: the debug build's load of ~8.6 MB.
/// A release binary given in `TIMELINE_BINARY` loads it in ~10 ms, so they run only on the
/// debug build (which `make test` runs them on).
struct LoadInterruptTests {
    static let loadIsSlow = TranscriptRun.overridingBinary == nil

    /// A valid timeline of `count` events with long summaries: ~8.6 MB for 26,000, which
    /// a debug build takes seconds to load (the load reports progress past 8 MB).
    static func bigFile(in folder: URL, events count: Int = 26_000) throws {
        let summary = String(repeating: "word ", count: 50)
        var text = #"{"schemaVersion": 1, "title": "big", "sources": [{"id": "s", "name": "S", "kind": "newspaper"}], "#
        text += "\"events\": [\n"
        text += (0..<count).map { i in
            #"{"id": "e\#(i)", "date": "2025-01-01", "kind": "tally", "title": "A tally", "summary": "\#(summary)", "sources": ["s"]}"#
        }.joined(separator: ",\n")
        text += "\n]}\n"
        try text.write(to: folder.appendingPathComponent("big.json"), atomically: true, encoding: .utf8)
    }

    @Test(.enabled(if: loadIsSlow, "needs the debug build's slow load; TIMELINE_BINARY names another binary"))
    func ctrlCWhileLoadingAtStartExits130() throws {
        let dir = try FileCommandTests.scratch()
        try Self.bigFile(in: dir)
        let (process, err) = try InterruptTests.start(["--data", "big.json", "-c", "count"], in: dir)
        Thread.sleep(forTimeInterval: 1.0)
        #expect(process.isRunning, "the load should still be running")
        process.interrupt()
        let message = InterruptTests.finish(process, err)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message == "interrupted\n")
    }

    @Test(.enabled(if: loadIsSlow, "needs the debug build's slow load; TIMELINE_BINARY names another binary"))
    func ctrlCDuringALoadCommandStopsIt() throws {
        let dir = try FileCommandTests.scratch()
        try Self.bigFile(in: dir)
        let (process, err) = try InterruptTests.start(["-c", "load big.json", "-c", "count"], in: dir)
        Thread.sleep(forTimeInterval: 1.0)
        #expect(process.isRunning, "the load should still be running")
        process.interrupt()
        let message = InterruptTests.finish(process, err)
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message == "interrupted\n", "the count after the interrupted load does not run")
    }

    /// The same file loads whole when nobody presses Ctrl-C.
    @Test func theBigFileLoads() throws {
        let dir = try FileCommandTests.scratch()
        try Self.bigFile(in: dir)
        #expect(try TranscriptRun.run(arguments: ["--data", "big.json", "-c", "count"], in: dir) == "26000 events\n")
    }
}
