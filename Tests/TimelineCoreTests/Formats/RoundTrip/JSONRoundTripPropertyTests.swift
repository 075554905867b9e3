import Testing

@testable import TimelineCore

/// Property: any valid timeline (``TimelineGenerator``: fuzzy dates of every precision and
/// shape, exact and range figures, sources with via chains, actors, tags, notes, provenance,
/// text full of escapes) exported as JSON and loaded again is the same timeline — through the
/// real ``JSONExporter``, the format detection the loader uses, and the real ``TimelineDecoder``.
///
/// A failure is shrunk before it is reported: events are dropped one at a time (and their
/// ids from the others' `related`), then each remaining event's measures and notes, while the
/// round trip still fails, and the smallest failing timeline is printed as JSON with its seed.
/// (Why a seeded generator and not a property-testing package: see ExplainRoundTripTests.swift.)
struct JSONRoundTripPropertyTests {
    /// nil when `timeline` survives the round trip, else why not.
    static func failure(_ timeline: Timeline) -> String? {
        let bytes = JSONExporter.export(timeline)
        guard TimelineFormat.detect(path: "export.json", bytes: bytes) == .json else { return "not detected as JSON" }
        do {
            let decoded = try TimelineDecoder.decode(bytes)
            return decoded == timeline ? nil : "decoded to a different timeline"
        } catch {
            return "does not decode: \(error.message)"
        }
    }

    /// Smaller valid timelines than `timeline`, biggest cuts first.
    static func shrinks(_ timeline: Timeline) -> [Timeline] {
        var candidates: [Timeline] = []
        for index in timeline.events.indices {
            var smaller = timeline
            let id = smaller.events.remove(at: index).id
            for other in smaller.events.indices { smaller.events[other].related.removeAll { $0 == id } }
            candidates.append(smaller)
        }
        for index in timeline.events.indices {
            for measure in timeline.events[index].measures.indices {
                var smaller = timeline
                smaller.events[index].measures.remove(at: measure)
                candidates.append(smaller)
            }
            if !timeline.events[index].notes.isEmpty {
                var smaller = timeline
                smaller.events[index].notes = []
                candidates.append(smaller)
            }
        }
        if timeline.provenance != nil {
            var smaller = timeline
            smaller.provenance = nil
            candidates.append(smaller)
        }
        return candidates
    }

    static func shrink(_ timeline: Timeline) -> Timeline {
        var smallest = timeline
        while let smaller = shrinks(smallest).first(where: { failure($0) != nil }) { smallest = smaller }
        return smallest
    }

    @Test(arguments: 0..<250)
    func exportedJSONLoadsBackToTheSameTimeline(seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(seed) &* 7919 &+ 1_000_003)
        let timeline = try generator.timeline()
        guard let problem = Self.failure(timeline) else { return }
        let small = Self.shrink(timeline)
        let json = String(decoding: JSONExporter.export(small), as: UTF8.self)
        Issue.record("seed \(seed): \(problem); smallest failing timeline:\n\(json)")
    }

    @Test func theShrinkerKeepsTimelinesValid() throws {
        var generator = TimelineGenerator(seed: 42)
        let timeline = try generator.timeline()
        for smaller in Self.shrinks(timeline) { #expect(Self.failure(smaller) == nil) }
    }
}
