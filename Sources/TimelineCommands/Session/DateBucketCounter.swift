import TimelineCore

/// Counts events into calendar buckets (``DateBucket``) by their dates.
///
/// A million events fall in a few hundred buckets and come in date order: so
/// they are counted a run of equal dates at a time
/// (``Selection/forEachRunOfEqualDates(_:)``), the span just seen is checked
/// first (by its two day numbers), a new span's bucket is found by its two
/// bucket numbers (``DateBucket/number(_:)``, from the last few buckets worked
/// out) and named only the first time, and a count is an integer added in an
/// array. A one-of set is looked up by its members' bucket numbers, read from
/// the store's date column; a date is read only to name a bucket.
struct DateBucketCounter {
    struct Row {
        var key: String
        var count: Int
        /// The earliest first day of the events counted in it (`Int.min` when open).
        var order: Int
        var spansBuckets: Bool
    }

    private let namer: DateBucket
    private(set) var rows: [Row] = []
    private var rowByKey: [String: Int] = [:]
    /// By first and last bucket number (`Int.min`/`Int.max` for an open end).
    private var rowByBuckets: [Pair: Int] = [:]
    /// One-of sets, by the bucket numbers of each member.
    private var rowBySet: [[Pair]: Int] = [:]
    /// Room for a one-of set's members, reused from set to set.
    private var scratch: [Pair] = []
    /// The last few buckets worked out, each its number and first and last days, and
    /// which of them to replace next.
    private var recentSpans: [(number: Int, first: Int, last: Int)] = []
    private var nextSpan = 0
    /// The last span counted, by first and last day number and by bucket numbers, and its row.
    private var last: (days: Pair, buckets: Pair, row: Int)?

    private struct Pair: Hashable {
        var lower: Int
        var upper: Int
    }

    init(_ grouping: Grouping) { namer = DateBucket(grouping) }

    /// Selections at least this long are counted in two halves, on two threads.
    static var parallelThreshold: Int { 1 << 16 }

    /// Counts the events of `selection` into buckets of `grouping`: a run of events with the
    /// same date bounds at a time, reading the date column, and the date itself only to name
    /// a new bucket. A long selection is counted in two halves, one on each core, whose
    /// counts are then added up (the same rows as one pass: the halves' runs meet at the cut).
    static func count(_ selection: Selection, by grouping: Grouping, threshold: Int = parallelThreshold)
        -> DateBucketCounter
    {
        @Sendable func count(_ range: Range<Int>) -> DateBucketCounter {
            var counter = DateBucketCounter(grouping)
            selection.forEachRunOfEqualDates(in: range) { first, bounds, members, count in
                if !counter.add(bounds: bounds, members: members, count: count) {
                    counter.add(bounds: bounds, members: members, count: count, date: selection.date(at: first))
                }
            }
            return counter
        }
        var (counter, other) = sideBySide(halvesOf: selection.count, from: threshold, count)
        if let other { counter.merge(other) }
        return counter
    }

    /// Counts `count` events whose dates have these bounds (and, for a one-of set, these
    /// members' day ranges) when their bucket is known; returns false, counting nothing,
    /// when it is not: then ``add(bounds:members:count:date:)`` names it from the date.
    /// (Asking for the date only then, rather than through a closure at each call, kept
    /// the caller's selection from being retained at every run of dates.)
    mutating func add(bounds: DayRange, members ranges: ArraySlice<DayRange>?, count: Int = 1) -> Bool {
        guard let row = row(bounds: bounds, members: ranges, date: nil) else { return false }
        tally(count, in: row, order: bounds.lowerOrdinal)
        return true
    }

    /// Counts `count` events with this `date` (whose bounds and, for a one-of set, members'
    /// day ranges are given too), naming its bucket if it is new.
    mutating func add(bounds: DayRange, members ranges: ArraySlice<DayRange>?, count: Int = 1, date: FuzzyDate) {
        guard let row = row(bounds: bounds, members: ranges, date: date) else { return }
        tally(count, in: row, order: bounds.lowerOrdinal)
    }

    private mutating func tally(_ count: Int, in row: Int, order: Int) {
        rows[row].count += count
        rows[row].order = min(rows[row].order, order)
    }

    /// The row for these dates; a new one named from `date`, or nil without it.
    private mutating func row(bounds: DayRange, members ranges: ArraySlice<DayRange>?, date: FuzzyDate?) -> Int? {
        let days = Pair(lower: bounds.lowerOrdinal, upper: bounds.upperOrdinal)
        guard let ranges else {
            if let last, last.days == days { return last.row }
            let buckets = buckets(bounds)
            let row: Int
            if let last, last.buckets == buckets {
                row = last.row  // another span in the same buckets (another day of the month)
            } else if let known = rowByBuckets[buckets] {
                row = known
            } else {
                guard let date else { return nil }
                row = self.row(for: namer.key(for: date))
                rowByBuckets[buckets] = row
            }
            last = (days, buckets, row)
            return row
        }
        // The bucket numbers of its members, each once: the name is made of those alone.
        var members = scratch
        scratch = []  // taken, so that `members` is the only reference and is reused in place
        defer { scratch = members }
        members.removeAll(keepingCapacity: true)
        for range in ranges {
            let member = buckets(range)
            if !members.contains(member) { members.append(member) }
        }
        if members.count == 1, let known = rowByBuckets[members[0]] {
            return known  // every member in the same bucket or span: named as a plain date there is
        }
        if let known = rowBySet[members] { return known }
        guard let date else { return nil }
        let row = self.row(for: namer.key(for: date))
        rowBySet[members] = row
        return row
    }

    /// The first and last bucket numbers of a range.
    private mutating func buckets(_ range: DayRange) -> Pair {
        Pair(lower: range.lower.map { number($0) } ?? Int.min, upper: range.upper.map { number($0) } ?? Int.max)
    }

    /// The bucket number of `day`: from one of the last few buckets worked out when one
    /// holds the day (dates come in order, so mostly one does: a range's first and last
    /// days, a set's members, fall in a few neighbouring buckets), else from the calendar.
    private mutating func number(_ day: Day) -> Int {
        for span in recentSpans where span.first <= day.ordinal && day.ordinal <= span.last { return span.number }
        let found = namer.span(day)
        if recentSpans.count < 4 {
            recentSpans.append(found)
        } else {
            recentSpans[nextSpan] = found
            nextSpan = (nextSpan + 1) % 4
        }
        return found.number
    }

    /// Adds what `other` counted (another part of the same selection) to this counter's rows.
    mutating func merge(_ other: DateBucketCounter) {
        for row in other.rows {
            let mine = self.row(for: (row.key, row.spansBuckets))
            tally(row.count, in: mine, order: row.order)
        }
    }

    private mutating func row(for key: (String, Bool)) -> Int {
        if let known = rowByKey[key.0] { return known }
        rows.append(Row(key: key.0, count: 0, order: Int.max, spansBuckets: key.1))
        rowByKey[key.0] = rows.count - 1
        return rows.count - 1
    }
}
