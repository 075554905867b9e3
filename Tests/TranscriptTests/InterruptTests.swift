import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C (a real SIGINT) sent to a running `timeline`: a script stops with status 130,
/// and a file being exported is either the old one or the whole new one, with no
/// temporary file left behind.
struct InterruptTests {
    /// Starts `timeline` with `arguments` in `folder`; standard output is thrown away.
    static func start(_ arguments: [String], in folder: URL, stdin: Pipe? = nil) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = TranscriptRun.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = stdin ?? FileHandle.nullDevice
        try process.run()
        return (process, err)
    }

    static func finish(_ process: Process, _ err: Pipe) -> String {
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return message
    }

    static func temporaryFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
    }

    /// A script of `count` exports onto one file: busy for seconds, writing all the time.
    static func exportLoop(in folder: URL, count: Int = 20_000) throws {
        let script = String(repeating: "export json to out.json --force\n", count: count)
        try script.write(to: folder.appendingPathComponent("loop.tl"), atomically: true, encoding: .utf8)
        try "old contents\n".write(to: folder.appendingPathComponent("out.json"), atomically: true, encoding: .utf8)
    }

    @Test func ctrlCStopsABusyScriptWithStatus130AndNoPartialFile() throws {
        let dir = try FileCommandTests.scratch()
        try Self.exportLoop(in: dir)
        let (process, err) = try Self.start(["-f", "loop.tl"], in: dir)
        Thread.sleep(forTimeInterval: 1.0)
        #expect(process.isRunning, "the script should still be busy")
        process.interrupt()
        let message = Self.finish(process, err)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message == "interrupted\n")
        #expect(try Self.temporaryFiles(in: dir).isEmpty)
        // The file is the old one or a whole export, never a part of one.
        let count = try TranscriptRun.run(arguments: ["--data", "out.json", "-c", "count"], in: dir)
        #expect(count == "20 events\n" || FileCommandTests.text("out.json", in: dir) == "old contents\n", "\(count)")
    }

    @Test func ctrlCDuringARunFromDashCAlsoExits130() throws {
        let dir = try FileCommandTests.scratch()
        try Self.exportLoop(in: dir)
        let (process, err) = try Self.start(["-c", "run loop.tl", "-c", "count"], in: dir)
        Thread.sleep(forTimeInterval: 1.0)
        process.interrupt()
        let message = Self.finish(process, err)
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message == "interrupted\n", "the -c after the interrupted one does not run")
        #expect(try Self.temporaryFiles(in: dir).isEmpty)
    }

    @Test func ctrlCWhileAScriptWaitsForInputStopsBeforeTheNextLine() throws {
        let dir = try FileCommandTests.scratch()
        let input = Pipe()
        let (process, err) = try Self.start([], in: dir, stdin: input)
        Thread.sleep(forTimeInterval: 0.5)
        process.interrupt()
        Thread.sleep(forTimeInterval: 0.2)
        input.fileHandleForWriting.write(Data("export json to never.json\n".utf8))
        try input.fileHandleForWriting.close()
        let message = Self.finish(process, err)
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message == "interrupted\n")
        #expect(FileCommandTests.text("never.json", in: dir) == nil, "the line after Ctrl-C must not run")
    }

    @Test func aThirdUnansweredCtrlCEndsAProcessThatDoesNotPoll() throws {
        let dir = try FileCommandTests.scratch()
        // Blocked reading standard input, which nothing writes: no loop polls the flag.
        let input = Pipe()
        let (process, err) = try Self.start([], in: dir, stdin: input)
        Thread.sleep(forTimeInterval: 0.5)
        for _ in 0..<3 {
            process.interrupt()
            Thread.sleep(forTimeInterval: 0.1)
        }
        let message = Self.finish(process, err)
        #expect(process.terminationStatus == 130, "\(message)")
        #expect(message == "\ninterrupted\n")
        try? input.fileHandleForWriting.close()
    }
}
