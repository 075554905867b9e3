import Testing
import TimelineCore

@testable import TimelineCommands

/// Filter lines that do not parse, and the exact text the user sees.
struct FilterErrorTests {
    static let cases: [(String, String)] = [
        // Filters
        (
            "list arests",
            """
            <test>:1:6: error: unexpected word 'arests' in filter
              1 | list arests
                |      ^~~~~~
              note: quote it to search for text: "arests"

            """
        ),
        (
            "list fom 2025-01",
            """
            <test>:1:6: error: unexpected word 'fom' in filter
              1 | list fom 2025-01
                |      ^~~
              help: did you mean 'from'?
              note: quote it to search for text: "fom"

            """
        ),
        (
            "count tag arrests",
            """
            <test>:1:7: error: unexpected word 'tag' in filter
              1 | count tag arrests
                |       ^~~
              help: did you mean 'tag:'?
              note: quote it to search for text: "tag"

            """
        ),
        (
            "list 2025-01",
            """
            <test>:1:6: error: unexpected date '2025-01' in filter
              1 | list 2025-01
                |      ^~~~~~~
              help: did you mean 'in 2025-01'?

            """
        ),
        (
            "list tg:arrests",
            """
            <test>:1:6: error: unknown field 'tg'
              1 | list tg:arrests
                |      ^~
              help: did you mean 'tag'?
              note: fields: tag, kind, actor, source, id, metric

            """
        ),
        (
            "list tag: arrests",
            """
            <test>:1:11: error: no space allowed around ':'
              1 | list tag: arrests
                |           ^~~~~~~
              note: write it as tag:arrests

            """
        ),
        (
            "list kind :\"tally\"",
            """
            <test>:1:11: error: no space allowed around ':'
              1 | list kind :"tally"
                |           ^
              note: write it as kind:"tally"

            """
        ),
        (
            "list tag:",
            """
            <test>:1:10: error: expected a value after 'tag:'
              1 | list tag:
                |          ^

            """
        ),
        (
            "list from",
            """
            <test>:1:10: error: expected a date after 'from'
              1 | list from
                |          ^
              note: dates look like 2025-01-25, 2025-01, 2025-W05, 2025-Q1, 1990s, 2025-01-20/2025-02-10

            """
        ),
        (
            "list from jan to 2025-02",
            """
            <test>:1:11: error: expected a date after 'from'
              1 | list from jan to 2025-02
                |           ^~~
              note: dates look like 2025-01-25, 2025-01, 2025-W05, 2025-Q1, 1990s, 2025-01-20/2025-02-10

            """
        ),
        (
            "list (tag:arrests or tag:quotas",
            """
            <test>:1:32: error: expected ')' to close '('
              1 | list (tag:arrests or tag:quotas
                |                                ^
              note: '(' opened at column 6

            """
        ),
        (
            "list (tag:arrests sort by date",
            """
            <test>:1:19: error: expected ')' to close '('
              1 | list (tag:arrests sort by date
                |                   ^~~~
              note: '(' opened at column 6

            """
        ),
        (
            "list ()",
            """
            <test>:1:7: error: expected a filter after '('
              1 | list ()
                |       ^

            """
        ),
        (
            "list arrests >",
            """
            <test>:1:15: error: expected a number after '>'
              1 | list arrests >
                |               ^
              note: numbers look like 900, 1,200 or 0.52

            """
        ),
        (
            "list arrests >= 1,20",
            """
            <test>:1:17: error: expected a number after '>='
              1 | list arrests >= 1,20
                |                 ^~~~
              note: numbers look like 900, 1,200 or 0.52

            """
        ),
        (
            "list > 900",
            """
            <test>:1:6: error: expected a metric before '>'
              1 | list > 900
                |      ^
              note: like arrests > 900

            """
        ),
        (
            "list not",
            """
            <test>:1:9: error: expected a filter after 'not'
              1 | list not
                |         ^

            """
        ),
        (
            "list tag:arrests or sort by id",
            """
            <test>:1:21: error: expected a filter after 'or'
              1 | list tag:arrests or sort by id
                |                     ^~~~

            """
        ),
        (
            "list and tag:arrests",
            """
            <test>:1:6: error: expected a filter before 'and'
              1 | list and tag:arrests
                |      ^~~

            """
        ),
        (
            "list possibly tag:arrests",
            """
            <test>:1:15: error: expected a date or measure term after 'possibly'
              1 | list possibly tag:arrests
                |               ^~~
              note: 'possibly' qualifies from/to/on/in/during DATE, METRIC OP NUMBER, or ( FILTER )

            """
        ),
        (
            "list on [2025-01-26,2025-02-02",
            """
            <test>:1:31: error: expected ']' to close '['
              1 | list on [2025-01-26,2025-02-02
                |                               ^
              note: '[' opened at column 9

            """
        ),
        (
            "list $",
            """
            <test>:1:6: error: expected a name after '$'
              1 | list $
                |      ^

            """
        ),
        (
            "list tag:arrests # recent",
            """
            <test>:1:18: error: unexpected character '#'
              1 | list tag:arrests # recent
                |                  ^

            """
        ),
        // Date errors come from FuzzyDate.parsePeriod, moved to where the date stands.
        (
            "list in 2025-Q5",
            """
            <test>:1:15: error: quarter 5 is out of range (Q1–Q4)
              1 | list in 2025-Q5
                |               ^

            """
        ),
        (
            "count on 2016-02-30 by day",
            """
            <test>:1:18: error: day 30 is out of range for February 2016
              1 | count on 2016-02-30 by day
                |                  ^~

            """
        ),
    ]

    @Test(arguments: cases)
    func error(line: String, expected: String) {
        #expect(rendered(line) == expected)
    }

    @Test func errorOnAContinuationLineNamesThatLine() {
        let expected = """
            <test>:2:4: error: unknown field 'tg'
              2 | or tg:quotas)
                |    ^~
              help: did you mean 'tag'?
              note: fields: tag, kind, actor, source, id, metric

            """
        #expect(rendered("list (tag:arrests\nor tg:quotas)") == expected)
    }

    @Test func bareWordSuggestsAFieldValueFromTheVocabulary() {
        let expected = """
            <test>:1:6: error: unexpected word 'arests' in filter
              1 | list arests
                |      ^~~~~~
              help: did you mean 'tag:arrests'?
              note: quote it to search for text: "arests"

            """
        #expect(rendered("list arests", vocabulary: ["kind:tally", "tag:arrests", "arrests"]) == expected)
    }

    @Test func combiningMarkAfterASpaceIsAnErrorAtItsOwnByte() {
        let line = "list \u{301}x"
        let expected = "<test>:1:6: error: unexpected character U+0301\n  1 | \(line)\n    |      ^\n"
        #expect(rendered(line) == expected)
    }
}
