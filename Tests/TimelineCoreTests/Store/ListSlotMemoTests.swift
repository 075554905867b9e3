import Testing

@testable import TimelineCore

/// The index build looks a shared list of labels up once, by its storage: the same indexes
/// as looking up every label of every event, whether lists are shared or not, hold a label
/// twice, or outnumber what the memo remembers.
struct ListSlotMemoTests {
    @Test func remembersListsByStorageUntilFull() {
        var memo = ListSlotMemo()
        #expect(memo.find(42) == nil)
        memo.remember(42, [3, 1])
        memo.remember(7, [])
        #expect(memo.find(42).map { Array(memo.slots[$0]) } == [3, 1])
        #expect(memo.find(7)?.isEmpty == true)
        for key in 100..<UInt(100 + ListSlotMemo.capacity) { memo.remember(key, [Int(key)]) }
        // Two lists were kept before: the last two of these were not.
        let last = UInt(100 + ListSlotMemo.capacity - 3)
        #expect(memo.find(last).map { Array(memo.slots[$0]) } == [Int(last)])
        #expect(memo.find(last + 1) == nil, "past capacity nothing more is kept")
        #expect(memo.find(100).map { Array(memo.slots[$0]) } == [100])
        #expect(memo.find(42).map { Array(memo.slots[$0]) } == [3, 1])
    }

    @Test func aDisabledMemoRemembersNothing() {
        var memo = ListSlotMemo(enabled: false)
        memo.remember(42, [3])
        #expect(memo.find(42) == nil)
    }

    /// Events whose lists are shared (as the fast decoder makes them), hold repeats, cite
    /// sources through others, carry measures or not; `distinct` lists in all.
    static func events(distinct: Int, count: Int) -> [Event] {
        let lists: [[String]] = (0..<distinct).map { i in
            switch i % 4 {
            case 0: return ["t\(i % 13)", "t\((i / 13) % 13)"]
            case 1: return ["t\(i % 5)", "t\(i % 5)"]  // a label twice
            case 2: return []
            default: return ["t\(i % 3)", "t\(i % 7)", "t\(i % 11)", "t\(i % 2)"]
            }
        }
        let sourceLists: [[String]] = (0..<distinct).map { i in i % 3 == 0 ? ["s\(i % 4)", "s\(i % 4)"] : ["s\(i % 4)"]
        }
        return (0..<count).map { n in
            let day = FuzzyDate(day: Day(ordinal: 739_252 + n % 40))
            let k = (n * 7919) % distinct
            let measures =
                n % 5 == 0
                ? [Measure(metric: "m\(n % 3)", value: .exact(1), unit: "people", source: "s\(n % 6)", wording: "one")]
                : []
            return Event(
                id: "e\(n)", date: day, kind: n % 2 == 0 ? "tally" : "statement", title: "T",
                actors: lists[(k + 1) % distinct].map { "a" + $0 }, tags: lists[k], measures: measures,
                sources: sourceLists[k])
        }
    }

    @Test(arguments: [(3, 200), (40, 2_000), (ListSlotMemo.capacity + 500, 12_000)])
    func rememberingListsGivesTheIndexesLookingUpEveryLabelGives(distinct: Int, count: Int) {
        let events = Self.events(distinct: distinct, count: count)
        let chains = ["s0": ["s0"], "s1": ["s1", "s0"], "s2": ["s2", "s3", "s0"], "s3": ["s3", "s0"]]
        let plain = StoreIndexes(events, sourceChains: chains, remembersLists: false)
        for remembered in [
            StoreIndexes(events, sourceChains: chains),
            StoreIndexes.build(events, sourceChains: chains, parallelThreshold: 0),
        ] {
            for (field, table) in [
                (FieldTerm.Field.tag, plain.index.tags), (.kind, plain.index.kinds), (.actor, plain.index.actors),
                (.source, plain.index.sources), (.metric, plain.index.metrics),
            ] {
                #expect(!table.keys.isEmpty)
                for value in table.keys {
                    #expect(
                        remembered.index.positions(field, value) == plain.index.positions(field, value),
                        "\(field) \(value)")
                }
            }
        }
    }
}
