import Testing

@testable import TimelineCore

/// The span index gives exactly the events that start before a day and reach it,
/// in order; with the run of events starting in a range, every event that may
/// overlap the range.
struct DateSpanIndexTests {
    @Test(arguments: 0..<10)
    func reachingGivesExactlyTheEventsThatStartBeforeADayAndReachIt(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        // Events in order of earliest day: spans of every class, some open.
        var dates: [(lower: Int, upper: Int, isSet: Bool)] = []
        for _ in 0..<500 {
            let start = Int.random(in: 0..<20_000, using: &rng)
            let span = [0, 0, 5, 31, 32, 200, 366, 367, 3_000, 3_660, 3_661, 10_000].randomElement(using: &rng) ?? 0
            switch Int.random(in: 0..<30, using: &rng) {
            case 0: dates.append((Int.min, start, false))
            case 1: dates.append((start, Int.max, false))
            case 2: dates.append((Int.min, Int.max, false))
            // A one-of set's bounds span from its first member to its last.
            case 3: dates.append((start, start + span, span > 0))
            default: dates.append((start, start + span, false))
            }
        }
        dates.sort { $0.lower < $1.lower }
        var index = DateSpanIndex()
        for (position, date) in dates.enumerated() {
            index.add(lower: date.lower, upper: date.upper, isSet: date.isSet, at: position)
        }
        for _ in 0..<300 {
            let day = Int.random(in: -500..<21_000, using: &rng)
            let expected = dates.indices.filter { dates[$0].lower < day && dates[$0].upper >= day }
            let reaching = index.reaching(Day(ordinal: day))
            #expect(reaching.positions == expected, "day \(day)")
            #expect(reaching.count == expected.count, "day \(day)")
            #expect(reaching.sets == expected.filter { dates[$0].isSet }, "day \(day)")
            // Filtered list by list, then merged: the same as filtering the merged list.
            let held = (0..<dates.count).filter { _ in Bool.random(using: &rng) }
            let bitmap = PositionBitmap(held, universe: dates.count)
            #expect(reaching.positions(heldBy: bitmap) == expected.filter(bitmap.contains), "day \(day)")
        }
    }
}
