/// Closed ranges of day numbers (open ends as `Int.min` / `Int.max`), each
/// with an item, found by the ranges they overlap.
///
/// Ranges are kept in classes by length (1, 2, 4, … 2¹⁵ days), each sorted
/// by first day. A range of at most *L* days that overlaps `s…e` starts in
/// `s − L + 1 … e`, so a query reads, per class, one window of starts found by
/// binary search. Ranges open below are kept by last day (those overlapping
/// are a suffix), ranges open above by first day (a prefix), and the few
/// longer than 2¹⁵ days are read whole. The cost of a query is the ranges it
/// meets, not all of them; a class's items lie side by side, so a query reads
/// memory in order.
///
/// ```swift
/// let index = OverlapIndex([(lower: 10, upper: 10, item: "a"), (lower: 5, upper: Int.max, item: "b")])
/// index.forEach(overlapping: 8, 12) { lower, upper, item in print(item) }  // a, b (class by class)
/// ```
struct OverlapIndex<Item: Sendable>: Sendable {
    /// Ranges sorted by `lowers` (by `uppers` for the class open below).
    private struct RangeClass: Sendable {
        /// Longest range in days; `Int.max` for the classes read otherwise.
        var maxLength: Int
        var lowers: [Int] = []
        var uppers: [Int] = []
        var items: [Item] = []
    }

    /// Classes 1, 2, 4, … 2¹⁵ days, then: open below, open above, longer (in that order).
    private var classes: [RangeClass]

    private static var boundedClasses: Int { 16 }
    private static var openBelow: Int { boundedClasses }
    private static var openAbove: Int { boundedClasses + 1 }
    private static var longer: Int { boundedClasses + 2 }

    init(_ ranges: [(lower: Int, upper: Int, item: Item)]) {
        var buckets = [[(lower: Int, upper: Int, item: Item)]](repeating: [], count: Self.longer + 1)
        for range in ranges { buckets[Self.rangeClass(range.lower, range.upper)].append(range) }
        classes = buckets.enumerated().map { number, bucket in
            var rangeClass = RangeClass(maxLength: number < Self.boundedClasses ? 1 << number : Int.max)
            let sorted =
                number == Self.openBelow
                ? bucket.sorted { $0.upper < $1.upper } : bucket.sorted { $0.lower < $1.lower }
            for range in sorted {
                rangeClass.lowers.append(range.lower)
                rangeClass.uppers.append(range.upper)
                rangeClass.items.append(range.item)
            }
            return rangeClass
        }
    }

    private static func rangeClass(_ lower: Int, _ upper: Int) -> Int {
        if lower == Int.min { return openBelow }
        if upper == Int.max { return openAbove }
        let (span, overflow) = upper.subtractingReportingOverflow(lower)
        guard !overflow, span < 1 << (boundedClasses - 1) else { return longer }
        // the smallest k with span + 1 <= 2^k
        return span == 0 ? 0 : Int.bitWidth - span.leadingZeroBitCount
    }

    /// Calls `body` with every range that shares a day with `lower…upper`, and its item,
    /// once per range (an item with several ranges may come more than once).
    func forEach(overlapping lower: Int, _ upper: Int, _ body: (Int, Int, Item) -> Void) {
        for number in classes.indices where !classes[number].lowers.isEmpty {
            let rangeClass = classes[number]
            var k = 0
            if number == Self.openBelow {  // by last day: those reaching `lower` are the rest
                k = rangeClass.uppers.firstIndex(notBelow: lower)
            } else if number < Self.boundedClasses {
                let (earliest, overflow) = lower.subtractingReportingOverflow(rangeClass.maxLength - 1)
                k = overflow ? 0 : rangeClass.lowers.firstIndex(notBelow: earliest)
            }
            while k < rangeClass.lowers.count, rangeClass.lowers[k] <= upper {
                if rangeClass.uppers[k] >= lower {
                    body(rangeClass.lowers[k], rangeClass.uppers[k], rangeClass.items[k])
                }
                k += 1
            }
        }
    }
}
