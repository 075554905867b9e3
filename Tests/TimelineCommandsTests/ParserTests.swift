import Testing
import TimelineCore

@testable import TimelineCommands

/// One line that parses, and the command it should give; the expected value is
/// built from snippets of the line so spans are found, not counted.
struct ParseCase: Sendable, CustomTestStringConvertible {
    let line: String
    let expected: @Sendable (Snippets) throws -> Command
    var testDescription: String { line }

    init(_ line: String, _ expected: @escaping @Sendable (Snippets) throws -> Command) {
        self.line = line
        self.expected = expected
    }
}

struct ParserTests {
    static let commands: [ParseCase] = [
        ParseCase("list") { _ in .list(ListCommand()) },
        ParseCase("  LIST  ") { _ in .list(ListCommand()) },
        ParseCase("list sort by title desc limit 5") { _ in
            .list(ListCommand(sort: .title, descending: true, limit: 5))
        },
        ParseCase("list limit 1,000 sort by ID asc") { _ in .list(ListCommand(sort: .id, limit: 1000)) },
        ParseCase("show ice-daily-quota") { s in .show(id: "ice-daily-quota", span: try s.span("ice-daily-quota")) },
        ParseCase("show 2025-01-26-memo") { s in .show(id: "2025-01-26-memo", span: try s.span("2025-01-26-memo")) },
        ParseCase("find ICE's arrest quota ") { s in
            .find(text: "ICE's arrest quota", span: try s.span("ICE's arrest quota"))
        },
        ParseCase("find \"1,200 a day\"") { s in .find(text: "1,200 a day", span: try s.span("\"1,200 a day\"")) },
        ParseCase("find \"ICE\" quotas") { s in .find(text: "\"ICE\" quotas", span: try s.span("\"ICE\" quotas")) },
        ParseCase("count") { _ in .count(filter: .all, by: nil) },
        ParseCase("count by Month") { _ in .count(filter: .all, by: .month) },
        ParseCase("count kind:tally by decade") { s in .count(filter: try s.field("kind:tally"), by: .decade) },
        ParseCase("sources") { _ in .sources(filter: .all) },
        ParseCase("sources source:washington-post") { s in .sources(filter: try s.field("source:washington-post")) },
        ParseCase("help") { _ in .help(topic: nil, span: nil) },
        ParseCase("help Filters") { s in .help(topic: "filters", span: try s.span("Filters")) },
        ParseCase("set") { _ in .set(option: nil, value: nil, optionSpan: nil, valueSpan: nil) },
        ParseCase("set Mode") { s in .set(option: "mode", value: nil, optionSpan: try s.span("Mode"), valueSpan: nil) },
        ParseCase("set mode Certainly") { s in
            .set(option: "mode", value: "Certainly", optionSpan: try s.span("mode"), valueSpan: try s.span("Certainly"))
        },
        ParseCase("quit") { _ in .quit },
        ParseCase("EXIT") { _ in .quit },
    ]

    @Test(arguments: commands)
    func command(_ testCase: ParseCase) throws {
        let expected = try testCase.expected(Snippets(line: testCase.line))
        #expect(try CommandParser.parse(testCase.line) == expected)
    }

