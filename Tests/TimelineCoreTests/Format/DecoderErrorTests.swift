import Testing

@testable import TimelineCore

/// A small timeline document with one mistake, and exactly what the user sees.
struct DecoderErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    var json: String
    var rendered: String
    init(_ name: String, _ json: String, _ rendered: String) {
        (self.name, self.json, self.rendered) = (name, json, rendered)
    }
    var testDescription: String { name }
}

struct DecoderErrorTests {
    static let table: [DecoderErrorCase] = [
        .init(
            "json syntax",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [],
             "events": [],}
            """#,
            #"""
            t.json:3:14: error: trailing comma before '}'
              3 |  "events": [],}
                |              ^

            """#),
        .init(
            "root not an object",
            #"""
            ["schemaVersion", 1]
            """#,
            #"""
            t.json:1:1: error: expected an object for the timeline, found array
              1 | ["schemaVersion", 1]
                | ^~~~~~~~~~~~~~~~~~~~

            """#),
        .init(
            "unknown top-level field",
            #"""
            {"schemaVersion": 1, "titel": "t", "sources": [], "events": []}
            """#,
            #"""
            t.json:1:22: error: unknown field 'titel' in the timeline
              1 | {"schemaVersion": 1, "titel": "t", "sources": [], "events": []}
                |                      ^~~~~~~
              help: did you mean 'title'?

            """#),
        .init(
            "missing schemaVersion",
            #"""
            {"title": "t", "sources": [], "events": []}
            """#,
            #"""
            t.json:1:1: error: missing required field 'schemaVersion' in the timeline
              1 | {"title": "t", "sources": [], "events": []}
                | ^

            """#),
        .init(
            "future schemaVersion",
            #"""
            {"schemaVersion": 2, "title": "t", "sources": [], "events": []}
            """#,
            #"""
            t.json:1:19: error: schemaVersion 2 is not supported
              1 | {"schemaVersion": 2, "title": "t", "sources": [], "events": []}
                |                   ^
              note: this version of timeline reads schemaVersion 1

            """#),
        .init(
            "schemaVersion as text",
            #"""
            {"schemaVersion": "1", "title": "t", "sources": [], "events": []}
            """#,
            #"""
            t.json:1:19: error: schemaVersion must be a whole number
              1 | {"schemaVersion": "1", "title": "t", "sources": [], "events": []}
                |                   ^~~

            """#),
        .init(
            "title not a string",
            #"""
            {"schemaVersion": 1, "title": 7, "sources": [], "events": []}
            """#,
            #"""
            t.json:1:31: error: expected a string for 'title', found number
              1 | {"schemaVersion": 1, "title": 7, "sources": [], "events": []}
                |                               ^

