import Testing
import TimelineCore

@testable import TimelineCommands

/// `count by day|week|month|year|decade` remembers each date span's bucket by its day
/// numbers (DateBucketCounter); these tests hold it to naming every event's bucket afresh.
struct DateBucketCounterTests {
    /// Dates of every shape a bucket may be named from: plain days, months, years,
    /// unspecified digits, seasons (winter crosses a year), intervals, open ends and one-of sets.
    static func randomDate(_ rng: inout SplitMix) -> String {
        let (y, m, d) = (
            Int.random(in: 1995...2026, using: &rng), Int.random(in: 1...12, using: &rng),
            Int.random(in: 1...27, using: &rng)
        )
        let day = "\(y)-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)")
        switch Int.random(in: 0...11, using: &rng) {
        case 0, 1, 2: return day
        case 3: return String(day.prefix(7))
        case 4: return "\(y)"
        case 5: return "\(y / 10)X"
        case 6: return "\(y)-\(Int.random(in: 21...24, using: &rng))"
        case 7: return "\(day)/\(y + Int.random(in: 0...1, using: &rng))-12-31"
        case 8: return ["\(day)/..", "../\(day)", "/\(day)"].randomElement(using: &rng) ?? day
        case 9: return "[\(day),\(y + 1)-01-15]"
        case 10: return "[\(day),\(String(day.prefix(8)))28]"  // both members in one month
        default: return day + (["?", "~", "%"].randomElement(using: &rng) ?? "?")
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func countsAsIfEachDateWereNamedAfresh(_ seed: UInt64) throws {
        var rng = SplitMix(state: seed)
        let dates = try (0..<600).map { _ in try FuzzyDate.parse(Self.randomDate(&rng)) }
        for grouping in [Grouping.day, .week, .month, .year, .decade] {
            var counter = DateBucketCounter(grouping)
            var expected: [String: (count: Int, order: Int, spans: Bool)] = [:]
            let namer = DateBucket(grouping)
            for date in dates {
                let members = date.precision == .set ? date.possibleRanges[...] : nil
                // Named only when the counter does not know the bucket yet, as `count by` does.
                if !counter.add(bounds: date.bounds, members: members) {
                    counter.add(bounds: date.bounds, members: members, date: date)
                }
                let (key, spans) = namer.key(for: date)
                let old = expected[key] ?? (0, Int.max, spans)
                expected[key] = (old.count + 1, min(old.order, date.earliest?.ordinal ?? Int.min), spans)
            }
            #expect(counter.rows.count == expected.count, "\(grouping)")
            for row in counter.rows {
                let want = expected[row.key]
                #expect(want?.count == row.count, "\(grouping) \(row.key)")
                #expect(want?.order == row.order, "\(grouping) \(row.key)")
                #expect(want?.spans == row.spansBuckets, "\(grouping) \(row.key)")
            }
            #expect(counter.rows.map(\.count).reduce(0, +) == dates.count)
        }
    }

    /// `count by …` on a store counts a run of equal dates at a time: the same table as
    /// naming each event's bucket afresh, with many events sharing each date.
    @Test(arguments: [4, 5] as [UInt64])
    func countingByRunsOfEqualDatesCountsEveryEvent(_ seed: UInt64) throws {
        var rng = SplitMix(state: seed)
        let texts = (0..<40).map { _ in Self.randomDate(&rng) }  // few dates, so runs are long
        let events = try (0..<800).map { i in
            Event(
                id: "e\(i)", date: try FuzzyDate.parse(texts[Int.random(in: 0..<texts.count, using: &rng)]),
                kind: "tally", title: "t", sources: ["s"])
        }
        let session = Session(store: try TimelineStore(Timeline(title: "runs", events: events), origin: "t"))
        for grouping in [Grouping.day, .week, .month, .year, .decade] {
            let namer = DateBucket(grouping)
            var expected: [String: Int] = [:]
            for event in events { expected[namer.key(for: event.date).0, default: 0] += 1 }
            let table = try session.count(.all, by: grouping)
            #expect(Dictionary(uniqueKeysWithValues: table.rows.map { ($0.key, $0.count) }) == expected, "\(grouping)")
        }
    }

    /// Counted in two halves on two threads, then added up: the same rows as one pass, for
    /// every selection (a cut inside a run of equal dates, a one-of set at the cut), with
    /// and without a filter.
    @Test(arguments: [6, 7, 8] as [UInt64])
    func twoHalvesCountAsOnePass(_ seed: UInt64) throws {
        var rng = SplitMix(state: seed)
        let texts = (0..<60).map { _ in Self.randomDate(&rng) }
        let events = try (0..<700).map { i in
            Event(
                id: "e\(i)", date: try FuzzyDate.parse(texts[Int.random(in: 0..<texts.count, using: &rng)]),
                kind: i % 3 == 0 ? "tally" : "report", title: "t", sources: ["s"])
        }
        let store = try TimelineStore(Timeline(title: "halves", events: events), origin: "t")
        let tally = Filter.field(FieldTerm(field: .kind, value: "tally", span: .point(0), valueSpan: .point(0)))
        for filter in [Filter.all, tally] {
            let selection = try store.select(filter)
            for grouping in [Grouping.day, .week, .month, .year, .decade] {
                func rows(_ threshold: Int) -> [String] {
                    DateBucketCounter.count(selection, by: grouping, threshold: threshold).rows
                        .map { "\($0.key) \($0.count) \($0.order) \($0.spansBuckets)" }.sorted()
                }
                #expect(rows(1) == rows(.max), "\(grouping) \(filter)")
                #expect(!rows(1).isEmpty)
            }
        }
    }

    /// A bucket's span holds exactly the days with its number: the days at its ends have
    /// it, the days just outside do not (weeks, months of every length, leap years, decades
    /// on both sides of year 0).
    @Test(arguments: [Grouping.day, .week, .month, .year, .decade])
    func aBucketsSpanHoldsExactlyTheDaysWithItsNumber(_ grouping: Grouping) {
        var rng = SplitMix(state: 11)
        let namer = DateBucket(grouping)
        let ordinals =
            (0..<400).map { _ in Int.random(in: -800_000...800_000, using: &rng) } + [-1, 0, 1, 59, 60, 11_016]
        for ordinal in ordinals {
            let day = Day(ordinal: ordinal)
            let (number, first, last) = namer.span(day)
            #expect(number == namer.number(day) && first <= ordinal && ordinal <= last, "\(day)")
            #expect(namer.number(Day(ordinal: first)) == number && namer.number(Day(ordinal: last)) == number)
            #expect(namer.number(Day(ordinal: first - 1)) != number && namer.number(Day(ordinal: last + 1)) != number)
        }
    }
}
