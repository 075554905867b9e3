import Testing

@testable import TimelineCore

struct JSONLImporterTests {
    static let header =
        #"{"schemaVersion":1,"title":"T","actors":[{"id":"ice","name":"ICE","kind":"agency"}],"#
        + #""sources":[{"id":"paper","name":"Paper","kind":"newspaper"}]}"#

    /// An event line with `date`, `kind`, `sources` and `extra` fields as given.
    static func line(
        _ id: String, date: String = "2025-01-25", kind: String = "briefing", sources: String = #"["paper"]"#,
        extra: String = ""
    ) -> String {
        #"{"id":"\#(id)","date":"\#(date)","kind":"\#(kind)","title":"Title","summary":"S","sources":\#(sources)\#(extra)}"#
    }

    @Test func readsHeaderAndEvents() throws {
        let text = [
            Self.header, Self.line("a", extra: #","actors":["ice"],"related":["b"],"notes":["check"]"#), "",
            "  \r", Self.line("b", date: "2025-01", extra: #","dateNote":"month only""#),
        ].joined(separator: "\r\n")
        let timeline = try JSONLImporter.decode(Array(text.utf8))
        #expect(timeline.title == "T")
        #expect(timeline.actors.map(\.id) == ["ice"])
        #expect(timeline.sources.map(\.id) == ["paper"])
        #expect(timeline.events.map(\.id) == ["a", "b"])
        #expect(timeline.events[0].notes == ["check"])
        #expect(timeline.events[0].related == ["b"])
        #expect(timeline.events[1].dateNote == "month only")
    }

    @Test func headerAloneIsAnEmptyTimeline() throws {
        let timeline = try JSONLImporter.decode(Array((Self.header + "\n").utf8))
        #expect(timeline.events.isEmpty)
    }

    static let errors: [ImportErrorCase] = [
        .init(
            "empty file", "\n  \n",
            #"""
            t.jsonl:1:1: error: empty JSONL file: the first line must be the header object
              1 | 
                | ^
              note: e.g. {"schemaVersion": 1, "title": "…", "sources": […]}

            """#),
        .init(
            "first line is an event", line("a") + "\n",
            #"""
            t.jsonl:1:1: error: the first line must be the JSONL header, with 'schemaVersion'
              1 | {"id":"a","date":"2025-01-25","kind":"briefing","title":"Title","summary":"S","sources":["paper"]}
                | ^
              note: e.g. {"schemaVersion": 1, "title": "…", "sources": […]}; events follow, one a line

            """#),
        .init(
            "header with events", #"{"schemaVersion":1,"title":"T","sources":[],"events":[]}"#,
            #"""
            t.jsonl:1:45: error: unknown field 'events' in the JSONL header
              1 | {"schemaVersion":1,"title":"T","sources":[],"events":[]}
                |                                             ^~~~~~~~

            """#),
        .init(
            "header version", #"{"schemaVersion":2,"title":"T","sources":[]}"#,
            #"""
            t.jsonl:1:18: error: schemaVersion 2 is not supported
              1 | {"schemaVersion":2,"title":"T","sources":[]}
                |                  ^
              note: this version of timeline reads schemaVersion 1

            """#),
        .init(
            "bad JSON on line 3", [header, line("a"), #"{"id":"b",}"#].joined(separator: "\n"),
            #"""
            t.jsonl:3:10: error: trailing comma before '}'
              3 | {"id":"b",}
                |          ^

            """#),
        .init(
            "two values on a line", [header, line("a") + " " + line("b")].joined(separator: "\n"),
            #"""
            t.jsonl:2:100: error: expected end of input after the document, found '{'
              2 | {"id":"a","date":"2025-01-25","kind":"briefing","title":"Title","summary":"S","sources":["paper"]} {"id":"b","date":"2025-01-25","kind":"briefing","title":"Title","summary":"S","sources":["paper"]}
                |                                                                                                    ^

            """#),
        .init(
            "bad date on line 3", [header, "", line("a", date: "2025-13-01")].joined(separator: "\n"),
            #"""
            t.jsonl:3:24: error: invalid date '2025-13-01': month 13 is out of range (01–12, or 21–24 for a season)
              3 | {"id":"a","date":"2025-13-01","kind":"briefing","title":"Title","summary":"S","sources":["paper"]}
                |                        ^~

            """#),
        .init(
            "unknown kind", [header, line("a", kind: "tallly")].joined(separator: "\n"),
            #"""
            t.jsonl:2:38: error: unknown event kind 'tallly'
              2 | {"id":"a","date":"2025-01-25","kind":"tallly","title":"Title","summary":"S","sources":["paper"]}
                |                                      ^~~~~~~~
              note: kinds: context, directive, briefing, target, tally, report, policy, publication, coverage, assessment
              help: did you mean 'tally'?

            """#),
        .init(
            "duplicate ids", [header, line("a"), "", line("a")].joined(separator: "\r\n"),
            #"""
            t.jsonl:4:7: error: duplicate event id 'a'
              4 | {"id":"a","date":"2025-01-25","kind":"briefing","title":"Title","summary":"S","sources":["paper"]}
                |       ^~~
              note: an earlier event already has this id

            """#),
        .init(
            "unknown source", [header, line("a", sources: #"["papr"]"#)].joined(separator: "\n"),
            #"""
            t.jsonl:2:90: error: unknown source 'papr'
              2 | {"id":"a","date":"2025-01-25","kind":"briefing","title":"Title","summary":"S","sources":["papr"]}
                |                                                                                          ^~~~~~
              note: add it to the 'sources' catalogue
              help: did you mean 'paper'?

            """#),
        .init(
            "vague date without note", [header, line("a", date: "2025-01")].joined(separator: "\n"),
            #"""
            t.jsonl:2:18: error: event 'a' needs a 'dateNote': its date '2025-01' is not a plain day
              2 | {"id":"a","date":"2025-01","kind":"briefing","title":"Title","summary":"S","sources":["paper"]}
                |                  ^~~~~~~~~
              note: say how the vague date was read from the source text

            """#),
        .init(
            "related event missing",
            [header, line("a", extra: #","related":["c"]"#), line("b")].joined(separator: "\n"),
            #"""
            t.jsonl:2:110: error: related event 'c' is not in this timeline
              2 | {"id":"a","date":"2025-01-25","kind":"briefing","title":"Title","summary":"S","sources":["paper"],"related":["c"]}
                |                                                                                                              ^~~
              help: did you mean 'a'?

            """#),
        .init(
            "not an object", [header, "[1,2]"].joined(separator: "\n"),
            #"""
            t.jsonl:2:1: error: expected an object for an event, found array
              2 | [1,2]
                | ^~~~~

            """#),
    ]

    @Test(arguments: errors)
    func rendersTheFirstProblem(_ c: ImportErrorCase) throws {
        #expect(
            try c.render(
                file: "t.jsonl",
                { bytes, options throws(Diagnostic) in try JSONLImporter.decode(bytes, options: options) })
                == c.rendered)
    }
}
