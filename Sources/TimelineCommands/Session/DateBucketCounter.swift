import TimelineCore

/// Counts events into calendar buckets (``DateBucket``) by their dates.
///
/// A million events fall in a few hundred buckets and come in date order: so
/// they are counted a run of equal dates at a time
/// (``Selection/forEachRunOfEqualDates(_:)``), the span just seen is checked
/// first (by its two day numbers), a new span's bucket is found by its two
/// bucket numbers (``DateBucket/number(_:)``) and named only the first time,
/// and a count is an integer added in an array. Only a one-of set (several
/// ranges) is looked up by its whole date.
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
    /// The last span counted, by first and last day number, and its row.
    private var last: (days: Pair, row: Int)?

    private struct Pair: Hashable {
        var lower: Int
        var upper: Int
    }

    init(_ grouping: Grouping) { namer = DateBucket(grouping) }

    /// Counts `count` events whose dates have these bounds (and, for a one-of set, are
    /// the same date); `date` is asked for only when the bounds do not settle the bucket
    /// (a one-of set, or a bucket not met yet).
    mutating func add(bounds: DayRange, isSet: Bool, count: Int = 1, date: () -> FuzzyDate) {
        let order = bounds.lowerOrdinal
        let days = Pair(lower: order, upper: bounds.upperOrdinal)
        let row: Int
        if isSet {
            let date = date()
            // The bucket numbers of its members, each once: the name is made of those alone.
            var members: [Pair] = []
            for range in date.possibleRanges {
                let member = buckets(range)
                if !members.contains(member) { members.append(member) }
            }
            if members.count == 1, let known = rowByBuckets[members[0]] {
                row = known  // every member in the same bucket or span: named as a plain date there is
            } else if let known = rowBySet[members] {
                row = known
            } else {
                row = self.row(for: namer.key(for: date))
                rowBySet[members] = row
            }
        } else if let last, last.days == days {
            row = last.row
        } else {
            let buckets = buckets(bounds)
            if let known = rowByBuckets[buckets] {
                row = known
            } else {
                row = self.row(for: namer.key(for: date()))
                rowByBuckets[buckets] = row
            }
            last = (days, row)
        }
        rows[row].count += count
        rows[row].order = min(rows[row].order, order)
    }

    /// The first and last bucket numbers of a range.
    private func buckets(_ range: DayRange) -> Pair {
        Pair(lower: range.lower.map(namer.number) ?? Int.min, upper: range.upper.map(namer.number) ?? Int.max)
    }

    private mutating func row(for key: (String, Bool)) -> Int {
        if let known = rowByKey[key.0] { return known }
        rows.append(Row(key: key.0, count: 0, order: Int.max, spansBuckets: key.1))
        rowByKey[key.0] = rows.count - 1
        return rows.count - 1
    }
}
