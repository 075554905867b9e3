import Foundation
import Synchronization
import Testing

@testable import TimelineCore

/// A long read reports how far it has got and stops when told to, on one
/// thread or two, leaving nothing decoded.
struct LoadProgressTests {
    /// A valid document of `count` small events, in date order.
    static func document(events count: Int) -> [UInt8] {
        var bytes = Array(
            #"{"schemaVersion": 1, "title": "big", "sources": [{"id": "s", "name": "S", "kind": "newspaper"}], "events": ["#
                .utf8)
        let tail = Array(
            #"", "date": "2025-01-01", "kind": "tally", "title": "T", "summary": "s", "sources": ["s"]}"#.utf8)
        bytes.reserveCapacity(bytes.count + count * (tail.count + 16))
        for i in 0..<count {
            if i > 0 { bytes += Array(",\n".utf8) }
            bytes += Array(#"{"id": "e"#.utf8)
            bytes += Array(String(i).utf8)
            bytes += tail
        }
        bytes += Array("]}".utf8)
        return bytes
    }

    /// Several reports' worth of events at an interval of 64, on either thread.
    static let big = document(events: 600)

    final class Reports: Sendable {
        let list = Mutex<[(bytes: Int, events: Int)]>([])
    }

    @Test(arguments: [0, Int.max])
    func reportsGrowAndTheValueIsUnchanged(_ threshold: Int) throws {
        let bytes = Self.big
        let reports = Reports()
        let progress = LoadProgress(every: 64) { bytes, events in
            reports.list.withLock { $0.append((bytes, events)) }
            return true
        }
        let outcome = FastTimelineDecoder.decode(bytes, progress: progress, parallelThreshold: threshold)
        let timeline = try #require(outcome.timeline)
        #expect(timeline == FastTimelineDecoder.decode(bytes).timeline)
        #expect(timeline.events.count == 600)
        let seen = reports.list.withLock { $0 }
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0.bytes > 0 && $0.bytes <= bytes.count && $0.events <= 600 })
    }

    @Test(arguments: [0, Int.max])
    func stoppingThrowsAndDecodesNothing(_ threshold: Int) {
        let bytes = Self.big
        let progress = LoadProgress(every: 64) { _, _ in false }
        let outcome = FastTimelineDecoder.decode(bytes, progress: progress, parallelThreshold: threshold)
        guard case .stopped = outcome else {
            Issue.record("expected the read to stop")
            return
        }
        #expect(throws: Diagnostic.interrupted) {
            try TimelineDecoder.decode(bytes, progress: progress)
        }
    }

    /// A document the fast path leaves to the validating decoder (an escaped
    /// key) is read there, which stops when told too.
    @Test
    func theValidatingDecoderStopsToo() throws {
        let text = String(decoding: Self.big, as: UTF8.self)
        let bytes = Array(text.replacingOccurrences(of: #""title""#, with: #""\u0074itle""#).utf8)
        #expect(FastTimelineDecoder.decode(bytes).timeline == nil)
        #expect(try TimelineDecoder.decode(bytes).events.count == 600)
        let progress = LoadProgress(every: 64) { _, _ in false }
        #expect(throws: Diagnostic.interrupted) {
            try TimelineDecoder.decode(bytes, progress: progress)
        }
    }
}
