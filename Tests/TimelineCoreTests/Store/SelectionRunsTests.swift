import Testing

@testable import TimelineCore

/// Runs of equal dates cover a selection's events once each, in order; inside a run the
/// bounds are equal (and a one-of set's date the same), neighbouring runs differ.
struct SelectionRunsTests {
    @Test(arguments: [0, 1, 2] as [UInt64])
    func runsCoverEveryEventOnceWithEqualBounds(_ seed: UInt64) throws {
        var generator = TimelineGenerator(seed: 9000 + seed)
        let store = try TimelineStore(try generator.timeline(), origin: "t")
        let all = store.allEvents
        let every = Array(all.indices)
        for selection in [
            all, Selection(events: Array(all), dateKeys: store.dateKeys, positions: every.filter { $0 % 3 != 1 }),
        ] {
            var next = 0
            var previous: (bounds: DayRange, isSet: Bool)?
            selection.forEachRunOfEqualDates { first, bounds, isSet, count in
                #expect(first == next && count >= 1)
                for i in first..<(first + count) {
                    #expect(selection.dateBounds(at: i).bounds == bounds && selection.dateBounds(at: i).isSet == isSet)
                }
                if isSet {
                    for i in first..<(first + count) { #expect(selection.date(at: i) == selection.date(at: first)) }
                }
                if let previous, !previous.isSet, !isSet { #expect(previous.bounds != bounds) }
                previous = (bounds, isSet)
                next = first + count
            }
            #expect(next == selection.count)
        }
    }
}

/// Reading a selection in place visits its events in order and stops when asked;
/// membership by store position agrees with the positions chosen.
struct SelectionInPlaceTests {
    @Test
    func eventsAreVisitedInOrderUntilTheBodyStops() throws {
        var generator = TimelineGenerator(seed: 41)
        let store = try TimelineStore(try generator.timeline(), origin: "t")
        let kept = (0..<store.count).filter { $0 % 3 != 1 }
        for selection in [store.allEvents, Selection(events: store.events, dateKeys: store.dateKeys, positions: kept)] {
            var seen: [String] = []
            selection.forEachInPlace { index, event in
                #expect(index == seen.count)
                seen.append(event.pointee.id)
                return true
            }
            #expect(seen == selection.map(\.id))
            var visits = 0
            selection.forEachInPlace { _, _ in
                visits += 1
                return visits < 2
            }
            #expect(visits == min(2, selection.count))
        }
        let some = Selection(events: store.events, dateKeys: store.dateKeys, positions: kept)
        for position in -1...store.count { #expect(some.contains(position: position) == kept.contains(position)) }
        for position in -1...store.count {
            #expect(store.allEvents.contains(position: position) == (0..<store.count).contains(position))
        }
    }
}
