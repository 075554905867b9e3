import Testing

@testable import TimelineCore

/// A big store builds its indexes on a second thread while it checks ids: the same
/// indexes and positions as building them one after the other, and a repeated id found.
struct StoreIndexesTests {
    @Test(arguments: 0..<8)
    func buildingSideBySideGivesWhatBuildingInTurnGives(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(4000 + seed))
        let store = try TimelineStore(try generator.timeline(), origin: "t")
        let events = Array(store.allEvents)
        let chains = Dictionary(uniqueKeysWithValues: store.sources.map { ($0.id, store.chain(ofSource: $0.id)) })
        let alone = StoreIndexes(events, sourceChains: chains)
        let (side, positions) = StoreIndexes.build(events, sourceChains: chains, parallelThreshold: 0)
        #expect(side.dateKeys == alone.dateKeys)
        for field in [FieldTerm.Field.tag, .kind, .actor, .source, .metric] {
            for value in store.vocabulary(for: field) {
                #expect(side.index.positions(field, value) == alone.index.positions(field, value), "\(field) \(value)")
            }
        }
        #expect(side.spans.candidates(lower: nil, upper: nil) == alone.spans.candidates(lower: nil, upper: nil))
        #expect(positions == Dictionary(uniqueKeysWithValues: events.enumerated().map { ($1.id, $0) }))
        if events.count > 1 {
            var repeated = events
            repeated[repeated.count - 1].id = repeated[0].id
            #expect(StoreIndexes.build(repeated, sourceChains: chains, parallelThreshold: 0).positions == nil)
        }
    }
}
