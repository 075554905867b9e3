import Testing

@testable import TimelineCore

/// The pieces `conflicting-values` counts a one-of set's pairs with, each against a count
/// of every pair, and the whole count on timelines where sets are most of the figures.
struct SetPairCountTests {
    @Test(arguments: 0..<10)
    func periodValuesCountWhatDisagrees(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let figures = (0..<300).map { _ in
            let lower = Int.random(in: 0...6, using: &rng)
            let low = Double(Int.random(in: 0...12, using: &rng))
            return (
                lower: lower, upper: lower + Int.random(in: 0...2, using: &rng), low: low,
                high: low + Double(Int.random(in: 0...3, using: &rng))
            )
        }
        let periods = PeriodValues(figures)
        var seen = 0
        for k in periods.indices {
            let mine = figures.filter { $0.lower == periods.lowers[k] && $0.upper == periods.uppers[k] }
            seen += mine.count
            for (low, high) in [(0.0, 0.0), (3, 5), (5, 5), (6.5, 9), (20, 30), (-5, -1)] {
                let expected = mine.count { $0.high < low || $0.low > high }
                #expect(periods.disagreeing(k, low: low, high: high) == expected, "\(k) \(low) \(high)")
            }
        }
        #expect(seen == figures.count, "every figure is in one period")
        #expect(
            zip(periods.indices, periods.indices.dropFirst()).allSatisfy { a, b in
                (periods.lowers[a], periods.uppers[a]) < (periods.lowers[b], periods.uppers[b])
            })
    }

    @Test(arguments: 0..<10)
    func reachCountIsEveryReachingPair(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(100 + seed))
        func entry() -> ReachCount.Entry {
            let key = [Int.min, Int.max, ~Int.max, ~0][Int.random(in: 0...3, using: &rng)]  // the extremes
            let low = Double(Int.random(in: 0...10, using: &rng))
            return .init(
                key: Int.random(in: 0...9, using: &rng) == 0 ? key : Int.random(in: -20...20, using: &rng),
                low: low, high: low + Double(Int.random(in: 0...3, using: &rng)))
        }
        let items = (0..<200).map { _ in entry() }
        let queries = (0..<80).map { _ in entry() }
        let expected = queries.reduce(0) { sum, query in
            sum + items.count { $0.key >= query.key && ($0.high < query.low || $0.low > query.high) }
        }
        #expect(ReachCount.pairs(items, queries) == expected)
        #expect(ReachCount.pairs([], queries) == 0)
        #expect(ReachCount.pairs(items, []) == 0)
    }

    /// Timelines whose figures are mostly one-of sets (members that overlap, touch, or lie
    /// far apart, some open-ended) beside open-ended and repeated periods.
    @Test(arguments: 0..<12)
    func setsCountedAsEveryPair(_ seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(700 + seed))
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        func day(_ d: Int) -> String { "2025-\(d <= 31 ? "01" : "02")-\(String(format: "%02d", d <= 31 ? d : d - 31))" }
        func period() -> String {
            switch int(0...9) {
            case 0: return day(int(1...50))
            case 1: return ["2025-01", "2025-02", "2025"][int(0...2)]
            case 2: return int(0...1) == 0 ? "../\(day(int(1...50)))" : "\(day(int(1...50)))/.."
            case 3: return "2024/.."
            case 4: return "\(day(int(1...20)))/\(day(int(21...50)))"
            case 5: return "[\(day(int(1...3))),\(day(int(40...50)))]"  // far apart
            case 6:
                let first = int(1...40)
                return "[\(day(first)),\(day(first + 1)),\(day(first + int(3...9)))]"  // touching
            case 7: return "[\(day(int(1...9))),2025-01,\(day(int(35...50)))]"  // overlapping
            case 8: return "[2025-01,2025-02]"  // touching months
            default: return "[2024,\(day(int(1...50)))]"  // a year far before
            }
        }
        let events = try (0..<70).map { n in
            Event(
                id: "e\(n)", date: try FuzzyDate.parse(period()), kind: "tally", title: "e\(n)",
                measures: try (0..<int(1...3)).map { _ in
                    let low = Double([10, 12, 50, 100][int(0...3)])
                    return Measure(
                        metric: "total", value: int(0...4) == 0 ? .range(low, low + 30) : .exact(low),
                        approximate: int(0...3) == 0, unit: "arrests", period: try FuzzyDate.parse(period()),
                        source: "a", wording: "as stated")
                }, sources: ["a"])
        }
        let input = CheckInput(events: events, metrics: relatedMetrics)
        let expected = ConflictIndexTests.everyPair(input)
        #expect(expected.unsure > 100, "the generator makes pairs with sets")
        #expect(ConflictIndex(input).counts() == expected)
    }
}
