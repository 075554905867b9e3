import Testing

@testable import TimelineCore

/// A slice left in its store exports the bytes of the same slice copied out
/// (``TimelineStore/slice(_:provenance:)``, checked against the rules in SliceTests),
/// and becomes that timeline when copied.
struct StoreSliceTests {
    @Test
    func exportingInPlaceGivesTheCopiedSlicesBytes() throws {
        var droppedRelated = 0
        for seed in 0..<40 {
            var generator = TimelineGenerator(seed: UInt64(5000 + seed))
            let store = try TimelineStore(try generator.timeline(), origin: "t")
            let kept: [Int] =
                switch seed % 10 {
                case 0: Array(0..<store.count)
                case 1: []
                default: (0..<store.count).filter { ($0 * 7 + seed) % 3 != 0 }
                }
            let selection = Selection(events: store.events, dates: store.dates, positions: kept)
            let provenance =
                seed % 2 == 0
                ? Provenance(
                    tool: "timeline", exportedAt: "2026-11-30T12:00:00Z", filter: "x", normalizedFilter: "x",
                    origins: ["t"]) : nil
            let copied = store.slice(selection, provenance: provenance)
            let inPlace = store.sliceInPlace(selection, provenance: provenance)

            #expect(JSONExporter.export(inPlace) == JSONExporter.export(copied), "seed \(seed)")
            #expect(inPlace.timeline == copied, "seed \(seed)")
            var header = copied
            header.events = []
            #expect(inPlace.header == header, "seed \(seed)")
            droppedRelated += zip(selection, copied.events).filter { $0.related != $1.related }.count
        }
        // The slices above cut related ids, so leaving them out in place was exercised.
        #expect(droppedRelated > 0)
    }

    @Test
    func aSliceHoldsTheIDsOfItsEventsOnly() throws {
        var generator = TimelineGenerator(seed: 77)
        let store = try TimelineStore(try generator.timeline(), origin: "t")
        let kept = (0..<store.count).filter { $0 % 2 == 0 }
        let slice = store.sliceInPlace(Selection(events: store.events, dates: store.dates, positions: kept))
        for (position, event) in store.allEvents.enumerated() {
            #expect(slice.contains(id: event.id) == (position % 2 == 0))
        }
        #expect(!slice.contains(id: "no-such-event"))
    }
}

/// The needs stop reading labels once the catalogue is named, and still see related events.
struct SliceNeedsTests {
    static func event(_ id: String, actors: [String], sources: [String], related: [String] = []) throws -> Event {
        var event = Event(
            id: id, date: try FuzzyDate.parse("2025-01-26"), kind: "tally", title: id, actors: actors,
            sources: sources)
        event.related = related
        return event
    }

    @Test func namesTheCatalogueThenOnlyRelations() throws {
        let events = [
            try Self.event("a", actors: ["one"], sources: ["paper"]),
            try Self.event("b", actors: ["two", "stray"], sources: ["paper"]),  // "stray": not in the catalogue
            try Self.event("c", actors: ["late"], sources: ["wire"], related: ["a"]),
        ]
        var needs = SliceNeeds(metrics: [], actors: ["one", "two"], sources: ["paper"])
        var plain = SliceNeeds()
        for event in events {
            withUnsafePointer(to: event) { needs.add($0) }
            withUnsafePointer(to: event) { plain.add($0) }
        }
        // Complete after "b": "late" and "wire" (outside the catalogue) are not read, relations still are.
        #expect(Set(needs.actors.allKeys) == ["one", "two", "stray"])
        #expect(Set(needs.cited.allKeys) == ["paper"])
        #expect(needs.relating)
        #expect(Set(plain.actors.allKeys) == ["one", "two", "stray", "late"])
        #expect(Set(plain.cited.allKeys) == ["paper", "wire"])
    }
}
