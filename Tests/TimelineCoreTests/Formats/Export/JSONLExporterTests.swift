import BuiltinData
import Testing

@testable import TimelineCore

struct JSONLExporterTests {
    /// The lines, each parsed; the text must end with a newline and hold no empty line.
    static func lines(_ bytes: [UInt8]) throws -> [JSONNode] {
        #expect(bytes.last == UInt8(ascii: "\n"))
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
        return try lines.map { line in
            #expect(!line.isEmpty)
            return try JSONReader.parse(Array(line))
        }
    }

    /// The header's members plus `"events": [every later line]` make the project format again.
    static func reassemble(_ lines: [JSONNode]) throws -> Timeline {
        let header = try #require(lines.first)
        guard case .object(let members) = JSON(header) else {
            Issue.record("the header is not an object")
            return Timeline(title: "")
        }
        let document = JSON.object(members + [.init("events", .array(lines.dropFirst().map(JSON.init)))])
        return try TimelineDecoder.decode(JSONWriter.bytes(document))
    }

    @Test
    func headerThenOneEventPerLine() throws {
        var timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        timeline.provenance = Provenance(
            tool: "timeline 0.1.0", exportedAt: "2026-11-29T13:40:00Z", filter: "", normalizedFilter: "",
            origins: ["built-in"])
        let lines = try Self.lines(JSONLExporter.export(timeline))
        #expect(lines.count == 1 + timeline.events.count)
        #expect(
            lines.first?.objectValue?.map(\.key)
                == ["schemaVersion", "title", "description", "provenance", "metrics", "actors", "sources"])
        #expect(lines.dropFirst().map { $0["id"]?.stringValue } == timeline.events.map(\.id))
        #expect(try Self.reassemble(lines) == timeline)
    }

    /// Each event line is the event object of the JSON export, compact.
    @Test
    func eventLinesAreTheJSONExportsEvents() throws {
        let timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        let lines = try Self.lines(JSONLExporter.export(timeline))
        let document = JSON(try JSONReader.parse(JSONExporter.export(timeline)))
        guard case .object(let members) = document, case .array(let events)? = members.last?.value else {
            Issue.record("no events array")
            return
        }
        #expect(lines.dropFirst().map(JSON.init) == events)
    }

    @Test(arguments: 0..<100)
    func generatedTimelineReassembles(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed))
        let timeline = try generator.timeline()
        let bytes = JSONLExporter.export(timeline)
        #expect(bytes.filter { $0 == UInt8(ascii: "\n") }.count == 1 + timeline.events.count, "seed \(seed)")
        #expect(try Self.reassemble(try Self.lines(bytes)) == timeline, "seed \(seed)")
    }

    @Test
    func anEmptySliceIsJustTheHeader() throws {
        let timeline = Timeline(title: "Nothing matched", sources: [])
        let text = String(decoding: JSONLExporter.export(timeline), as: UTF8.self)
        #expect(text == #"{"schemaVersion":1,"title":"Nothing matched","metrics":[],"actors":[],"sources":[]}"# + "\n")
    }
}
