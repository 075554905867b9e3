import Testing

@testable import TimelineCore

/// Runs of equal dates cover a selection's events once each, in order; inside a run the
/// bounds are equal (and a one-of set's members the same), neighbouring runs differ.
struct SelectionRunsTests {
    @Test
    func runsCoverEveryEventOnceWithEqualBounds() throws {
        var sets = 0
        for seed in 0..<6 as Range<UInt64> {
            try checkRuns(seed: seed, sets: &sets)
        }
        #expect(sets > 0, "the generated timelines have one-of sets")
    }

    private func checkRuns(seed: UInt64, sets: inout Int) throws {
        var generator = TimelineGenerator(seed: 9000 + seed)
        let store = try TimelineStore(try generator.timeline(), origin: "t")
        let all = store.allEvents
        let every = Array(all.indices)
        for selection in [
            all, Selection(events: Array(all), dates: store.dates, positions: every.filter { $0 % 3 != 1 }),
        ] {
            var next = 0
            var previous: (bounds: DayRange, members: ArraySlice<DayRange>?)?
            selection.forEachRunOfEqualDates { first, bounds, members, count in
                #expect(first == next && count >= 1)
                for i in first..<(first + count) {
                    #expect(selection.dateBounds(at: i).bounds == bounds)
                    #expect(selection.dateBounds(at: i).isSet == (members != nil))
                    // A set's members are those of its date; every set in the run has them.
                    if let members {
                        #expect(Array(members) == selection.date(at: i).possibleRanges)
                        sets += 1
                    }
                }
                if let previous { #expect(previous.bounds != bounds || previous.members != members) }
                previous = (bounds, members)
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
        for selection in [store.allEvents, Selection(events: store.events, dates: store.dates, positions: kept)] {
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
        let some = Selection(events: store.events, dates: store.dates, positions: kept)
        for position in -1...store.count { #expect(some.contains(position: position) == kept.contains(position)) }
        for position in -1...store.count {
            #expect(store.allEvents.contains(position: position) == (0..<store.count).contains(position))
        }
    }
}