    static let filters: [ParseCase] = [
        ParseCase("list tag:arrests") { s in .list(ListCommand(filter: try s.field("tag:arrests"))) },
        ParseCase("list TAG:Quotas") { s in .list(ListCommand(filter: try s.field("TAG:Quotas"))) },
        ParseCase("list actor:\"ice\"") { s in .list(ListCommand(filter: try s.field("actor:\"ice\""))) },
        ParseCase("list tag:*quota*") { s in .list(ListCommand(filter: try s.field("tag:*quota*"))) },
        ParseCase("list id:2025-01-26-memo") { s in .list(ListCommand(filter: try s.field("id:2025-01-26-memo"))) },
        ParseCase("list metric:arrests") { s in .list(ListCommand(filter: try s.field("metric:arrests"))) },
        ParseCase("list from 2025-01-25") { s in .list(ListCommand(filter: try s.date("from 2025-01-25"))) },
        ParseCase("list from 2025-01 to 2025-02") { s in
            .list(ListCommand(filter: .and([try s.date("from 2025-01"), try s.date("to 2025-02")])))
        },
        ParseCase("list on 2025-W05") { s in .list(ListCommand(filter: try s.date("on 2025-W05"))) },
        ParseCase("list in 2025-Q1") { s in .list(ListCommand(filter: try s.date("in 2025-Q1"))) },
        ParseCase("list during 1990s") { s in .list(ListCommand(filter: try s.date("during 1990s"))) },
        ParseCase("list in 2025") { s in .list(ListCommand(filter: try s.date("in 2025"))) },
        ParseCase("list on [2025-01-26,2025-02-02]") { s in
            .list(ListCommand(filter: try s.date("on [2025-01-26,2025-02-02]")))
        },
        ParseCase("list arrests > 900") { s in .list(ListCommand(filter: try s.measure("arrests > 900"))) },
        ParseCase("list daily-arrest-target>=1,200.5") { s in
            .list(ListCommand(filter: try s.measure("daily-arrest-target>=1,200.5")))
        },
        ParseCase("list share-without-criminal-record != 0.52") { s in
            .list(ListCommand(filter: try s.measure("share-without-criminal-record != 0.52")))
        },
        ParseCase("list \"daily quota\"") { s in
            .list(ListCommand(filter: try s.text("\"daily quota\"", "daily quota")))
        },
        ParseCase("list $recent") { s in .list(ListCommand(filter: try s.named("$recent"))) },
        // Juxtaposition is "and"; "and" binds tighter than "or"; "not" tighter than both.
        ParseCase("list tag:arrests kind:tally") { s in
            .list(ListCommand(filter: .and([try s.field("tag:arrests"), try s.field("kind:tally")])))
        },
        ParseCase("list tag:arrests and kind:tally or kind:report") { s in
            .list(
                ListCommand(
                    filter: .or([
                        .and([try s.field("tag:arrests"), try s.field("kind:tally")]), try s.field("kind:report"),
                    ])))
        },
        ParseCase("list not kind:context tag:quotas") { s in
            .list(ListCommand(filter: .and([.not(try s.field("kind:context")), try s.field("tag:quotas")])))
        },
        ParseCase("list not not actor:trump") { s in .list(ListCommand(filter: .not(.not(try s.field("actor:trump")))))
        },
        ParseCase("list (tag:arrests or tag:quotas) kind:briefing") { s in
            .list(
                ListCommand(
                    filter: .and([
                        .or([try s.field("tag:arrests"), try s.field("tag:quotas")]), try s.field("kind:briefing"),
                    ])))
        },
        // A continuation line joined with a newline is just more whitespace.
        ParseCase("list (tag:arrests\n  or kind:tally)") { s in
            .list(ListCommand(filter: .or([try s.field("tag:arrests"), try s.field("kind:tally")])))
        },
        ParseCase("list ((tag:targets))") { s in .list(ListCommand(filter: try s.field("tag:targets"))) },
        // possibly / certainly: on a term, and spread over a group to terms without their own.
        ParseCase("list certainly in 2025-01") { s in .list(ListCommand(filter: try s.date("in 2025-01", .certainly)))
        },
        ParseCase("list POSSIBLY arrests < 1500") { s in
            .list(ListCommand(filter: try s.measure("arrests < 1500", .possibly)))
        },
        ParseCase("list certainly (from 2025-01 possibly to 2025-02 tag:arrests or not criminal-arrests = 0)") { s in
            .list(
                ListCommand(
                    filter: .or([
                        .and([
                            try s.date("from 2025-01", .certainly), try s.date("to 2025-02", .possibly),
                            try s.field("tag:arrests"),
                        ]),
                        .not(try s.measure("criminal-arrests = 0", .certainly)),
                    ])))
        },
        ParseCase("list not certainly on 2025-01-25") { s in
            .list(ListCommand(filter: .not(try s.date("on 2025-01-25", .certainly))))
        },
        // Everything at once.
        ParseCase("list tag:arrests from 2025-01-20 sort by date desc limit 10") { s in
            .list(
                ListCommand(
                    filter: .and([try s.field("tag:arrests"), try s.date("from 2025-01-20")]), sort: .date,
                    descending: true, limit: 10))
        },
        ParseCase("count (kind:tally or kind:report) in 2025-Q1 by week") { s in
            .count(
                filter: .and([.or([try s.field("kind:tally"), try s.field("kind:report")]), try s.date("in 2025-Q1")]),
                by: .week)
        },
    ]

    @Test(arguments: filters)
    func filter(_ testCase: ParseCase) throws {
        let expected = try testCase.expected(Snippets(line: testCase.line))
        #expect(try CommandParser.parse(testCase.line) == expected)
    }

    @Test(arguments: [
        ("list (tag:arrests or", true),
        ("list (tag:arrests", true),
        ("find \"daily quota", true),
        ("list on [2025-01-26,", true),
        ("list tag:arrests \\", true),
        ("list tag:arrests \\  ", true),
        ("list tag:arrests", false),
        ("find ICE's quota", false),
        ("list (tag:arrests))", false),
        ("lst (", false),
        ("list (arests", false),
        ("", false),
    ])
    func incomplete(line: String, expected: Bool) {
        #expect(CommandParser.isIncomplete(line) == expected)
    }
}
