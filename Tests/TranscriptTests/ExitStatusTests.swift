import Foundation
import Testing

/// Every exit status docs/robustness.md promises, one case each (130, interrupted,
/// needs a real signal: see ``InterruptTests``).
struct ExitStatusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var stdin: String?
        var status: Int32
        var testDescription: String { "\(status): \(name)" }
    }

    static let cases: [Case] = [
        Case(name: "success", arguments: ["-c", "count"], status: 0),
        Case(name: "success, then quit", arguments: ["-c", "count", "-c", "quit", "-c", "lst"], status: 0),
        Case(name: "a command error in -c", arguments: ["-c", "lst"], status: 1),
        Case(name: "a command error in a script file", arguments: ["-f", "run-me.tl"], status: 1),
        Case(name: "a command error in a script on standard input", arguments: [], stdin: "count\nlst\n", status: 1),
        Case(name: "check --strict with an error-level finding", arguments: ["-c", "check --strict"], status: 1),
        Case(name: "an unknown flag", arguments: ["--no-such-flag"], status: 64),
        Case(name: "a flag without its value", arguments: ["--data"], status: 64),
        Case(name: "an invalid data file", arguments: ["--data", "bad-date.json", "-c", "count"], status: 65),
        Case(name: "a data file with an unknown field", arguments: ["--data", "unknown-field.json"], status: 65),
        Case(name: "a data file that does not exist", arguments: ["--data", "no-such.json"], status: 66),
        Case(name: "a script that does not exist", arguments: ["-f", "no-such.tl"], status: 66),
    ]

    @Test(arguments: cases)
    func exitStatus(_ test: Case) throws {
        let process = Process()
        process.executableURL = TranscriptRun.binary
        process.arguments = test.arguments
        process.currentDirectoryURL = CommandLineTests.cli
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let input = Pipe()
        process.standardInput = test.stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin = test.stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == test.status)
    }
}
