/// Closed ranges of day numbers (open ends as `Int.min` / `Int.max`), each
/// with an item number, found by the ranges they overlap.
///
/// Ranges are kept in classes by length (1, 2, 4, … days, then the longest
/// and open-ended ones together), each sorted by first day. A range of at
/// most *L* days that overlaps `s…e` starts in `s − L + 1 … e`, so a query
/// reads, per class, one window of starts found by binary search: the cost is
/// the ranges it meets, not all of them.
///
/// ```swift
/// let index = OverlapIndex([(lower: 10, upper: 10, item: 0), (lower: 5, upper: Int.max, item: 1)])
/// index.forEach(overlapping: 8, 12) { print($0) }  // 0, 1 (class by class)
/// ```
struct OverlapIndex {
    /// Ranges of at most `maxLength` days (`Int.max` for the last class), sorted by first day.
    private struct LengthClass {
        var maxLength: Int
        var lowers: [Int] = []
        var uppers: [Int] = []
        var items: [Int] = []
    }

    private var classes: [LengthClass]

    /// Classes 1, 2, 4, … 2¹⁵ days (~90 years), then everything longer or open.
    private static let classCount = 17

    init(_ ranges: [(lower: Int, upper: Int, item: Int)]) {
        var buckets = [[(lower: Int, upper: Int, item: Int)]](repeating: [], count: Self.classCount)
        for range in ranges { buckets[Self.lengthClass(range.lower, range.upper)].append(range) }
        classes = buckets.enumerated().map { number, bucket in
            var lengthClass = LengthClass(maxLength: number == Self.classCount - 1 ? Int.max : 1 << number)
            for range in bucket.sorted(by: { $0.lower < $1.lower }) {
                lengthClass.lowers.append(range.lower)
                lengthClass.uppers.append(range.upper)
                lengthClass.items.append(range.item)
            }
            return lengthClass
        }
    }

    private static func lengthClass(_ lower: Int, _ upper: Int) -> Int {
        guard lower != Int.min, upper != Int.max else { return classCount - 1 }
        let (span, overflow) = upper.subtractingReportingOverflow(lower)
        guard !overflow, span < 1 << (classCount - 2) else { return classCount - 1 }
        // the smallest k with span + 1 <= 2^k
        return span == 0 ? 0 : Int.bitWidth - (span).leadingZeroBitCount
    }

    /// Calls `body` with the item of every range that shares a day with `lower…upper`,
    /// once per range (an item with several ranges may come more than once).
    func forEach(overlapping lower: Int, _ upper: Int, _ body: (Int) -> Void) {
        for lengthClass in classes where !lengthClass.lowers.isEmpty {
            var start = 0
            if lengthClass.maxLength != Int.max {
                let (earliest, overflow) = lower.subtractingReportingOverflow(lengthClass.maxLength - 1)
                start = overflow ? 0 : lengthClass.lowers.firstIndex(notBelow: earliest)
            }
            var k = start
            while k < lengthClass.lowers.count, lengthClass.lowers[k] <= upper {
                if lengthClass.uppers[k] >= lower { body(lengthClass.items[k]) }
                k += 1
            }
        }
    }
}
