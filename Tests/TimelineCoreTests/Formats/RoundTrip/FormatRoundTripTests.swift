import BuiltinData
import Testing

@testable import TimelineCore

/// Every format that can be read back, written then read: the project's JSON
/// and JSONL give back the very same timeline; CSV and TimelineJS give back
/// what their columns and fields carry.
struct FormatRoundTripTests {
    static func builtin() throws -> Timeline { try TimelineDecoder.decode(BuiltinData.bytes) }

    @Test func builtInThroughJSONL() throws {
        let timeline = try Self.builtin()
        #expect(try JSONLImporter.decode(JSONLExporter.export(timeline)) == timeline)
    }

    @Test(arguments: 0..<100)
    func generatedThroughJSONL(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed))
        let timeline = try generator.timeline()
        let decoded: Timeline
        do {
            decoded = try JSONLImporter.decode(JSONLExporter.export(timeline))
        } catch {
            Issue.record("seed \(seed): \(error.message)")
            return
        }
        #expect(decoded == timeline, "seed \(seed)")
    }

    @Test func builtInThroughCSVKeepsEveryColumnItCarries() throws {
        let timeline = try Self.builtin()
        let decoded = try CSVImporter.decode(CSVExporter.export(timeline))
        #expect(decoded.events.count == timeline.events.count)
        for (original, read) in zip(timeline.events, decoded.events) {
            #expect(read.id == original.id)
            #expect(read.date == original.date, "\(original.id)")
            #expect(read.dateNote == original.dateNote, "\(original.id)")
            #expect(read.kind == original.kind)
            #expect(read.title == original.title)
            #expect(read.summary == original.summary)
            #expect(read.actors == original.actors)
            #expect(read.tags == original.tags)
            #expect(read.sources == original.sources)
            #expect(read.related == original.related)
            #expect(read.measures.isEmpty, "figures are not read back from CSV (documented)")
        }
    }

    @Test func builtInThroughTimelineJSKeepsIdsTitlesAndBounds() throws {
        let timeline = try Self.builtin()
        let decoded = try TimelineJSImporter.decode(TimelineJSExporter.export(timeline))
        #expect(decoded.events.map(\.id).sorted() == timeline.events.map(\.id).sorted())
        let byID = Dictionary(uniqueKeysWithValues: decoded.events.map { ($0.id, $0) })
        for original in timeline.events {
            let read = try #require(byID[original.id])
            #expect(read.title == original.title, "\(original.id)")
            // TimelineJS holds a date only to its parts, as a span: bounds survive where both ends are known.
            if let earliest = original.date.earliest, let latest = original.date.latest {
                #expect(read.date.earliest == earliest, "\(original.id)")
                #expect(read.date.latest == latest, "\(original.id)")
            }
        }
    }
}