            """#),
        .init(
            "events not an array",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [],
             "events": {"id": "e1"}}
            """#,
            #"""
            t.json:2:12: error: expected an array for 'events', found object
              2 |  "events": {"id": "e1"}}
                |            ^~~~~~~~~~~~

            """#),
        .init(
            "missing events",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": []}
            """#,
            #"""
            t.json:1:1: error: missing required field 'events' in the timeline
              1 | {"schemaVersion": 1, "title": "t", "sources": []}
                | ^

            """#),
        .init(
            "metric id not a slug",
            #"""
            {"schemaVersion": 1, "title": "t",
             "metrics": [{"id": "Arrests", "name": "Arrests", "unit": "arrests"}],
             "sources": [], "events": []}
            """#,
            #"""
            t.json:2:21: error: 'Arrests' is not a valid id
              2 |  "metrics": [{"id": "Arrests", "name": "Arrests", "unit": "arrests"}],
                |                     ^~~~~~~~~
              note: ids are lowercase letters and digits joined by single hyphens, e.g. 'daily-arrest-target'

            """#),
        .init(
            "duplicate source id",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "paper", "name": "Paper"},
                         {"id": "paper", "name": "Paper again"}],
             "events": []}
            """#,
            #"""
            t.json:3:21: error: duplicate source id 'paper'
              3 |              {"id": "paper", "name": "Paper again"}],
                |                     ^~~~~~~

            """#),
        .init(
            "via an unknown source",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "paper", "name": "Paper", "via": "wire-servce"},
                         {"id": "wire-service", "name": "Wire"}],
             "events": []}
            """#,
            #"""
            t.json:2:54: error: unknown source 'wire-servce'
              2 |  "sources": [{"id": "paper", "name": "Paper", "via": "wire-servce"},
                |                                                      ^~~~~~~~~~~~~
              note: add it to the 'sources' catalogue
              help: did you mean 'wire-service'?

            """#),
        .init(
            "via itself",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "paper", "name": "Paper", "via": "paper"}],
             "events": []}
            """#,
            #"""
            t.json:2:54: error: source 'paper' cannot reach us through itself
              2 |  "sources": [{"id": "paper", "name": "Paper", "via": "paper"}],
                |                                                      ^~~~~~~
              note: via chain: paper → paper

            """#),
        .init(
            "via chain that loops",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "a", "name": "A", "via": "b"},
                         {"id": "b", "name": "B", "via": "a"}],
             "events": []}
            """#,
            #"""
            t.json:2:46: error: source 'a' cannot reach us through itself
              2 |  "sources": [{"id": "a", "name": "A", "via": "b"},
                |                                              ^~~
              note: via chain: a → b → a

            """#),
        .init(
            "source field not in the format",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "paper", "name": "Paper", "url": "https://example.com"}],
             "events": []}
            """#,
            #"""
            t.json:2:47: error: unknown field 'url' in a source
              2 |  "sources": [{"id": "paper", "name": "Paper", "url": "https://example.com"}],
                |                                               ^~~~~

            """#),
        .init(
            "unknown event field",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025-01-25", "kind": "report", "title": "T", "tag": ["x"], "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:70: error: unknown field 'tag' in an event
              3 |   {"id": "e1", "date": "2025-01-25", "kind": "report", "title": "T", "tag": ["x"], "sources": ["paper"]}
                |                                                                      ^~~~~
              help: did you mean 'tags'?

            """#),
        .init(
            "missing event date",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "kind": "report", "title": "T", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:3: error: missing required field 'date' in event 'e1'
              3 |   {"id": "e1", "kind": "report", "title": "T", "sources": ["paper"]}
                |   ^

            """#),
        .init(
            "day out of range",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025-02-30", "kind": "report", "title": "T", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:33: error: invalid date '2025-02-30': day 30 is out of range for February 2025
              3 |   {"id": "e1", "date": "2025-02-30", "kind": "report", "title": "T", "sources": ["paper"]}
                |                                 ^~

            """#),
        .init(
            "date with an escape",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025\u002D02-30", "kind": "report", "title": "T", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:24: error: invalid date '2025-02-30': day 30 is out of range for February 2025
              3 |   {"id": "e1", "date": "2025\u002D02-30", "kind": "report", "title": "T", "sources": ["paper"]}
                |                        ^~~~~~~~~~~~~~~~~

            """#),
        .init(
            "date not a string",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": 2025, "kind": "report", "title": "T", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:24: error: expected a string for a date, found number
              3 |   {"id": "e1", "date": 2025, "kind": "report", "title": "T", "sources": ["paper"]}
                |                        ^~~~

            """#),
        .init(
            "event id not a slug",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "call--2025", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:10: error: 'call--2025' is not a valid id
              3 |   {"id": "call--2025", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"]}
                |          ^~~~~~~~~~~~
              note: ids are lowercase letters and digits joined by single hyphens, e.g. 'daily-arrest-target'

            """#),
        .init(
            "tag not a slug",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "tags": ["arrests", "Quotas"],
               "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:84: error: 'Quotas' is not a valid tag
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "tags": ["arrests", "Quotas"],
                |                                                                                    ^~~~~~~~
              note: tags are lowercase letters and digits joined by single hyphens, e.g. 'daily-arrest-target'

            """#),
        .init(
            "tags not strings",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "tags": ["arrests", 7], "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:84: error: expected a string for an item of 'tags', found number
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "tags": ["arrests", 7], "sources": ["paper"]}
                |                                                                                    ^

            """#),
        .init(
            "unknown actor",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "actors": [{"id": "ice", "name": "ICE"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "actors": ["icee"], "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:75: error: unknown actor 'icee'
              4 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "actors": ["icee"], "sources": ["paper"]}
                |                                                                           ^~~~~~
              note: add it to the 'actors' catalogue
              help: did you mean 'ice'?

            """#),
        .init(
            "unknown source",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["papr"]}
             ]}
            """#,
            #"""
            t.json:3:76: error: unknown source 'papr'
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["papr"]}
                |                                                                            ^~~~~~
              note: add it to the 'sources' catalogue
              help: did you mean 'paper'?

            """#),
        .init(
            "no sources",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": []}
             ]}
            """#,
            #"""
            t.json:3:75: error: event 'e1' names no source
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": []}
                |                                                                           ^~
              note: every event needs at least one source id in 'sources'

            """#),
        .init(
            "sources missing",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T"}
             ]}
            """#,
            #"""
            t.json:3:3: error: event 'e1' names no source
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T"}
                |   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
              note: every event needs at least one source id in 'sources'

            """#),
        .init(
            "duplicate event id",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"]},
              {"id": "e1", "date": "2026", "kind": "report", "title": "U", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:10: error: duplicate event id 'e1'
              4 |   {"id": "e1", "date": "2026", "kind": "report", "title": "U", "sources": ["paper"]}
                |          ^~~~
              note: an earlier event already has this id

            """#),
        .init(
            "related to a missing event",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "call", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"], "related": ["tally"]},
              {"id": "tallly", "date": "2026", "kind": "report", "title": "U", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:100: error: related event 'tally' is not in this timeline
              3 |   {"id": "call", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"], "related": ["tally"]},
                |                                                                                                    ^~~~~~~
              help: did you mean 'tallly'?

            """#),
        .init(
            "unknown metric",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"],
               "measures": [{"metric": "arests", "value": 1, "unit": "arrests", "source": "paper", "wording": "one"}]}
             ]}
            """#,
            #"""
            t.json:5:28: error: unknown metric 'arests'
              5 |    "measures": [{"metric": "arests", "value": 1, "unit": "arrests", "source": "paper", "wording": "one"}]}
                |                            ^~~~~~~~
              note: add it to the 'metrics' catalogue
              help: did you mean 'arrests'?

            """#),
        .init(
            "unknown measure source",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"],
               "measures": [{"metric": "arrests", "value": 1, "unit": "arrests", "source": "pape", "wording": "one"}]}
             ]}
            """#,
            #"""
            t.json:5:80: error: unknown source 'pape'
              5 |    "measures": [{"metric": "arrests", "value": 1, "unit": "arrests", "source": "pape", "wording": "one"}]}
                |                                                                                ^~~~~~
              note: add it to the 'sources' catalogue
              help: did you mean 'paper'?

            """#),
        .init(
            "min greater than max",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"],
               "measures": [{"metric": "arrests", "min": 1500, "max": 1200, "unit": "arrests", "source": "paper",
                             "wording": "1,200 to 1,500"}]}
             ]}
            """#,
            #"""
            t.json:5:46: error: 'min' is greater than 'max'
              5 |    "measures": [{"metric": "arrests", "min": 1500, "max": 1200, "unit": "arrests", "source": "paper",
                |                                              ^~~~~~~~~~~~~~~~~

            """#),
        .init(
            "value and min",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"],
               "measures": [{"metric": "arrests", "value": 1300, "min": 1200, "unit": "arrests", "source": "paper",
                             "wording": "1,300"}]}
             ]}
            """#,
            #"""
            t.json:5:61: error: a measure has either 'value' or 'min' and 'max', not both
              5 |    "measures": [{"metric": "arrests", "value": 1300, "min": 1200, "unit": "arrests", "source": "paper",
                |                                                             ^~~~

            """#),
        .init(
            "only min",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"],
               "measures": [{"metric": "arrests", "min": 1200, "unit": "arrests", "source": "paper", "wording": "1,200+"}]}
             ]}
            """#,
            #"""
            t.json:5:17: error: a measure needs 'value', or both 'min' and 'max'
              5 |    "measures": [{"metric": "arrests", "min": 1200, "unit": "arrests", "source": "paper", "wording": "1,200+"}]}
                |                 ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            """#),
        .init(
            "value as text",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"],
               "measures": [{"metric": "arrests", "value": "956", "unit": "arrests", "source": "paper", "wording": "956"}]}
             ]}
            """#,
            #"""
            t.json:5:48: error: expected a number for 'value', found string
              5 |    "measures": [{"metric": "arrests", "value": "956", "unit": "arrests", "source": "paper", "wording": "956"}]}
                |                                                ^~~~~

            """#),
        .init(
            "approximate not a boolean",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"],
               "measures": [{"metric": "arrests", "value": 50, "approximate": "yes", "unit": "arrests", "source": "paper",
                             "wording": "nearly half"}]}
             ]}
            """#,
            #"""
            t.json:5:67: error: expected true or false for 'approximate', found string
              5 |    "measures": [{"metric": "arrests", "value": 50, "approximate": "yes", "unit": "arrests", "source": "paper",
                |                                                                   ^~~~~

            """#),
        .init(
            "measure period invalid",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"],
               "measures": [{"metric": "arrests", "value": 5, "unit": "arrests", "period": "2025-13", "source": "paper",
                             "wording": "five"}]}
             ]}
            """#,
            #"""
            t.json:5:86: error: invalid date '2025-13': month 13 is out of range (01–12, or 21–24 for a season)
              5 |    "measures": [{"metric": "arrests", "value": 5, "unit": "arrests", "period": "2025-13", "source": "paper",
                |                                                                                      ^~

            """#),
        .init(
            "duplicate actor id",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "actors": [{"id": "ice", "name": "ICE"},
                        {"id": "ice", "name": "Immigration and Customs Enforcement"}],
             "events": []}
            """#,
            #"""
            t.json:3:20: error: duplicate actor id 'ice'
              3 |             {"id": "ice", "name": "Immigration and Customs Enforcement"}],
                |                    ^~~~~

            """#),
        .init(
            "duplicate metric id",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"},
                         {"id": "arrests", "name": "Arrests again", "unit": "people"}],
             "events": []}
            """#,
            #"""
            t.json:3:21: error: duplicate metric id 'arrests'
              3 |              {"id": "arrests", "name": "Arrests again", "unit": "people"}],
                |                     ^~~~~~~~~

            """#),
        .init(
            "related to itself",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"], "related": ["e1"]}
             ]}
            """#,
            #"""
            t.json:3:98: error: event 'e1' names itself as related
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "sources": ["paper"], "related": ["e1"]}
                |                                                                                                  ^~~~

            """#),
    ]

    @Test(arguments: table)
    func rendersTheFirstProblem(_ c: DecoderErrorCase) throws {
        let error = #expect(throws: Diagnostic.self) { try TimelineDecoder.decode(Array(c.json.utf8)) }
        let diagnostic = try #require(error)
        #expect(DiagnosticRenderer.render(diagnostic, in: SourceText(name: "t.json", text: c.json)) == c.rendered)
    }
}
