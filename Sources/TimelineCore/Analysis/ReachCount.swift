/// Pairs of an item and a query whose keys reach each other (the item's key at least
/// the query's) and whose value ranges do not meet, counted offline for
/// ``ConflictIndex``: items taken in falling key order into ``RankCounter``s by value,
/// each query answered once the items that reach it are in.
///
/// An open-below period reaches a one-of set when its last day is at least the set's
/// first; an open-above one keyed by its first day, bits inverted (`~first`: an earlier
/// start is a larger key, and no value overflows), reaches it when it starts by the
/// set's last day.
///
/// ```swift
/// ReachCount.pairs([.init(key: 5, low: 1, high: 1)], [.init(key: 3, low: 2, high: 2)])  // 1
/// ```
enum ReachCount {
    /// A key and a value range.
    struct Entry {
        var key: Int
        var low: Double
        var high: Double
    }

    /// The number of (item, query) pairs with `item.key >= query.key` whose values do not
    /// meet. - Complexity: O((*n* + *q*) log *n*).
    static func pairs(_ items: [Entry], _ queries: [Entry]) -> Int {
        guard !items.isEmpty, !queries.isEmpty else { return 0 }
        let items = items.sorted { $0.key > $1.key }
        let queries = queries.sorted { $0.key > $1.key }
        let n = items.count
        let byHigh = items.indices.sorted { items[$0].high < items[$1].high }
        let byLow = items.indices.sorted { items[$0].low < items[$1].low }
        var (highRank, lowRank) = ([Int](repeating: 0, count: n), [Int](repeating: 0, count: n))
        for (rank, k) in byHigh.enumerated() { highRank[k] = rank }
        for (rank, k) in byLow.enumerated() { lowRank[k] = rank }
        let (sortedHighs, sortedLows) = (byHigh.map { items[$0].high }, byLow.map { items[$0].low })
        var (highsIn, lowsIn) = (RankCounter(size: n), RankCounter(size: n))
        var (taken, pairs) = (0, 0)
        for query in queries {
            while taken < n, items[taken].key >= query.key {
                highsIn.add(highRank[taken])
                lowsIn.add(lowRank[taken])
                taken += 1
            }
            pairs += highsIn.count(below: sortedHighs.firstIndex(notBelow: query.low))
            pairs += taken - lowsIn.count(below: sortedLows.firstIndex(above: query.high))
        }
        return pairs
    }
}
