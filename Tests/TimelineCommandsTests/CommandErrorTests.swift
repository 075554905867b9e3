import Testing
import TimelineCore

@testable import TimelineCommands

/// Command-level lines that do not parse, and the exact text the user sees.
struct CommandErrorTests {
    static let cases: [(String, String)] = [
        // Commands
        (
            "lst tag:arrests",
            """
            <test>:1:1: error: unknown command 'lst'
              1 | lst tag:arrests
                | ^~~
              help: did you mean 'list'?

            """
        ),
        (
            "sourc",
            """
            <test>:1:1: error: unknown command 'sourc'
              1 | sourc
                | ^~~~~
              help: did you mean 'sources'?

            """
        ),
        (
            "frobnicate now",
            """
            <test>:1:1: error: unknown command 'frobnicate'
              1 | frobnicate now
                | ^~~~~~~~~~
              note: commands: add, chart, check, compare, count, delete, edit, explain, export, find, help, history, let, list, load, note, quit, run, save, set, show, sources, timeline, undo

            """
        ),
        (
            "(list)",
            """
            <test>:1:1: error: expected a command, found '('
              1 | (list)
                | ^
              note: commands: add, chart, check, compare, count, delete, edit, explain, export, find, help, history, let, list, load, note, quit, run, save, set, show, sources, timeline, undo

            """
        ),
        (
            "quit now",
            """
            <test>:1:6: error: unexpected 'now' after the command
              1 | quit now
                |      ^~~
              note: usage: quit | exit

            """
        ),
        (
            "list tag:arrests sort by date limit 5 limit 6",
            """
            <test>:1:39: error: unexpected 'limit' after the command
              1 | list tag:arrests sort by date limit 5 limit 6
                |                                       ^~~~~
              note: usage: list [FILTER] [sort by date|id|kind|title [asc|desc]] [limit N]

            """
        ),
        (
            "list tag:arrests)",
            """
            <test>:1:17: error: unmatched ')'
              1 | list tag:arrests)
                |                 ^

            """
        ),
        (
            "show",
            """
            <test>:1:5: error: expected an event id after 'show'
              1 | show
                |     ^

            """
        ),
        (
            "find  ",
            """
            <test>:1:7: error: expected text to search for after 'find'
              1 | find \(" ")
                |       ^

            """
        ),
        (
            "find \"\"",
            """
            <test>:1:6: error: expected text to search for after 'find'
              1 | find ""
                |      ^~

            """
        ),
        (
            "find \"daily quota",
            """
            <test>:1:6: error: unterminated string
              1 | find "daily quota
                |      ^

            """
        ),
        // list options and count groupings
        (
            "list sort date",
            """
            <test>:1:11: error: expected 'by' after 'sort'
              1 | list sort date
                |           ^~~~

            """
        ),
        (
            "list sort by dat",
            """
            <test>:1:14: error: unknown sort key 'dat'
              1 | list sort by dat
                |              ^~~
              help: did you mean 'date'?
              note: sort keys: date, id, kind, title

            """
        ),
        (
            "list sort by",
            """
            <test>:1:13: error: expected a sort key after 'by'
              1 | list sort by
                |             ^
              note: sort keys: date, id, kind, title

            """
        ),
        (
            "list limit 0",
            """
            <test>:1:12: error: limit needs a positive whole number
              1 | list limit 0
                |            ^

            """
        ),
        (
            "list limit 2.5",
            """
            <test>:1:12: error: limit needs a positive whole number
              1 | list limit 2.5
                |            ^~~

            """
        ),
        (
            "list limit",
            """
            <test>:1:11: error: limit needs a positive whole number
              1 | list limit
                |           ^

            """
        ),
        (
            "count by wek",
            """
            <test>:1:10: error: unknown grouping 'wek'
              1 | count by wek
                |          ^~~
              help: did you mean 'week'?
              note: groupings: day, week, month, year, decade, kind, tag, actor, source

            """
        ),
    ]

    @Test(arguments: cases)
    func error(line: String, expected: String) {
        #expect(rendered(line) == expected)
    }

    @Test func emptyLineAsksForACommand() throws {
        let expected = Diagnostic.error(
            "expected a command", at: .point(3),
            notes: [
                "commands: add, chart, check, compare, count, delete, edit, explain, export, find, help, history, "
                    + "let, list, load, note, quit, run, save, set, show, sources, timeline, undo"
            ])
        #expect(throws: expected) { try CommandParser.parse("   ") }
    }
}
