import Testing

@testable import TimelineCore

struct FilterValidatorTests {
    /// A filter typed as `typed` (spans in the helpers assume it is the whole
    /// line) and the exact diagnostic the user sees.
    struct Case: CustomTestStringConvertible, Sendable {
        var typed: String
        var filter: Filter
        var rendered: String
        init(_ typed: String, _ filter: Filter, _ rendered: String) {
            (self.typed, self.filter, self.rendered) = (typed, filter, rendered)
        }
        var testDescription: String { typed }
    }

    static let table: [Case] = [
        .init(
            "tag:arest", field(.tag, "arest"),
            """
            <filter>:1:5: error: unknown tag 'arest'
              1 | tag:arest
                |     ^~~~~
              help: did you mean 'arrests'?

            """),
        .init(
            "tag:zzz", field(.tag, "zzz"),
            """
            <filter>:1:5: error: unknown tag 'zzz'
              1 | tag:zzz
                |     ^~~
              note: known tags: arrests, enforcement-history, quotas, sources-disagree, targets

            """),
        // Tags are slugs: case matters, and the suggestion shows the right spelling.
        .init(
            "tag:Arrests", field(.tag, "Arrests"),
            """
            <filter>:1:5: error: unknown tag 'Arrests'
              1 | tag:Arrests
                |     ^~~~~~~
              help: did you mean 'arrests'?

            """),
        .init(
            "kind:tallly", field(.kind, "tallly"),
            """
            <filter>:1:6: error: unknown kind 'tallly'
              1 | kind:tallly
                |      ^~~~~~
              help: did you mean 'tally'?

            """),
        .init(
            "actor:donald-trunp", field(.actor, "donald-trunp"),
            """
            <filter>:1:7: error: unknown actor 'donald-trunp'
              1 | actor:donald-trunp
                |       ^~~~~~~~~~~~
              help: did you mean 'donald-trump'?

            """),
        .init(
            "source:washington-pots", field(.source, "washington-pots"),
            """
            <filter>:1:8: error: unknown source 'washington-pots'
              1 | source:washington-pots
                |        ^~~~~~~~~~~~~~~
              help: did you mean 'washington-post'?

            """),
        .init(
            "id:cal", field(.id, "cal"),
            """
            <filter>:1:4: error: unknown id 'cal'
              1 | id:cal
                |    ^~~
              help: did you mean 'call'?

            """),
        .init(
            "metric:arests", field(.metric, "arests"),
            """
            <filter>:1:8: error: unknown metric 'arests'
              1 | metric:arests
                |        ^~~~~~
              help: did you mean 'arrests'?

            """),
        .init(
            "arests > 5", measure("arests", .greaterThan, 5),
            """
            <filter>:1:1: error: unknown metric 'arests'
              1 | arests > 5
                | ^~~~~~
              help: did you mean 'arrests'?

            """),
        .init(
            "certainly arests > 5", measure("arests", .greaterThan, 5, .certainly),
            """
            <filter>:1:11: error: unknown metric 'arests'
              1 | certainly arests > 5
                |           ^~~~~~
              help: did you mean 'arrests'?

            """),
        .init(
            "$recent", .named("recent", Span(start: 0, end: 7)),
            """
            <filter>:1:1: error: no selection named '$recent' here: selections are resolved by the session before a filter runs
              1 | $recent
                | ^~~~~~~

            """),
    ]

    @Test(arguments: table)
    func rendersUnknownWords(_ c: Case) throws {
        let store = try Newsroom.store()
        let error = #expect(throws: Diagnostic.self) { try FilterValidator(store: store).validate(c.filter) }
        let diagnostic = try #require(error)
        #expect(DiagnosticRenderer.render(diagnostic, in: SourceText(name: "<filter>", text: c.typed)) == c.rendered)
        // `select` validates before it runs.
        #expect(throws: diagnostic) { try store.select(c.filter) }
    }

    /// Known words, full names, globs and free text pass.
    static let valid: [Filter] = [
        field(.tag, "arrests"), field(.kind, "tally"), field(.actor, "ice"), field(.actor, "Donald Trump"),
        field(.actor, "DONALD-TRUMP"), field(.source, "The Washington Post"), field(.source, "anonymous"),
        field(.id, "nbc-tally"), field(.metric, "arrests"), field(.tag, "nothing*"), field(.id, "*"),
        measure("daily-arrest-target", .greaterThan, 1), text("whatever"), .all,
    ]

    @Test(arguments: valid)
    func acceptsKnownWords(_ filter: Filter) throws {
        try FilterValidator(store: try Newsroom.store()).validate(filter)
    }

    /// The first unknown word in reading order is reported, however deep.
    @Test
    func reportsTheFirstProblemInReadingOrder() throws {
        let filter = Filter.or([
            field(.tag, "arrests"),
            .and([.not(field(.kind, "brefing")), field(.tag, "qotas")]),
            measure("arests", .lessThan, 3),
        ])
        let error = #expect(throws: Diagnostic.self) {
            try FilterValidator(store: try Newsroom.store()).validate(filter)
        }
        #expect(error?.message == "unknown kind 'brefing'")
        #expect(error?.notes == ["did you mean 'briefing'?"])
    }
}
