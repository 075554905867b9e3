import Testing

@testable import TimelineCore

struct TimelineJSImporterTests {
    static let sample = #"""
        {"title": {"text": {"headline": "ICE &amp; <i>arrests</i>", "text": "<p>From the story</p>"}},
         "events": [
          {"start_date": {"year": "2025", "month": "1", "day": "25"},
           "text": {"headline": "Leadership <b>call</b>", "text": "<p>Managers were told.</p><p>Quota: 75&nbsp;a day &#8211; &quot;minimum&quot;</p>"},
           "group": "Briefing", "unique_id": "Call 25"},
          {"start_date": {"year": 2025, "month": 1}, "end_date": {"year": 2025, "month": 2, "day": 5},
           "display_date": "Late January", "text": {"headline": "The push"}, "group": "Enforcement"},
          {"start_date": {"year": 2025}, "text": {"headline": "The push"}, "media": {"url": "x"}},
          {"start_date": {"year": 2025, "month": 3, "day": 1}, "end_date": {"year": 2025, "month": 3, "day": 1}}
         ],
         "eras": [{"start_date": {"year": 2025}, "end_date": {"year": 2026}}]}

        """#

    @Test func mapsEveryEvent() throws {
        let timeline = try TimelineJSImporter.decode(Array(Self.sample.utf8))
        #expect(timeline.title == "ICE & arrests")
        #expect(timeline.description == "From the story")
        #expect(timeline.events.map(\.id) == ["call-25", "the-push", "the-push-2", "untitled-timelinejs-event"])
        #expect(timeline.events.map(\.date.edtf) == ["2025-01-25", "2025-01/2025-02-05", "2025", "2025-03-01"])
        #expect(timeline.events.map(\.kind) == ["briefing", "context", "context", "context"])
        #expect(timeline.events.map(\.tags) == [[], ["enforcement"], [], []])
        let call = timeline.events[0]
        #expect(call.title == "Leadership call")
        #expect(call.summary == "Managers were told. Quota: 75 a day – \"minimum\"")
        #expect(call.dateNote == nil)
        #expect(
            timeline.events[1].dateNote
                == "Read from a TimelineJS file: start_date 2025-01 and end_date 2025-02-05, taken as an interval "
                + "with both ends inclusive. TimelineJS display_date: Late January")
        #expect(timeline.events[2].dateNote == "Read from a TimelineJS file, whose start_date gives only the year.")
        #expect(timeline.events[2].summary == "The push")
        #expect(timeline.events[3].title == "Untitled TimelineJS event")
        #expect(timeline.events.allSatisfy { $0.sources == [TimelineJSImporter.sourceID] })
        #expect(timeline.sources.map(\.id) == [TimelineJSImporter.sourceID])
        _ = try TimelineStore(timeline, origin: "t.json")
    }

    static func file(_ events: String) -> String { #"{"events": ["# + "\n" + events + "\n]}" }

    static let errors: [ImportErrorCase] = [
        .init(
            "not JSON", #"{"events": [}"#,
            #"""
            t.json:1:13: error: expected a value, found '}'
              1 | {"events": [}
                |             ^

            """#),
        .init(
            "root is an array", "[]",
            #"""
            t.json:1:1: error: expected an object for the TimelineJS file, found array
              1 | []
                | ^~

            """#),
        .init(
            "no events", #"{"title": {}}"#,
            #"""
            t.json:1:1: error: missing required field 'events' in the TimelineJS file
              1 | {"title": {}}
                | ^

            """#),
        .init(
            "event without start_date", file(#" {"text": {"headline": "A"}}"#),
            #"""
            t.json:2:2: error: a TimelineJS event needs a 'start_date'
              2 |  {"text": {"headline": "A"}}
                |  ^
              note: e.g. "start_date": {"year": 2025, "month": 1, "day": 25}

            """#),
        .init(
            "start_date without year", file(#" {"start_date": {"month": 1}}"#),
            #"""
            t.json:2:17: error: missing required field 'year' in 'start_date'
              2 |  {"start_date": {"month": 1}}
                |                 ^

            """#),
        .init(
            "year not a number", file(#" {"start_date": {"year": "twenty"}}"#),
            #"""
            t.json:2:26: error: expected a whole number for 'year', found 'twenty'
              2 |  {"start_date": {"year": "twenty"}}
                |                          ^~~~~~~~

            """#),
        .init(
            "month out of range", file(#" {"start_date": {"year": 2025, "month": 13}}"#),
            #"""
            t.json:2:41: error: month 13 is out of range (1–12) in 'start_date'
              2 |  {"start_date": {"year": 2025, "month": 13}}
                |                                         ^~

            """#),
        .init(
            "day not in the month", file(#" {"start_date": {"year": 2025, "month": 2, "day": "30"}}"#),
            #"""
            t.json:2:51: error: invalid start_date 2025-02-30: day 30 is out of range for February 2025
              2 |  {"start_date": {"year": 2025, "month": 2, "day": "30"}}
                |                                                   ^~~~

            """#),
        .init(
            "day without month", file(#" {"start_date": {"year": 2025, "day": 3}}"#),
            #"""
            t.json:2:39: error: 'day' needs a 'month' in 'start_date'
              2 |  {"start_date": {"year": 2025, "day": 3}}
                |                                       ^

            """#),
        .init(
            "end before start",
            file(#" {"start_date": {"year": 2025, "month": 2}, "end_date": {"year": 2025, "month": 1}}"#),
            #"""
            t.json:2:57: error: end_date 2025-01 comes before start_date 2025-02
              2 |  {"start_date": {"year": 2025, "month": 2}, "end_date": {"year": 2025, "month": 1}}
                |                                                         ^~~~~~~~~~~~~~~~~~~~~~~~~~
              note: an interval's start must not be after its end

            """#),
        .init(
            "duplicate unique_id",
            file(
                #" {"start_date": {"year": 2025}, "unique_id": "A b"},"# + "\n"
                    + #" {"start_date": {"year": 2025}, "unique_id": "a-b"}"#),
            #"""
            t.json:3:46: error: duplicate unique_id 'a-b': the event id 'a-b' is taken
              3 |  {"start_date": {"year": 2025}, "unique_id": "a-b"}
                |                                              ^~~~~
              note: an earlier event's 'A b' gives it too

            """#),
        .init(
            "text not an object", file(#" {"start_date": {"year": 2025}, "text": "A"}"#),
            #"""
            t.json:2:41: error: expected an object for 'text', found string
              2 |  {"start_date": {"year": 2025}, "text": "A"}
                |                                         ^~~

            """#),
        .init(
            "event not an object", file(#" "2025""#),
            #"""
            t.json:2:2: error: expected an object for a TimelineJS event, found string
              2 |  "2025"
                |  ^~~~~~

            """#),
    ]

    @Test(arguments: errors)
    func rendersTheFirstProblem(_ c: ImportErrorCase) throws {
        #expect(try c.render(file: "t.json", TimelineJSImporter.decode) == c.rendered)
    }
}
