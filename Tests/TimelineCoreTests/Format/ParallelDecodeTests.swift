import Testing

@testable import TimelineCore

/// The event list read in pieces by two threads gives what one thread gives,
/// however the pieces fall: at events' starts, between two measures of one
/// event, inside a title that holds `},{`, or past the end of the list.
struct ParallelDecodeTests {
    /// Events whose first key is not `id` (so guesses cannot prefer events' starts) and
    /// whose three measures each are joined by `},{`, as are the words of their titles.
    static func trappingDocument(events count: Int) -> [UInt8] {
        var text = #"{"schemaVersion": 1, "title": "traps", "#
        text += #""metrics": [{"id": "arrests", "name": "Arrests", "unit": "arrests"}], "#
        text += #""sources": [{"id": "s", "name": "S", "kind": "newspaper"}], "events": ["#
        for i in 0..<count {
            if i > 0 { text += ",\n" }
            let measures = (0..<3).map {
                #"{"metric": "arrests", "value": \#(i * 3 + $0), "unit": "arrests", "source": "s", "wording": "\#($0)"}"#
            }
            text += #"{"date": "2025-01-\#(String(format2: i % 28 + 1))", "id": "e\#(i)", "kind": "tally", "#
            text += #""title": "one},{two}, {\"id\": three", "summary": "s", "#
            text += #""measures": [\#(measures.joined(separator: ","))], "sources": ["s"]}"#
        }
        text += #"], "provenance": {"tool": "t", "exportedAt": "2026-01-01T00:00:00Z", "filter": "", "#
        text += #""normalizedFilter": "", "origins": []}}"#
        return Array(text.utf8)
    }

    @Test(arguments: [40, 97, 300, 1_000, 5_000])
    func piecesAnywhereGiveWhatOneThreadGives(_ pieceBytes: Int) throws {
        let bytes = Self.trappingDocument(events: 120)
        let serial = try #require(FastTimelineDecoder.decode(bytes, parallelThreshold: .max).timeline)
        #expect(serial.events.count == 120)
        #expect(serial == (try TimelineDecoder.validatingDecode(bytes)))
        let parallel = FastTimelineDecoder.decode(bytes, parallelThreshold: 0, pieceBytes: pieceBytes).timeline
        #expect(parallel == serial)
    }

    @Test(arguments: 0..<20)
    func generatedTimelinesInSmallPieces(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(3_000 + seed))
        let bytes = JSONExporter.export(try generator.timeline())
        let serial = FastTimelineDecoder.decode(bytes, parallelThreshold: .max).timeline
        #expect(serial != nil)
        for pieceBytes in [61, 256, 2_048] {
            #expect(FastTimelineDecoder.decode(bytes, parallelThreshold: 0, pieceBytes: pieceBytes).timeline == serial)
        }
    }

    /// The pieces start where the reader is, then at increasing guesses, each an object's `{`.
    @Test func pieceStartsIncreaseAndOpenObjects() throws {
        let bytes = Self.trappingDocument(events: 200)
        try bytes.withUnsafeBufferPointer { buffer in
            var decoder = FastTimelineDecoder(base: try #require(buffer.baseAddress), count: buffer.count)
            decoder.reader.index = 100
            let starts = try #require(decoder.pieceStarts(pieceBytes: 1_000))
            #expect(starts.first == 100)
            #expect(starts.count > 10)
            #expect(zip(starts, starts.dropFirst()).allSatisfy { $0 < $1 })
            #expect(starts.dropFirst().allSatisfy { buffer[$0] == UInt8(ascii: "{") })
        }
    }

    /// A damaged event in any piece sends the document to the validating decoder.
    @Test(arguments: [10, 60, 119])
    func aBadEventInAnyPieceIsLeftToTheValidatingDecoder(_ bad: Int) {
        var text = String(decoding: Self.trappingDocument(events: 120), as: UTF8.self)
        text = text.replacingOccurrences(of: #""id": "e\#(bad)","#, with: #""id": "e\#(bad)", "id": "again","#)
        let bytes = Array(text.utf8)
        #expect(FastTimelineDecoder.decode(bytes, parallelThreshold: .max).timeline == nil)
        for pieceBytes in [97, 1_000] {
            #expect(FastTimelineDecoder.decode(bytes, parallelThreshold: 0, pieceBytes: pieceBytes).timeline == nil)
        }
    }
}

/// JSON Lines read in pieces by two threads: pieces start at lines, blank lines
/// between them go to either side, and the event limit counts both threads' events.
struct ParallelJSONLDecodeTests {
    static func lines(events count: Int, blankEvery: Int = 0) -> [UInt8] {
        var text =
            #"{"schemaVersion": 1, "title": "lines", "sources": [{"id": "s", "name": "S", "kind": "newspaper"}]}"#
        for i in 0..<count {
            text += "\n"
            if blankEvery > 0 && i % blankEvery == 0 { text += "  \n\n" }
            text += #"{"id": "e\#(i)", "date": "2025-02-\#(String(format2: i % 28 + 1))", "kind": "tally", "#
            text += #""title": "one},{two", "summary": "s", "sources": ["s"]}"#
        }
        return Array((text + "\n").utf8)
    }

    @Test(arguments: [30, 97, 1_000, 5_000])
    func piecesGiveWhatOneThreadGives(_ pieceBytes: Int) throws {
        for bytes in [Self.lines(events: 150), Self.lines(events: 150, blankEvery: 7)] {
            let serial = try #require(FastTimelineDecoder.decodeJSONL(bytes, parallelThreshold: .max).timeline)
            #expect(serial.events.count == 150)
            #expect(serial == (try JSONLImporter.validatingDecode(bytes)))
            let parallel = FastTimelineDecoder.decodeJSONL(bytes, parallelThreshold: 0, pieceBytes: pieceBytes)
            #expect(parallel.timeline == serial)
        }
    }

    @Test func theEventLimitCountsBothThreads() {
        let bytes = Self.lines(events: 150)
        #expect(
            FastTimelineDecoder.decodeJSONL(bytes, maximumEvents: 150, parallelThreshold: 0, pieceBytes: 200)
                .timeline?.events.count == 150)
        #expect(
            FastTimelineDecoder.decodeJSONL(bytes, maximumEvents: 149, parallelThreshold: 0, pieceBytes: 200)
                .timeline == nil)
    }

    /// An event over two lines, or two on one, in any piece sends the file to the validating reader.
    @Test(arguments: [3, 75, 148])
    func aBadLineInAnyPieceIsLeftToTheValidatingReader(_ bad: Int) {
        let text = String(decoding: Self.lines(events: 150), as: UTF8.self)
        let marker = #""id": "e\#(bad)", "#
        let next = #"{"id": "e\#(bad + 1)", "#
        let overTwoLines = text.replacingOccurrences(of: marker, with: marker + "\n")
        let twoOnOneLine = text.replacingOccurrences(of: "\n" + next, with: " " + next)
        for damaged in [overTwoLines, twoOnOneLine] {
            #expect(damaged != text)
            let bytes = Array(damaged.utf8)
            #expect(FastTimelineDecoder.decodeJSONL(bytes, parallelThreshold: .max).timeline == nil)
            for pieceBytes in [97, 1_000] {
                #expect(
                    FastTimelineDecoder.decodeJSONL(bytes, parallelThreshold: 0, pieceBytes: pieceBytes).timeline == nil
                )
            }
        }
    }
}

extension String {
    /// Two digits, zero-padded.
    fileprivate init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
