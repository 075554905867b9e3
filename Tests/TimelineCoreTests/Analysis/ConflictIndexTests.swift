import BuiltinData
import Testing

@testable import TimelineCore

/// Dense timelines for the counting paths of `check`: periods within a few weeks (days,
/// spans, months, open ends, one-of sets), values that often disagree, two units.
struct DenseFigures {
    var rng: SeededGenerator

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

    mutating func period() -> String {
        let day = { (d: Int) in "2025-01-\(d < 10 ? "0" : "")\(d)" }
        switch int(0...9) {
        case 0...3: return day(int(1...28)) + (int(0...5) == 0 ? "~" : "")
        case 4: return "\(day(int(1...14)))/\(day(int(15...28)))"
        case 5: return int(0...1) == 0 ? "2025-01" : "2025"
        case 6: return int(0...1) == 0 ? "../\(day(int(1...28)))" : "\(day(int(1...28)))/.."
        case 7:
            let first = int(1...10)
            return "[\(day(first)),\(day(first + int(2...9))),\(day(first + 12 + int(0...6)))]"
        case 8: return "[\(day(int(1...5))),\(day(int(20...28)))]"
        default: return "[2025-01-\(int(10...19)),2025-01]"  // members that overlap
        }
    }

    mutating func events(_ count: Int) throws -> [Event] {
        try (0..<count).map { n in
            var measures: [Measure] = []
            let shared = try FuzzyDate.parse(period())
            for _ in 0..<int(0...3) {
                let metric = ["total", "part-a", "share-b"][int(0...2)]
                let unit = metric == "share-b" ? "percent" : (int(0...7) == 0 ? "arrests/day" : "arrests")
                let low = Double([10, 12, 50, 52, 100, 105][int(0...5)])
                let value: MeasureValue = int(0...5) == 0 ? .range(low, low + Double(int(1...40))) : .exact(low)
                let period = int(0...2) == 0 ? shared : try FuzzyDate.parse(self.period())
                measures.append(
                    Measure(
                        metric: metric, value: value, approximate: int(0...3) == 0, unit: unit,
                        period: int(0...4) == 0 ? nil : period, source: ["a", "b", "c"][int(0...2)],
                        wording: "as stated"))
            }
            return Event(
                id: "e\(n)", date: try FuzzyDate.parse(period()), kind: "tally", title: "e\(n)", measures: measures,
                sources: ["a"])
        }
    }
}

/// `conflicting-values` counted without listing: the same numbers as checking every pair.
struct ConflictIndexTests {
    /// Every pair of one metric and unit whose periods may share a day and whose values disagree.
    static func everyPair(_ input: CheckInput) -> ConflictIndex.Counts {
        var counts = ConflictIndex.Counts()
        let figures = input.figures
        for i in figures.indices {
            for j in (i + 1)..<figures.count {
                let (a, b) = (figures[i], figures[j])
                guard a.measure.metric == b.measure.metric, a.measure.unit == b.measure.unit,
                    a.mayShare(periodWith: b), a.disagrees(with: b)
                else { continue }
                if a.surelyShares(periodWith: b) {
                    counts.sure += 1
                } else {
                    counts.unsure += 1
                    if input.eventOfFigure[i] == input.eventOfFigure[j], a.period == b.period {
                        counts.sameReadings += 1
                    }
                }
            }
        }
        return counts
    }

    @Test(arguments: 0..<30)
    func countsAreEveryPairs(_ seed: Int) throws {
        var dense = DenseFigures(seed: UInt64(500 + seed))
        let input = CheckInput(events: try dense.events(60), metrics: relatedMetrics)
        let index = ConflictIndex(input)
        let expected = Self.everyPair(input)
        #expect(expected.sure + expected.unsure > 0, "the generator makes conflicts")
        #expect(index.counts() == expected)
        // Walking the pairs of each kind meets as many as counted, in order.
        for kind in [ConflictIndex.Kind.all, .sure, .unsure, .resting] {
            var pairs: [(Int, Int)] = []
            index.forEachPair(kind) { i, j in
                pairs.append((i, j))
                return true
            }
            #expect(pairs.count == expected.count(kind))
            #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) })
        }
    }

