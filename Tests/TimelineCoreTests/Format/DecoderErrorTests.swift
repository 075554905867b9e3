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
             "sources": [{"id": "paper", "name": "Paper", "kind": "k"},
                         {"id": "paper", "name": "Paper again", "kind": "k"}],
             "events": []}
            """#,
            #"""
            t.json:3:21: error: duplicate source id 'paper'
              3 |              {"id": "paper", "name": "Paper again", "kind": "k"}],
                |                     ^~~~~~~

            """#),
        .init(
            "via an unknown source",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "paper", "name": "Paper", "kind": "k", "via": "wire-servce"},
                         {"id": "wire-service", "name": "Wire", "kind": "k"}],
             "events": []}
            """#,
            #"""
            t.json:2:67: error: unknown source 'wire-servce'
              2 |  "sources": [{"id": "paper", "name": "Paper", "kind": "k", "via": "wire-servce"},
                |                                                                   ^~~~~~~~~~~~~
              note: add it to the 'sources' catalogue
              help: did you mean 'wire-service'?

            """#),
        .init(
            "via itself",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "paper", "name": "Paper", "kind": "k", "via": "paper"}],
             "events": []}
            """#,
            #"""
            t.json:2:67: error: source 'paper' cannot reach us through itself
              2 |  "sources": [{"id": "paper", "name": "Paper", "kind": "k", "via": "paper"}],
                |                                                                   ^~~~~~~
              note: via chain: paper → paper

            """#),
        .init(
            "via chain that loops",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "a", "name": "A", "kind": "k", "via": "b"},
                         {"id": "b", "name": "B", "kind": "k", "via": "a"}],
             "events": []}
            """#,
            #"""
            t.json:2:59: error: source 'a' cannot reach us through itself
              2 |  "sources": [{"id": "a", "name": "A", "kind": "k", "via": "b"},
                |                                                           ^~~
              note: via chain: a → b → a

            """#),
        .init(
            "source field not in the format",
            #"""
            {"schemaVersion": 1, "title": "t",
             "sources": [{"id": "paper", "name": "Paper", "kind": "k", "url": "https://example.com"}],
             "events": []}
            """#,
            #"""
            t.json:2:60: error: unknown field 'url' in a source
              2 |  "sources": [{"id": "paper", "name": "Paper", "kind": "k", "url": "https://example.com"}],
                |                                                            ^~~~~

            """#),
        .init(
            "unknown event field",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025-01-25", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "tag": ["x"], "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:103: error: unknown field 'tag' in an event
              3 |   {"id": "e1", "date": "2025-01-25", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "tag": ["x"], "sources": ["paper"]}
                |                                                                                                       ^~~~~
              help: did you mean 'tags'?

            """#),
        .init(
            "missing event date",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:3: error: missing required field 'date' in event 'e1'
              3 |   {"id": "e1", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
                |   ^

            """#),
        .init(
            "day out of range",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025-02-30", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:33: error: invalid date '2025-02-30': day 30 is out of range for February 2025
              3 |   {"id": "e1", "date": "2025-02-30", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
                |                                 ^~

            """#),
        .init(
            "date with an escape",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025\u002D02-30", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:24: error: invalid date '2025-02-30': day 30 is out of range for February 2025
              3 |   {"id": "e1", "date": "2025\u002D02-30", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
                |                        ^~~~~~~~~~~~~~~~~

            """#),
        .init(
            "date not a string",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": 2025, "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:24: error: expected a string for a date, found number
              3 |   {"id": "e1", "date": 2025, "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
                |                        ^~~~

            """#),
        .init(
            "event id not a slug",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "call--2025", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:10: error: 'call--2025' is not a valid id
              3 |   {"id": "call--2025", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]}
                |          ^~~~~~~~~~~~
              note: ids are lowercase letters and digits joined by single hyphens, e.g. 'daily-arrest-target'

            """#),
        .init(
            "tag not a slug",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "tags": ["arrests", "Quotas"],
               "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:117: error: 'Quotas' is not a valid tag
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "tags": ["arrests", "Quotas"],
                |                                                                                                                     ^~~~~~~~
              note: tags are lowercase letters and digits joined by single hyphens, e.g. 'daily-arrest-target'

            """#),
        .init(
            "tags not strings",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "tags": ["arrests", 7], "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:117: error: expected a string for an item of 'tags', found number
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "tags": ["arrests", 7], "sources": ["paper"]}
                |                                                                                                                     ^

            """#),
        .init(
            "unknown actor",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "actors": [{"id": "ice", "name": "ICE", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "actors": ["icee"], "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:108: error: unknown actor 'icee'
              4 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "actors": ["icee"], "sources": ["paper"]}
                |                                                                                                            ^~~~~~
              note: add it to the 'actors' catalogue
              help: did you mean 'ice'?

            """#),
        .init(
            "unknown source",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["papr"]}
             ]}
            """#,
            #"""
            t.json:3:109: error: unknown source 'papr'
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["papr"]}
                |                                                                                                             ^~~~~~
              note: add it to the 'sources' catalogue
              help: did you mean 'paper'?

            """#),
        .init(
            "no sources",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": []}
             ]}
            """#,
            #"""
            t.json:3:108: error: event 'e1' names no source
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": []}
                |                                                                                                            ^~
              note: every event needs at least one source id in 'sources'

            """#),
        .init(
            "sources missing",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n"}
             ]}
            """#,
            #"""
            t.json:3:3: error: missing required field 'sources' in event 'e1'
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n"}
                |   ^

            """#),
        .init(
            "duplicate event id",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"]},
              {"id": "e1", "date": "2026", "kind": "report", "title": "U", "summary": "s", "dateNote": "n", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:10: error: duplicate event id 'e1'
              4 |   {"id": "e1", "date": "2026", "kind": "report", "title": "U", "summary": "s", "dateNote": "n", "sources": ["paper"]}
                |          ^~~~
              note: an earlier event already has this id

            """#),
        .init(
            "related to a missing event",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "call", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"], "related": ["tally"]},
              {"id": "tallly", "date": "2026", "kind": "report", "title": "U", "summary": "s", "dateNote": "n", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:3:133: error: related event 'tally' is not in this timeline
              3 |   {"id": "call", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"], "related": ["tally"]},
                |                                                                                                                                     ^~~~~~~
              help: did you mean 'tallly'?

            """#),
        .init(
            "unknown metric",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "actors": [{"id": "ice", "name": "ICE", "kind": "k"},
                        {"id": "ice", "name": "Immigration and Customs Enforcement", "kind": "k"}],
             "events": []}
            """#,
            #"""
            t.json:3:20: error: duplicate actor id 'ice'
              3 |             {"id": "ice", "name": "Immigration and Customs Enforcement", "kind": "k"}],
                |                    ^~~~~

            """#),
        .init(
            "duplicate metric id",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
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
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "events": [
              {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"], "related": ["e1"]}
             ]}
            """#,
            #"""
            t.json:3:131: error: event 'e1' names itself as related
              3 |   {"id": "e1", "date": "2025", "kind": "report", "title": "T", "summary": "s", "dateNote": "n", "sources": ["paper"], "related": ["e1"]}
                |                                                                                                                                   ^~~~

            """#),
        .init(
            "unknown event kind",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}, {"id": "share", "name": "Share", "unit": "percent"}],
             "events": [
              {"id": "e1", "date": "2025-01-02", "kind": "talley", "title": "T", "summary": "s", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:46: error: unknown event kind 'talley'
              4 |   {"id": "e1", "date": "2025-01-02", "kind": "talley", "title": "T", "summary": "s", "sources": ["paper"]}
                |                                              ^~~~~~~~
              note: kinds: context, directive, briefing, target, tally, report, policy, publication, coverage, assessment
              help: did you mean 'tally'?

            """#),
        .init(
            "empty title",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}, {"id": "share", "name": "Share", "unit": "percent"}],
             "events": [
              {"id": "e1", "date": "2025-01-02", "kind": "tally", "title": " ", "summary": "s", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:64: error: 'title' must not be empty in event 'e1'
              4 |   {"id": "e1", "date": "2025-01-02", "kind": "tally", "title": " ", "summary": "s", "sources": ["paper"]}
                |                                                                ^~~

            """#),
        .init(
            "vague date without a dateNote",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}, {"id": "share", "name": "Share", "unit": "percent"}],
             "events": [
              {"id": "e1", "date": "2025-01", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:24: error: event 'e1' needs a 'dateNote': its date '2025-01' is not a plain day
              4 |   {"id": "e1", "date": "2025-01", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"]}
                |                        ^~~~~~~~~
              note: say how the vague date was read from the source text

            """#),
        .init(
            "qualified day without a dateNote",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}, {"id": "share", "name": "Share", "unit": "percent"}],
             "events": [
              {"id": "e1", "date": "2025-01-02?", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:24: error: event 'e1' needs a 'dateNote': its date '2025-01-02?' is not a plain day
              4 |   {"id": "e1", "date": "2025-01-02?", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"]}
                |                        ^~~~~~~~~~~~~
              note: say how the vague date was read from the source text

            """#),
        .init(
            "unit that is not the metric's",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}, {"id": "share", "name": "Share", "unit": "percent"}],
             "events": [
              {"id": "e1", "date": "2025-01-02", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"],
               "measures": [{"metric": "arrests", "value": 9, "unit": "arrests/day", "source": "paper", "wording": "nine a day"}]}
             ]}
            """#,
            #"""
            t.json:5:59: error: unit 'arrests/day' does not match metric 'arrests', which is counted in 'arrests'
              5 |    "measures": [{"metric": "arrests", "value": 9, "unit": "arrests/day", "source": "paper", "wording": "nine a day"}]}
                |                                                           ^~~~~~~~~~~~~
              note: a figure in another unit is another metric: add one to the 'metrics' catalogue

            """#),
        .init(
            "percentage over 100",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}, {"id": "share", "name": "Share", "unit": "percent"}],
             "events": [
              {"id": "e1", "date": "2025-01-02", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"],
               "measures": [{"metric": "share", "value": 152, "unit": "percent", "source": "paper", "wording": "152 percent"}]}
             ]}
            """#,
            #"""
            t.json:5:46: error: a percentage must lie between 0 and 100
              5 |    "measures": [{"metric": "share", "value": 152, "unit": "percent", "source": "paper", "wording": "152 percent"}]}
                |                                              ^~~

            """#),
        .init(
            "one-of set out of order",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}, {"id": "share", "name": "Share", "unit": "percent"}],
             "events": [
              {"id": "e1", "date": "[2025-02-02,2025-01-26]", "dateNote": "n", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:24: error: members of the one-of set '[2025-02-02,2025-01-26]' must be in increasing order and must not overlap
              4 |   {"id": "e1", "date": "[2025-02-02,2025-01-26]", "dateNote": "n", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"]}
                |                        ^~~~~~~~~~~~~~~~~~~~~~~~~

            """#),
        .init(
            "one-of set members overlap",
            #"""
            {"schemaVersion": 1, "title": "t", "sources": [{"id": "paper", "name": "Paper", "kind": "k"}],
             "metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}, {"id": "share", "name": "Share", "unit": "percent"}],
             "events": [
              {"id": "e1", "date": "[2025-01,2025-01-26]", "dateNote": "n", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"]}
             ]}
            """#,
            #"""
            t.json:4:24: error: members of the one-of set '[2025-01,2025-01-26]' must be in increasing order and must not overlap
              4 |   {"id": "e1", "date": "[2025-01,2025-01-26]", "dateNote": "n", "kind": "tally", "title": "T", "summary": "s", "sources": ["paper"]}
                |                        ^~~~~~~~~~~~~~~~~~~~~~

            """#),
    ]

    @Test(arguments: table)
    func rendersTheFirstProblem(_ c: DecoderErrorCase) throws {
        let error = #expect(throws: Diagnostic.self) { try TimelineDecoder.decode(Array(c.json.utf8)) }
        let diagnostic = try #require(error)
        #expect(DiagnosticRenderer.render(diagnostic, in: SourceText(name: "t.json", text: c.json)) == c.rendered)
    }
}
