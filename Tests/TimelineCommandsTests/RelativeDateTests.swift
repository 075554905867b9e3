import Testing
import TimelineCore

@testable import TimelineCommands

/// Relative dates resolve against the injected today (Wednesday 2025-02-05).
struct RelativeDateTests {
    static let context = ParserContext(today: Day(year: 2025, month: 2, day: 5))

    static func bounds(_ line: String) throws -> String {
        guard case .list(let list) = try CommandParser.parse(line, context: context), case .date(let term) = list.filter
        else { return "not a date term" }
        return "\(term.text): \(term.date.boundsDescription)"
    }

    @Test(arguments: [
        ("list on today", "today: 2025-02-05 … 2025-02-05"),
        ("list on yesterday", "yesterday: 2025-02-04 … 2025-02-04"),
        ("list in this week", "this week: 2025-02-03 … 2025-02-09"),
        ("list in last week", "last week: 2025-01-27 … 2025-02-02"),
        ("list in this month", "this month: 2025-02-01 … 2025-02-28"),
        ("list in last month", "last month: 2025-01-01 … 2025-01-31"),
        ("list in last year", "last year: 2024-01-01 … 2024-12-31"),
        ("list in last 7 days", "last 7 days: 2025-01-30 … 2025-02-05"),
        ("list in last 1 day", "last 1 day: 2025-02-05 … 2025-02-05"),
        ("list in last 2 weeks", "last 2 weeks: 2025-01-23 … 2025-02-05"),
        ("list from LAST WEEK", "LAST WEEK: 2025-01-27 … 2025-02-02"),
    ])
    func resolves(line: String, expected: String) throws {
        #expect(try Self.bounds(line) == expected)
    }

    @Test func lastMonthOfJanuaryIsDecember() throws {
        let context = ParserContext(today: Day(year: 2025, month: 1, day: 15))
        guard case .list(let list) = try CommandParser.parse("list in last month", context: context),
            case .date(let term) = list.filter
        else {
            Issue.record("not a date term")
            return
        }
        #expect(term.date.boundsDescription == "2024-12-01 … 2024-12-31")
    }

    @Test(arguments: [
        ("list in last fortnight", "expected week, month, year or a number of days after 'last'"),
        ("list in last 3 eons", "expected days or weeks after 'last 3'"),
        ("list in this", "expected week, month, year or a number of days after 'this'"),
    ])
    func rejects(line: String, message: String) {
        #expect {
            _ = try CommandParser.parse(line, context: Self.context)
        } throws: { error in
            (error as? Diagnostic)?.message == message
        }
    }

    @Test func withoutTodayRelativeDatesAreErrors() {
        #expect(throws: Diagnostic.self) { _ = try CommandParser.parse("list on today") }
    }

    @Test func parametersReadAsTheirValue() throws {
        let context = ParserContext(variables: ["since": "2025-01-20", "k": "tally"])
        let command = try CommandParser.parse("list from $since and kind:$k", context: context)
        guard case .list(let list) = command, case .and(let parts) = list.filter,
            case .date(let date) = parts[0], case .field(let field) = parts[1]
        else {
            Issue.record("unexpected shape: \(command)")
            return
        }
        #expect(date.text == "2025-01-20")
        #expect(field.value == "tally")
    }
}
