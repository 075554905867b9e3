import Testing

@testable import TimelineCore

/// Building a store: the order does not depend on the order events arrive
/// in, and the folded search text (made lazily) is the events' own.
struct StoreBuildingTests {
    @Test(arguments: 0..<20)
    func orderIsEventOrderWhateverTheInputOrder(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(500 + seed))
        var timeline = try generator.timeline()
        var events: [Event] = []
        for _ in 0..<8 { events += try generator.timeline().events }
        // Unique ids, and a shuffled copy of the same events.
        timeline.events = events.enumerated().map { offset, event in
            var copy = event
            copy.id = "\(offset)-\(event.id)"
            copy.related = []
            return copy
        }
        var shuffled = timeline
        var rng = SplitMix64(state: UInt64(seed))
        shuffled.events.shuffle(using: &rng)
        let expected = timeline.events.sorted(by: EventOrder.precedes).map(\.id)
        #expect(try TimelineStore(timeline, origin: "t").allEvents.map(\.id) == expected)
        #expect(try TimelineStore(shuffled, origin: "t").allEvents.map(\.id) == expected)
    }

    @Test
    func searchTextIsMadeOnFirstUseForEachVersionOfTheStore() throws {
        let first = try FuzzyDate.parse("2025-01-02")
        var store = try TimelineStore(
            Timeline(title: "t", events: [Event(id: "a", date: first, kind: "report", title: "Café talk")]),
            origin: "t")
        let before = store
        #expect(try store.select(.text(TextTerm(text: "cafe", span: .point(0)))).map(\.id) == ["a"])
        try store.add(
            Timeline(title: "u", events: [Event(id: "b", date: first, kind: "report", title: "CAFE news")]),
            from: "u")
        #expect(try store.select(.text(TextTerm(text: "café", span: .point(0)))).map(\.id) == ["a", "b"])
        #expect(try before.select(.text(TextTerm(text: "cafe", span: .point(0)))).map(\.id) == ["a"])
        #expect(try store.select(.text(TextTerm(text: "news", span: .point(0)))).map(\.id) == ["b"])
    }

    /// The search text written field by field into one buffer is, byte for byte, each
    /// event's parts joined by newlines and then folded (the plain statement of it).
    @Test(arguments: 0..<10)
    func searchTextIsEachEventsPartsFolded(_ seed: Int) throws {
        var generator = TimelineGenerator(seed: UInt64(900 + seed))
        let store = try TimelineStore(try generator.timeline(), origin: "t")
        let events = Array(store.allEvents)
        #expect(store.searchText == SearchText(events.map { store.searchableText(of: $0) }))
    }
}
