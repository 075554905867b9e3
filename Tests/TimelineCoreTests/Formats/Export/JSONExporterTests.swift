import BuiltinData
import Testing

@testable import TimelineCore

struct JSONExporterTests {
    static func builtin() throws -> Timeline { try TimelineDecoder.decode(BuiltinData.bytes) }

    @Test
    func builtInTimelineRoundTrips() throws {
        let timeline = try Self.builtin()
        #expect(try TimelineDecoder.decode(JSONExporter.export(timeline)) == timeline)
    }

    /// The exporter writes the house format: the built-in file, byte for byte.
    @Test
    func builtInTimelineIsWrittenAsTheDataFileIs() throws {
        let written = String(decoding: JSONExporter.export(try Self.builtin()), as: UTF8.self)
        #expect(written == String(decoding: BuiltinData.bytes, as: UTF8.self))
    }

    /// The exporter writes event by event; the bytes are those of writing the whole
    /// document as one JSON value (with and without provenance, with no events).
    @Test(arguments: 0..<60)
    func writingEventByEventGivesTheWholeDocumentsBytes(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(7000 + seed))
        var timeline = try generator.timeline()
        if seed % 3 == 0 {
            timeline.provenance = Provenance(
                tool: "timeline 0.1.0", exportedAt: "2026-11-30T12:00:00Z", filter: "tag:x",
                normalizedFilter: "tag:x", origins: ["a.json"])
        }
        if seed % 10 == 1 { timeline.events = [] }
        let whole = JSONWriter.bytes(TimelineJSONEncoding.document(timeline), pretty: true) + [UInt8(ascii: "\n")]
        #expect(JSONExporter.export(timeline) == whole, "seed \(seed)")
    }

    @Test(arguments: 0..<300)
    func generatedTimelineRoundTrips(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed))
        let timeline = try generator.timeline()
        let bytes = JSONExporter.export(timeline)
        let decoded: Timeline
        do {
            decoded = try TimelineDecoder.decode(bytes)
        } catch {
            Issue.record("seed \(seed): \(error.message)\n\(String(decoding: bytes, as: UTF8.self))")
            return
        }
        #expect(decoded == timeline, "seed \(seed)")
    }

    /// The generator reaches every kind of date and figure the format has, so the round trip covers them.
    @Test
    func generatedTimelinesCoverEveryShape() throws {
        var edtf: [String] = []
        var values: [MeasureValue] = []
        var provenances = 0
        var notes = 0
        for seed in 0..<300 {
            var generator = TimelineGenerator(seed: UInt64(seed))
            let timeline = try generator.timeline()
            edtf += timeline.events.flatMap { [$0.date.edtf] + $0.measures.compactMap(\.period?.edtf) }
            values += timeline.events.flatMap { $0.measures.map(\.value) }
            provenances += timeline.provenance == nil ? 0 : 1
            notes += timeline.events.filter { !$0.notes.isEmpty }.count
        }
        let shapes: [(String, (String) -> Bool)] = [
            ("set", { $0.hasPrefix("[") }), ("open end", { $0.hasSuffix("/..") }),
            ("open start", { $0.hasPrefix("../") }),
            ("unknown end", { $0.hasSuffix("/") }), ("unknown start", { $0.hasPrefix("/") }),
            ("unspecified digits", { $0.contains("X") }), ("uncertain", { $0.contains("?") }),
            ("approximate", { $0.contains("~") }), ("both", { $0.contains("%") }),
            ("interval", { $0.dropFirst().dropLast().contains("/") && !$0.contains("..") }),
        ]
        for (name, test) in shapes { #expect(edtf.contains(where: test), "no \(name) date generated") }
        #expect(values.contains { if case .range = $0 { true } else { false } })
        #expect(values.contains { $0.lower != $0.lower.rounded() })
        #expect(provenances > 0 && notes > 0)
    }

    @Test
    func provenanceFollowsTheTitleAndDescription() throws {
        var timeline = try Self.builtin()
        timeline.provenance = Provenance(
            tool: "timeline 0.1.0", exportedAt: "2026-11-29T13:40:00Z", filter: "kind:tally",
            normalizedFilter: "kind:tally", origins: ["built-in"])
        let root = try JSONReader.parse(JSONExporter.export(timeline))
        #expect(
            root.objectValue?.map(\.key)
                == ["schemaVersion", "title", "description", "provenance", "metrics", "actors", "sources", "events"])
        #expect(
            root["provenance"]?.objectValue?.map(\.key)
                == ["tool", "exportedAt", "filter", "normalizedFilter", "origins"])
        #expect(try TimelineDecoder.decode(JSONExporter.export(timeline)) == timeline)
    }

    static let numbers: [(MeasureValue, String)] = [
        (.exact(956), #""value": 956,"#),
        (.exact(47.99), #""value": 47.99,"#),
        (.exact(0.1), #""value": 0.1,"#),
        (.exact(1.5e15), #""value": 1500000000000000,"#),
        (.exact(1e300), #""value": 1e+300,"#),
        (.range(1200, 1500), "\"min\": 1200,\n          \"max\": 1500,"),
    ]

    @Test(arguments: numbers)
    func numbersAreWrittenInTheirShortestForm(_ value: MeasureValue, _ expected: String) throws {
        let measure = Measure(metric: "arrests", value: value, unit: "arrests", source: "paper", wording: "so many")
        let timeline = Timeline(
            title: "t", metrics: [Metric(id: "arrests", name: "Arrests", unit: "arrests")],
            sources: [Source(id: "paper", name: "Paper", kind: "newspaper")],
            events: [
                Event(
                    id: "e", date: try FuzzyDate.parse("2025"), dateNote: "year only", kind: "tally", title: "T",
                    summary: "S", measures: [measure], sources: ["paper"])
            ])
        let text = String(decoding: JSONExporter.export(timeline), as: UTF8.self)
        #expect(text.contains(expected), "\(text)")
        #expect(try TimelineDecoder.decode(Array(text.utf8)) == timeline)
    }

    /// Empty `notes` are left out (files stay readable by older versions); other arrays are always written.
    @Test
    func emptyNotesAreOmittedAndOtherArraysKept() throws {
        var timeline = try Self.builtin()
        let plain = String(decoding: JSONExporter.export(timeline), as: UTF8.self)
        #expect(!plain.contains("\"notes\""))
        let bare = Timeline(
            title: "t", sources: [Source(id: "paper", name: "Paper", kind: "newspaper")],
            events: [
                Event(
                    id: "e", date: try FuzzyDate.parse("2025-01-25"), kind: "report", title: "T", summary: "S",
                    sources: ["paper"])
            ])
        let bareText = String(decoding: JSONExporter.export(bare), as: UTF8.self)
        for key in ["metrics", "actors", "tags", "measures", "related"] { #expect(bareText.contains("\"\(key)\": []")) }
        #expect(
            !bareText.contains("\"notes\"") && !bareText.contains("\"description\"")
                && !bareText.contains("\"dateNote\""))
        timeline.events[0].notes = ["checked with the desk", "second \"note\""]
        let annotated = String(decoding: JSONExporter.export(timeline), as: UTF8.self)
        #expect(
            annotated.contains(
                "\"notes\": [\n        \"checked with the desk\",\n        \"second \\\"note\\\"\"\n      ]"))
        #expect(try TimelineDecoder.decode(Array(annotated.utf8)) == timeline)
    }
}
