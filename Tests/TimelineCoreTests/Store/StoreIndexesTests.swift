import Testing

@testable import TimelineCore

/// A big store builds its indexes in two parts on two threads: the same indexes as
/// building them in one pass.
struct StoreIndexesTests {
    @Test(arguments: 0..<8)
    func buildingInTwoPartsGivesWhatOnePassGives(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(4000 + seed))
        let store = try TimelineStore(try generator.timeline(), origin: "t")
        let events = Array(store.allEvents)
        let chains = Dictionary(uniqueKeysWithValues: store.sources.map { ($0.id, store.chain(ofSource: $0.id)) })
        let alone = StoreIndexes(events, sourceChains: chains)
        let side = StoreIndexes.build(events, sourceChains: chains, parallelThreshold: 0)
        #expect(side.dates == alone.dates)
        for field in [FieldTerm.Field.tag, .kind, .actor, .source, .metric] {
            for value in store.vocabulary(for: field) {
                #expect(side.index.positions(field, value) == alone.index.positions(field, value), "\(field) \(value)")
            }
        }
        #expect(side.spans == alone.spans)
    }
}
