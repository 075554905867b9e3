import Testing

@testable import TimelineCore

/// The id table finds every event by id, nothing else, refuses a repeated id,
/// and follows the events when they are moved.
struct EventIDTableTests {
    private func events(_ ids: [String]) -> [Event] {
        ids.map { Event(id: $0, date: FuzzyDate(day: Day(ordinal: 739_252)), kind: "tally", title: $0) }
    }

    @Test(arguments: [0, 1, 2, 7, 1_000])
    func findsEachEventAndNothingElse(_ count: Int) throws {
        let list = events((0..<count).map { "ev-\($0)" })
        let table = try #require(EventIDTable(list))
        for (position, event) in list.enumerated() { #expect(table.position(of: event.id, in: list) == position) }
        for missing in ["", "ev-\(count)", "ev--1", "EV-0", "a-much-longer-id-than-fits-in-a-word"] {
            #expect(table.position(of: missing, in: list) == nil)
        }
    }

    @Test func refusesARepeatedIdShortOrLong() {
        #expect(EventIDTable(events(["a", "b", "a"])) == nil)
        let long = "an-id-long-enough-to-live-on-the-heap"
        #expect(EventIDTable(events([long, "b", String(long.reversed().reversed())])) == nil)
        #expect(EventIDTable(events(["a", "b", "c"])) != nil)
    }

    @Test func followsTheEventsWhenTheyMove() throws {
        var list = events((0..<500).map { "ev-\($0)" })
        var table = try #require(EventIDTable(list))
        var generator = SplitMix64(state: 7)
        let order = list.indices.shuffled(using: &generator)  // new position i holds the old event order[i]
        var newPosition = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { newPosition[old] = new }
        list = order.map { list[$0] }
        table.move(to: newPosition)
        for (position, event) in list.enumerated() { #expect(table.position(of: event.id, in: list) == position) }
    }
}
