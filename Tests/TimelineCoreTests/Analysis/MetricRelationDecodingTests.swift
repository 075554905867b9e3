import Testing

@testable import TimelineCore

/// `partOf` and `shareOf` in the metrics catalogue: read, and checked on load.
struct MetricRelationDecodingTests {
    static func document(_ metrics: String) -> String {
        #"{"schemaVersion": 1, "title": "t", "sources": [], "events": [], "metrics": ["# + metrics + "]}"
    }

    static let whole = #"{"id": "arrests", "name": "A", "unit": "arrests"}"#

    @Test func relationsAreRead() throws {
        let json = Self.document(
            Self.whole + #", {"id": "minor", "name": "M", "unit": "arrests", "partOf": "arrests"}"#
                + #", {"id": "pct", "name": "P", "unit": "percent", "shareOf": {"part": "minor", "whole": "arrests"}}"#)
        let timeline = try TimelineDecoder.decode(Array(json.utf8))
        #expect(timeline.metrics.map(\.partOf) == [nil, "arrests", nil])
        #expect(timeline.metrics[2].shareOf == Metric.Share(part: "minor", whole: "arrests"))
    }

    @Test(
        arguments: [
            (
                #"{"id": "minor", "name": "M", "unit": "arrests", "partOf": "arests"}"#,
                "unknown metric 'arests'", "did you mean 'arrests'?"
            ),
            (
                #"{"id": "minor", "name": "M", "unit": "arrests", "partOf": "minor"}"#,
                "metric 'minor' cannot be a part of itself", nil
            ),
            (
                #"{"id": "minor", "name": "M", "unit": "people", "partOf": "arrests"}"#,
                "'minor' is counted in 'people' and 'arrests' in 'arrests': a part and its whole share one unit", nil
            ),
            (
                #"{"id": "pct", "name": "P", "unit": "percent", "shareOf": {"part": "arrests", "whole": "arrest"}}"#,
                "unknown metric 'arrest'", "did you mean 'arrests'?"
            ),
            (
                #"{"id": "pct", "name": "P", "unit": "arrests", "shareOf": {"part": "arrests", "whole": "arrests"}}"#,
                "metric 'pct' has 'shareOf' but is counted in 'arrests'", nil
            ),
            (
                #"{"id": "pct", "name": "P", "unit": "percent", "shareOf": {"part": "arrests", "hole": "arrests"}}"#,
                "unknown field 'hole' in 'shareOf'", "did you mean 'whole'?"
            ),
        ] as [(String, String, String?)])
    func badRelationsStopTheLoad(metric: String, message: String, help: String?) throws {
        let json = Self.document(Self.whole + ", " + metric)
        let error = #expect(throws: Diagnostic.self) { try TimelineDecoder.decode(Array(json.utf8)) }
        let diagnostic = try #require(error)
        #expect(diagnostic.message == message)
        if let help {
            #expect(DiagnosticRenderer.render(diagnostic, in: SourceText(name: "t.json", text: json)).contains(help))
        }
    }
}
