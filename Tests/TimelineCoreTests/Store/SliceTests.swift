import Testing

@testable import TimelineCore

/// A slice carries exactly the catalogue entries its events need and drops related ids
/// outside it; checked against those rules written out plainly, on generated timelines.
struct SliceTests {
    @Test(arguments: 0..<40)
    func aSliceHoldsWhatItsEventsNeed(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(3000 + seed))
        let store = try TimelineStore(try generator.timeline(), origin: "t")
        let all = Array(store.allEvents)
        let chosen = all.enumerated().filter { ($0.offset + seed) % 3 != 0 }.map(\.element)
        let slice = store.slice(chosen)

        let ids = Set(chosen.map(\.id))
        #expect(slice.events.map(\.id) == chosen.map(\.id))
        for (event, original) in zip(slice.events, chosen) {
            #expect(event.related == original.related.filter { ids.contains($0) })
            var unrelated = event
            unrelated.related = original.related
            #expect(unrelated == original)
        }
        var metricIDs = Set(chosen.flatMap { $0.measures.map(\.metric) })
        for id in metricIDs {
            if let whole = store.metric(id)?.partOf { metricIDs.insert(whole) }
            if let share = store.metric(id)?.shareOf { metricIDs.formUnion([share.part, share.whole]) }
        }
        let actorIDs = Set(chosen.flatMap(\.actors))
        let sourceIDs = Set(chosen.flatMap { $0.citedSources.flatMap { store.chain(ofSource: $0) } })
        #expect(slice.metrics == store.metrics.filter { metricIDs.contains($0.id) })
        #expect(slice.actors == store.actors.filter { actorIDs.contains($0.id) })
        #expect(slice.sources == store.sources.filter { sourceIDs.contains($0.id) })
    }
}
