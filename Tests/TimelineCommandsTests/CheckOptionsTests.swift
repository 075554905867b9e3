import BuiltinData
import Testing
import TimelineCore

@testable import TimelineCommands

/// `check`'s options: `--strict`, `--limit N`, `--all`, before or after the filter.
struct CheckOptionsTests {
    @Test(arguments: [
        ("check", false, CheckReport.defaultLimit as Int?),
        ("check --all", false, nil),
        ("check --limit 5", false, 5),
        ("check --limit 5 kind:tally --strict", true, 5),
        ("check kind:tally --all --strict", true, nil),
        ("check --strict --limit 1,000 kind:tally", true, 1000),
    ])
    func options(line: String, strict: Bool, limit: Int?) throws {
        guard case .check(let filter, let parsedStrict, let parsedLimit) = try CommandParser.parse(line) else {
            Issue.record("\(line) is not a check")
            return
        }
        #expect(parsedStrict == strict)
        #expect(parsedLimit == limit)
        #expect(filter.description == (line.contains("kind:tally") ? "kind:tally" : ""))
    }

    @Test(arguments: [
        ("check --limit", "--limit needs a positive whole number"),
        ("check --limit 0", "--limit needs a positive whole number"),
        ("check --all --limit 3", "unexpected '--limit' after the command"),
        ("check --limit 3 kind:tally --all", "unexpected '--all' after the command"),
    ])
    func badOptionsAreErrors(line: String, message: String) {
        #expect {
            _ = try CommandParser.parse(line)
        } throws: { error in
            (error as? Diagnostic)?.message == message
        }
    }

    /// The built-in timeline's seven findings on the tallies, two shown: the report counts all.
    @Test func aLimitShowsTheFirstAndCountsAll() throws {
        var session = Session(
            store: try TimelineStore(try TimelineDecoder.decode(BuiltinData.bytes), origin: "built-in"))
        guard case .check(let all) = try session.execute(try CommandParser.parse("check kind:tally --all")),
            case .check(let two) = try session.execute(try CommandParser.parse("check kind:tally --limit 2"))
        else {
            Issue.record("not a check report")
            return
        }
        #expect(all.findings.count == 7 && all.omitted == 0)
        #expect(two.findings == Array(all.findings.prefix(2)))
        #expect(two.omitted == 5 && two.total == 7)
        #expect(two.count(.error) == 1 && two.count(.warning) == 4 && two.count(.info) == 2)
        let text = TableRenderer().render(.check(two))
        #expect(text.contains("shown    the first 2 of 7 findings;"))
        #expect(text.contains("by rule  stated-share        1 error\n"))
        #expect(!TableRenderer().render(.check(all)).contains("shown "))
    }
}
