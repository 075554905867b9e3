import Foundation
import Testing

/// The ways into `timeline` besides `-f`: `-c`, standard input, `--data`,
/// `--format`, and exit statuses. Each case: arguments (and stdin) → exact output.
struct CommandLineTests {
    static let cli = TranscriptTests.folder.deletingLastPathComponent().appendingPathComponent("cli")

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var stdin: String?
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "several -c run in order", arguments: ["-c", "count", "-c", "count kind:tally"],
            expected: "20 events\n2 events\n"),
        Case(
            name: "-c error names the command and stops", arguments: ["-c", "count by knd", "-c", "count"],
            expected: """
                --- stderr
                <command 1>:1:10: error: unknown grouping 'knd'
                  1 | count by knd
                    |          ^~~
                  help: did you mean 'kind'?
                  note: groupings: day, week, month, year, decade, kind, tag, actor, source
                --- exit 1

                """),
        Case(
            name: "--keep-going runs the rest and still fails",
            arguments: ["--keep-going", "-c", "lst", "-c", "count"],
            expected: """
                20 events
                --- stderr
                <command 1>:1:1: error: unknown command 'lst'
                  1 | lst
                    | ^~~
                  help: did you mean 'list'?
                --- exit 1

                """),
        Case(
            name: "a script on standard input", arguments: [],
            stdin: "# comment\ncount kind:tally\n\ncount by knd\ncount\n",
            expected: """
                2 events
                --- stderr
                <stdin>:4:10: error: unknown grouping 'knd'
                  4 | count by knd
                    |          ^~~
                  help: did you mean 'kind'?
                  note: groupings: day, week, month, year, decade, kind, tag, actor, source
                --- exit 1

                """),
        Case(
            name: "--format json", arguments: ["--format", "json", "-c", "count kind:tally"],
            expected: """
                {
                  "command": "count",
                  "query": "kind:tally",
                  "total": 2,
                  "by": null,
                  "rows": []
                }

                """),
        Case(
            name: "--data loads another timeline instead of the built-in one",
            arguments: ["--data", "small.json", "-c", "list", "-c", "list certainly in 2025-01"],
            expected: """
                DATE                    ID      KIND    TITLE
                2024-12                 first   report  Something in December
                2025-01-05 (uncertain)  second  tally   A tally, date uncertain
                (2 events)
                no events match

                """),
        Case(
            name: "--data with an invalid date names file:line:column",
            arguments: ["--data", "bad-date.json", "-c", "count"],
            expected: """
                --- stderr
                bad-date.json:7:36: error: invalid date '2025-02-30': day 30 is out of range for February 2025
                  7 |     {"id": "bad", "date": "2025-02-30", "kind": "tally", "title": "No such day", "summary": "-", "sources": ["desk"]}
                    |                                    ^~
                --- exit 65

                """),
        Case(
            name: "--data with an unknown field suggests the right one",
            arguments: ["--data", "unknown-field.json", "-c", "count"],
            expected: """
                --- stderr
                unknown-field.json:2:65: error: unknown field 'titel' in an event
                  2 |  "events": [{"id": "a", "date": "2025-01-02", "kind": "report", "titel": "typo", "sources": ["desk"]}]}
                    |                                                                 ^~~~~~~
                  help: did you mean 'title'?
                --- exit 65

                """),
        Case(
            name: "a missing data file", arguments: ["--data", "no-such.json", "-c", "count"],
            expected: "--- stderr\ntimeline: no such file: 'no-such.json'\n--- exit 66\n"),
        Case(
            name: "a missing script", arguments: ["-f", "no-such.tl"],
            expected: "--- stderr\ntimeline: cannot read script 'no-such.tl'\n--- exit 66\n"),
        Case(
            name: "--safe refuses writes", arguments: ["--safe", "-c", "export csv to out.csv"],
            expected: """
                --- stderr
                <command 1>:1:15: error: writing a file is not allowed in safe mode
                  1 | export csv to out.csv
                    |               ^~~~~~~
                  note: safe mode (--safe) allows no file writes and reads only files named on the command line
                --- exit 1

                """),
        Case(
            name: "--safe reads the files named on the command line",
            arguments: ["--safe", "--data", "small.json", "-c", "load small.json"],
            expected: "loaded small.json: 0 new events (2 in the session; nothing changed)\n"),
        Case(
            name: "quit stops -c", arguments: ["-c", "count", "-c", "quit", "-c", "count kind:tally"],
            expected: "20 events\n"),
    ]

    @Test(arguments: cases)
    func run(_ c: Case) throws {
        let actual = try TranscriptRun.run(arguments: c.arguments, stdin: c.stdin, in: Self.cli)
        #expect(actual == c.expected, "\(TranscriptRun.diff(expected: c.expected, actual: actual))")
    }

    @Test func usageErrorsExitWith64() throws {
        let actual = try TranscriptRun.run(arguments: ["--format", "xml"], in: Self.cli)
        #expect(actual.contains("--- exit 64"), "\(actual)")
        #expect(actual.contains("xml"), "\(actual)")
    }

    @Test func aClosedPipeEndsQuietlyWithSuccess() throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        // Far more than a pipe holds, so writes go on after head has gone.
        let exports = Array(repeating: "-c 'export json'", count: 20).joined(separator: " ")
        shell.arguments = [
            "-c", "\"$0\" \(exports) | head -c 1 >/dev/null; echo \"${PIPESTATUS[0]}\"", TranscriptRun.binary.path,
        ]
        let out = Pipe()
        let err = Pipe()
        shell.standardOutput = out
        shell.standardError = err
        try shell.run()
        let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let noise = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(status == "0\n", "exit status of timeline behind a closed pipe: \(status)")
        #expect(noise.isEmpty, "\(noise)")
    }

    /// An export's bytes go to standard output as they are, in order with the text of the
    /// commands around it, and are the bytes `export … to FILE` writes.
    @Test func anExportToStandardOutputIsTheFilesBytesInOrder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-cli-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("slice.json").path
        let process = Process()
        process.executableURL = TranscriptRun.binary
        process.environment = ["SOURCE_DATE_EPOCH": "1764504000"]
        process.arguments = [
            "-c", "count tag:arrests", "-c", "export json tag:arrests", "-c", "export json tag:arrests to \(file)",
            "-c", "count",
        ]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let printed = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let written = try Data(contentsOf: URL(fileURLWithPath: file))
        let text = String(decoding: printed, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(process.terminationStatus == 0)
        #expect(lines.first?.hasSuffix("events") == true, "\(text.prefix(200))")
        let exported = printed.drop { $0 != UInt8(ascii: "{") }.prefix(written.count)
        #expect(Data(exported) == written)
        #expect(text.hasSuffix(" events\n") && text.contains("wrote "), "\(text.suffix(200))")
    }

    @Test func anInvalidTodayIsAUsageError() throws {
        let actual = try TranscriptRun.run(arguments: ["--today", "2025-02-30", "-c", "count"], in: Self.cli)
        #expect(actual.contains("--today"), "\(actual)")
        #expect(actual.hasSuffix("--- exit 64\n"), "\(actual)")
    }

    /// Without `--today`, relative dates count from the local day, in the time zone `TZ` names:
    /// at UTC+14 and UTC-12 that is two different days, each the one Foundation's calendar gives.
    @Test(arguments: ["Pacific/Kiritimati", "Etc/GMT+12", "UTC"])
    func todayIsTheLocalDay(_ zone: String) throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: zone))
        let before = calendar.dateComponents([.year, .month, .day], from: Date())
        let actual = try TranscriptRun.run(
            arguments: ["-c", "explain on today"], environment: ["TZ": zone], in: Self.cli)
        let after = calendar.dateComponents([.year, .month, .day], from: Date())
        let days = [before, after].map {
            String(format: "today is %04d-%02d-%02d", $0.year ?? 0, $0.month ?? 0, $0.day ?? 0)
        }
        // The day may turn while the process runs: either side of it is right.
        #expect(days.contains { actual.contains($0) }, "\(actual)")
    }

    @Test func helpDescribesExitStatus() throws {
        let actual = try TranscriptRun.run(arguments: ["--help"], in: Self.cli)
        #expect(actual.contains("65 a data file is invalid"), "\(actual)")
        #expect(!actual.contains("--- exit"), "\(actual)")
    }
}
