import Testing

@testable import TimelineCore

struct TimelineFormatTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var path: String
        var text: String
        var format: TimelineFormat
        var testDescription: String { "\(path) → \(format)" }
    }

    static let cases: [Case] = [
        .init(path: "a.json", text: #"{"schemaVersion": 1, "events": []}"#, format: .json),
        .init(path: "a.json", text: #"{"events": [{"start_date": {"year": 2025}}]}"#, format: .timelineJS),
        .init(path: "dir.v2/A.JSON", text: #"{"title": {}, "events": [{"start_date": {}}]}"#, format: .timelineJS),
        // "start_date" mentioned, but not as a TimelineJS event's key.
        .init(path: "a.json", text: #"{"events": [{"summary": "\"start_date\""}]}"#, format: .json),
        .init(path: "a.json", text: "{broken", format: .json),
        .init(path: "a.jsonl", text: "{}", format: .jsonl),
        .init(path: "a.ndjson", text: "{}", format: .jsonl),
        .init(path: "a.csv", text: "{}", format: .csv),
        .init(path: "a.txt", text: "id,date,title\n", format: .csv),
        .init(path: "-", text: "{\"schemaVersion\":1}\n{\"id\":\"a\"}\n", format: .jsonl),
        .init(path: "-", text: "\n  {\"schemaVersion\": 1,\n \"events\": []}", format: .json),
        .init(path: "data", text: #"{"events": [{"start_date": {"year": 1}}]}"#, format: .timelineJS),
    ]

    @Test(arguments: cases)
    func detects(_ c: Case) {
        #expect(TimelineFormat.detect(path: c.path, bytes: Array(c.text.utf8)) == c.format)
    }

    @Test func decodesThroughTheDetectedFormat() throws {
        let text = "date,title\n2025-01-25,A\n"
        let timeline = try TimelineFormat.csv.decode(Array(text.utf8))
        #expect(timeline.events.map(\.id) == ["a"])
    }
}
