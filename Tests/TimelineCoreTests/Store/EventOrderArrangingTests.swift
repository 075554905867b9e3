import Testing

@testable import TimelineCore

/// Putting events in order: the sorted positions are ``EventOrder``'s, each event
/// lands where the order puts it with its fields intact, whatever the cycles of the
/// permutation, and a store big enough to check ids and sort on two threads
/// orders and refuses exactly as a small one does.
struct EventOrderArrangingTests {
    /// Events with heap-allocated ids and titles (longer than a small string), so that
    /// an event moved twice, or lost, shows as a wrong or missing text.
    private func events(_ count: Int, seed: UInt64) throws -> [Event] {
        var generator = SplitMix64(state: seed)
        let january = try #require(Day(year: 2025, month: 1, day: 1)).ordinal
        var list: [Event] = []
        for i in 0..<count {
            let lower = january + Int.random(in: 0..<40, using: &generator)
            let upper = lower + [0, 0, 3, 30][Int.random(in: 0..<4, using: &generator)]
            let date =
                upper == lower
                ? FuzzyDate(day: Day(ordinal: lower))
                : try FuzzyDate.parse("\(Day(ordinal: lower))/\(Day(ordinal: upper))")
            list.append(
                Event(
                    id: "event-number-\(i)-with-a-long-id", date: date, kind: "tally",
                    title: "the title of event \(i), long enough for the heap", tags: ["t\(i % 7)"]))
        }
        return list
    }

    @Test(arguments: [0, 1, 2, 50, 3_000])
    func sortedPositionsAreEventOrder(_ count: Int) throws {
        let list = try events(count, seed: UInt64(count))
        let order = list.withUnsafeBufferPointer { EventOrder.sortedPositions($0) }
        #expect(order.map { list[$0].id } == list.sorted(by: EventOrder.precedes).map(\.id))
    }

    /// Identity, one long cycle, many 2-cycles, a few fixed points among random cycles,
    /// reversed (nothing in order but one event), and a file's usual shape: nearly in
    /// order, with local swaps and a few events from anywhere going to the front.
    @Test(arguments: ["identity", "rotation", "swaps", "random", "reversed", "nearly"])
    func arrangeMovesEachEventToItsPlace(_ shape: String) throws {
        let count = 1_001
        let list = try events(count, seed: 3)
        var generator = SplitMix64(state: 11)
        let order: [Int]  // new position i holds the old event order[i]
        switch shape {
        case "identity": order = Array(0..<count)
        case "rotation": order = (0..<count).map { ($0 + 1) % count }
        case "swaps": order = (0..<count).map { $0 == count - 1 ? $0 : $0 ^ 1 }
        case "reversed": order = Array((0..<count).reversed())
        case "nearly":
            var rest = Array(0..<count)
            for i in stride(from: 1, to: count - 1, by: 7) { rest.swapAt(i, i + 1) }
            let front = stride(from: 13, to: count, by: 97).map { $0 }
            order = front + rest.filter { !front.contains($0) }
        default: order = Array(0..<count).shuffled(using: &generator)
        }
        var arranged = list
        let newPosition = EventOrder.arrange(&arranged, by: order)
        #expect(arranged == order.map { list[$0] })
        for old in list.indices { #expect(arranged[newPosition[old]] == list[old]) }
    }

    /// The events left in place are an increasing run of the order, as long as any: checked
    /// against the quadratic longest-run count on small orders of every kind.
    @Test(arguments: 0..<40)
    func theEventsLeftInOrderAreALongestRun(_ seed: Int) {
        var generator = SplitMix64(state: UInt64(seed))
        let count = Int.random(in: 0..<60, using: &generator)
        var order = Array(0..<count)
        switch seed % 3 {
        case 0: order.shuffle(using: &generator)
        case 1:  // nearly in order
            for _ in 0..<(count / 5) {
                order.swapAt(Int.random(in: 0..<count, using: &generator), Int.random(in: 0..<count, using: &generator))
            }
        default: order.reverse()
        }
        let (kept, keptCount) = EventOrder.inOrder(order)
        let run = order.filter { kept.contains($0) }
        #expect(run.count == keptCount)
        #expect(zip(run, run.dropFirst()).allSatisfy { $0 < $1 })
        var longest = [Int](repeating: 1, count: count)  // longest run ending at each new position
        for j in order.indices {
            for i in 0..<j where order[i] < order[j] { longest[j] = max(longest[j], longest[i] + 1) }
        }
        #expect(keptCount == (longest.max() ?? 0))
    }

    /// Above ``EventOrder/parallelThreshold`` the ids are checked while the order is found on
    /// the other thread, and hashed in two halves: the same order, the same table, the same
    /// refusal of a repeated id (named as the user meets it: the first repeat in file order).
    @Test func aBigStoreOrdersAndRefusesAsASmallOne() throws {
        let count = EventOrder.parallelThreshold + 1_234
        var list = try events(count, seed: 5)
        var generator = SplitMix64(state: 17)
        list.shuffle(using: &generator)
        let store = try TimelineStore(Timeline(title: "big", events: list), origin: "big.json")
        #expect(store.allEvents.map(\.id) == list.sorted(by: EventOrder.precedes).map(\.id))
        for event in list.prefix(300) + list.suffix(300) { #expect(store.event(id: event.id) == event) }
        #expect(store.event(id: "event-number-\(count)-with-a-long-id") == nil)

        var repeated = list
        repeated[40_000].id = list[45_000].id  // a later repeat than the one below
        repeated[30_000].id = list[20_000].id
        #expect(throws: StoreError.duplicateEventID(list[20_000].id, origin: "big.json")) {
            try TimelineStore(Timeline(title: "big", events: repeated), origin: "big.json")
        }
    }
}
