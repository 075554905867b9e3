import Testing

@testable import TimelineCore

/// The span index never misses an event that may overlap a range, and the
/// events it gives besides are near misses (or open-ended, always given).
struct DateSpanIndexTests {
    @Test(arguments: 0..<10)
    func candidatesAreExactlyTheEventsThatMayOverlap(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        // Events in order of earliest day: spans of every class, some open.
        var dates: [(Day?, Day?)] = []
        for _ in 0..<500 {
            let start = Int.random(in: 0..<20_000, using: &rng)
            let span = [0, 0, 5, 31, 200, 366, 3_000, 10_000].randomElement(using: &rng) ?? 0
            switch Int.random(in: 0..<30, using: &rng) {
            case 0: dates.append((nil, Day(ordinal: start)))
            case 1: dates.append((Day(ordinal: start), nil))
            default: dates.append((Day(ordinal: start), Day(ordinal: start + span)))
            }
        }
        dates.sort { ($0.0?.ordinal ?? Int.min) < ($1.0?.ordinal ?? Int.min) }
        var index = DateSpanIndex()
        for (position, date) in dates.enumerated() { index.add(earliest: date.0, latest: date.1, at: position) }
        for _ in 0..<200 {
            let a = Int.random(in: -500..<21_000, using: &rng)
            let b = a + Int.random(in: 0..<400, using: &rng)
            let lower = Int.random(in: 0..<10, using: &rng) == 0 ? nil : Day(ordinal: a)
            let upper = Int.random(in: 0..<10, using: &rng) == 0 ? nil : Day(ordinal: b)
            let got = index.candidates(lower: lower, upper: upper)
            let overlapping = dates.indices.filter { i in
                let (first, last) = dates[i]
                let reaches = zip2(last, lower).map { $0 >= $1 } ?? true
                let startsInTime = zip2(first, upper).map { $0 <= $1 } ?? true
                return reaches && startsInTime
            }
            #expect(Set(overlapping).isSubset(of: Set(got)), "a candidate is missing")
            #expect(got == got.sorted() && Set(got).count == got.count)
            let extra = Set(got).subtracting(overlapping)
            // Extra candidates are near misses: starting by the range's end and at most a
            // class span (≤ 3,660 days) before its start; or open-ended or longer.
            #expect(
                extra.allSatisfy { i in
                    let (first, last) = dates[i]
                    guard let first, let last, last.ordinal - first.ordinal <= 3_660 else { return true }
                    let early = lower.map { first.ordinal >= $0.ordinal - 3_660 } ?? true
                    let late = upper.map { first <= $0 } ?? true
                    return early && late
                }, "a candidate far from the range")
        }
    }
}

/// Both values, when both are there.
private func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
