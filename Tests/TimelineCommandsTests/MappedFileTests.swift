import Foundation
import Testing
import TimelineCore

@testable import TimelineCommands

/// Big JSON and JSONL files are read through a mapping whose pages are let go behind the
/// reader: the timeline and digest are those of reading the file into memory, and a file
/// shortened by another program meanwhile is an error, not a SIGBUS. Serialized: the SIGBUS
/// guard covers one mapping at a time, as loads come one after another.
@Suite(.serialized)
struct MappedFileTests {
    /// `count` events with long summaries (~330 bytes each), the catalogue before or after the events.
    static func document(events count: Int, catalogueFirst: Bool) -> String {
        let summary = String(repeating: "word ", count: 50)
        let sources = #""sources": [{"id": "s", "name": "S", "kind": "newspaper"}]"#
        let events =
            "\"events\": [\n"
            + (0..<count).map { i in
                #"{"id": "e\#(i)", "date": "2025-01-\#(i % 28 + 1 < 10 ? "0" : "")\#(i % 28 + 1)", "kind": "tally", "#
                    + #""title": "Tally \#(i)", "summary": "\#(summary)", "sources": ["s"]}"#
            }.joined(separator: ",\n") + "\n]"
        let parts = catalogueFirst ? [sources, events] : [events, sources]
        return #"{"schemaVersion": 1, "title": "big", "# + parts.joined(separator: ", ") + "}\n"
    }

    static func write(_ text: String, named name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mapped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// ~7 MB: past the 4 MB after which the reader lets pages go (checked every 4,096 events); with the events before the
    /// catalogue too, so the reader goes back over pages already let go.
    @Test(arguments: [true, false])
    func aMappedReadGivesWhatReadingIntoMemoryGives(catalogueFirst: Bool) throws {
        let path = try Self.write(Self.document(events: 20_000, catalogueFirst: catalogueFirst), named: "big.json")
        let bytes = try TimelineFiles.read(path)
        let loaded = try #require(try TimelineFiles.loadMapped(path, minimum: 0))
        #expect(loaded.timeline == (try TimelineDecoder.decode(bytes)))
        #expect(loaded.digest == SessionDocument.digest(bytes))
        #expect(loaded.timeline.events.count == 20_000)
    }

    @Test
    func aMappedJSONLReadGivesWhatReadingIntoMemoryGives() throws {
        let timeline = try TimelineDecoder.decode(Array(Self.document(events: 2_000, catalogueFirst: true).utf8))
        let jsonl = JSONLExporter.export(timeline)
        let path = try Self.write(String(decoding: jsonl, as: UTF8.self), named: "big.jsonl")
        let loaded = try #require(try TimelineFiles.loadMapped(path, minimum: 0))
        #expect(loaded.timeline == (try JSONLImporter.decode(jsonl)))
        #expect(loaded.digest == SessionDocument.digest(jsonl))
    }

    /// What the fast reader does not take (an error, another format) goes the usual way.
    @Test(arguments: [
        ("bad.json", #"{"schemaVersion": 1, "title": "t", "events": [{"id": 1}]}"#),
        ("timelinejs.json", #"{"title": {"text": {"headline": "t"}}, "events": []}"#),
        ("notes.txt", #"{"schemaVersion": 1, "title": "t"}"#),
    ])
    func whatTheFastReaderDoesNotTakeIsLeftToTheUsualWay(name: String, text: String) throws {
        let path = try Self.write(text, named: name)
        #expect(try TimelineFiles.loadMapped(path, minimum: 0) == nil)
    }

    @Test
    func smallFilesAreNotMapped() throws {
        let path = try Self.write(Self.document(events: 10, catalogueFirst: true), named: "small.json")
        #expect(try TimelineFiles.loadMapped(path) == nil)
        #expect(try TimelineFiles.load(path).timeline.events.count == 10)
    }

    /// Another program truncates the file while it is mapped: touching a page past the new
    /// end gives zeros (instead of SIGBUS ending the process), and the mapping says so.
    @Test
    func aFileShortenedWhileMappedIsNoticedNotACrash() throws {
        let path = try Self.write(String(repeating: "x", count: 1 << 16), named: "shrinking.json")
        let file = try #require(MappedFile(path, minimum: 0))
        #expect(file.bytes[40_000] == UInt8(ascii: "x"))
        #expect(!file.changedWhileRead)
        #expect(truncate(path, 0) == 0)
        #expect(file.bytes[50_000] == 0)
        #expect(file.changedWhileRead)
    }
}