    @Test
    func aWalkStopsWhenAsked() throws {
        var dense = DenseFigures(seed: 7)
        let index = ConflictIndex(CheckInput(events: try dense.events(40), metrics: relatedMetrics))
        var met = 0
        index.forEachPair(.all) { _, _ in
            met += 1
            return met < 3
        }
        #expect(met == 3)
    }

    @Test
    func builtInTimeline() throws {
        let timeline = try TimelineDecoder.decode(BuiltinData.bytes)
        let input = CheckInput(events: timeline.events, metrics: timeline.metrics)
        #expect(ConflictIndex(input).counts() == Self.everyPair(input))
    }
}

/// `check` with a limit shows the first findings of the full report and counts them all.
struct CheckLimitTests {
    @Test(arguments: 0..<15)
    func theFirstFindingsAndExactCounts(_ seed: Int) throws {
        var dense = DenseFigures(seed: UInt64(900 + seed))
        let input = CheckInput(events: try dense.events(50), metrics: relatedMetrics)
        let every = CheckEngine.run(input)
        // The last findings are vague-date's info on events' own vague periods, made event by
        // event as shown: limits that stop among them.
        let vague = every.count { $0.rule == "vague-date" && $0.severity == .info }
        #expect(vague > 3)
        let cuts = [0, 1, 2, 3].map { every.count - $0 } + [every.count - vague, every.count - vague + 1]
        for limit in [0, 1, 7, 40, every.count + 5] + cuts {
            let outcome = CheckEngine.run(input, limit: limit)
            #expect(outcome.findings == Array(every.prefix(limit)))
            #expect(outcome.total == every.count)
            #expect(outcome.omitted == max(0, every.count - limit))
            for (rule, found) in outcome.counts {
                for severity in Severity.allCases {
                    #expect(
                        found[severity] == every.count { $0.rule == rule && $0.severity == severity },
                        "\(rule) \(severity)")
                }
            }
        }
    }
}

struct OverlapIndexTests {
    @Test(arguments: 0..<10)
    func meetsWhatOverlaps(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        func end(_ open: Int) -> Int {
            Int.random(in: 0...20, using: &rng) == 0 ? open : Int.random(in: -3000...3000, using: &rng)
        }
        var ranges: [(lower: Int, upper: Int, item: Int)] = []
        for item in 0..<300 {
            let lower = end(Int.min)
            let length = [0, 1, 5, 40, 400, 5000, 70_000][Int.random(in: 0...6, using: &rng)]
            let upper =
                lower == Int.min ? end(Int.max) : (Int.random(in: 0...20, using: &rng) == 0 ? Int.max : lower + length)
            ranges.append((lower, max(lower, upper), item))
        }
        let index = OverlapIndex(ranges)
        for _ in 0..<200 {
            let lower = end(Int.min)
            let upper = max(lower, lower == Int.min ? end(Int.max) : lower + Int.random(in: 0...300, using: &rng))
            var met: [Int] = []
            index.forEach(overlapping: lower, upper) { first, last, item in
                #expect(ranges[item].lower == first && ranges[item].upper == last)
                met.append(item)
            }
            let expected = ranges.filter { $0.lower <= upper && $0.upper >= lower }.map(\.item)
            #expect(met.sorted() == expected.sorted())
        }
    }

    @Test
    func rankCounterSumsBelow() {
        var counter = RankCounter(size: 5)
        counter.add(0)
        counter.add(3, 2)
        counter.add(4)
        counter.add(3, -1)
        #expect((0...5).map { counter.count(below: $0) } == [0, 1, 1, 1, 2, 3])
    }

    /// The set of ranks counts what a plain array of members counts, at every rank, as
    /// ranks come and go across word and block edges.
    @Test(arguments: [1, 63, 64, 65, 511, 512, 513, 1500, 4096])
    func rankSetCountsBelow(_ size: Int) {
        var rng = SeededGenerator(seed: UInt64(size))
        var set = RankSet(size: size)
        var members = [Bool](repeating: false, count: size)
        for step in 0..<(3 * size) {
            let rank = Int.random(in: 0..<size, using: &rng)
            if members[rank] { set.remove(rank) } else { set.insert(rank) }
            members[rank].toggle()
            if step % max(1, size / 8) == 0 || step == 3 * size - 1 {
                var below = 0
                for r in 0...size {
                    #expect(set.count(below: r) == below, "size \(size), rank \(r)")
                    if r < size, members[r] { below += 1 }
                }
            }
        }
    }
}
