import BuiltinData
import Testing

@testable import TimelineCore

/// Timelines for the web exporter tests: the built-in one, with a fixed
/// provenance, and a small hostile one whose text tries to break out.
enum WebFixtures {
    static let provenance = Provenance(
        tool: "timeline 0.1.0", exportedAt: "2026-01-01T00:00:00Z", filter: "", normalizedFilter: "",
        origins: ["built-in"])

    static func builtin() throws -> Timeline {
        var timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        timeline.provenance = provenance
        return timeline
    }

    static let hostileText = "<script>alert('x')</script> & \"quoted\" \u{202E}gnp.exe\u{7}"

    static func hostile() throws -> Timeline {
        var timeline = Timeline(
            title: "Hostile " + hostileText, description: hostileText,
            metrics: [Metric(id: "arrests", name: "Arrests <b>", unit: "arrests")],
            sources: [
                Source(id: "paper", name: "The <Paper> & Co", kind: "newspaper", via: "wire"),
                Source(id: "wire", name: "Wire \"quotes\"", kind: "agency", note: "see https://example.com/x"),
            ],
            events: [
                Event(
                    id: "evil", date: try FuzzyDate.parse("2025-01-25"), kind: "report", title: hostileText,
                    summary: hostileText + " https://example.com/a",
                    measures: [
                        Measure(
                            metric: "arrests", value: .exact(956), unit: "arrests", source: "paper",
                            wording: "\"956\" <arrests> & more", note: hostileText)
                    ], sources: ["paper"], notes: [hostileText]),
                Event(
                    id: "month", date: try FuzzyDate.parse("2025-02"), dateNote: hostileText, kind: "tally",
                    title: "A month", sources: ["wire"]),
            ])
        timeline.provenance = Provenance(
            tool: "timeline <1>", exportedAt: "2026-01-01T00:00:00Z", filter: "title:\"<x>\"",
            normalizedFilter: "title:\"<x>\"")
        return timeline
    }

    /// One event with `edtf` as its date, for date-shape tests.
    static func single(_ edtf: String) throws -> Timeline {
        Timeline(
            title: "One", sources: [Source(id: "paper", name: "The Paper")],
            events: [
                Event(
                    id: "e1", date: try FuzzyDate.parse(edtf), dateNote: "read so", kind: "report", title: "Event one",
                    sources: ["paper"])
            ])
    }

    static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
