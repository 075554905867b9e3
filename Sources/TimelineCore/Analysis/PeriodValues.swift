/// Figures of one bounded period kept together, their values sorted, for
/// ``ConflictIndex``: how many figures of a period disagree with a value range is
/// two binary searches, however many share the period.
///
/// Event-level data repeats its periods (a day, a month, a year): at a million
/// events a one-of set's reading meets ~2,000 figures but some 50 distinct periods.
///
/// ```swift
/// let periods = PeriodValues([(lower: 1, upper: 31, low: 10, high: 10), (lower: 1, upper: 31, low: 40, high: 50)])
/// periods.disagreeing(0, low: 20, high: 30)  // 2: one wholly below, one wholly above
/// ```
struct PeriodValues {
    /// Each period's first and last day, ordered by first day, then last.
    private(set) var lowers: [Int] = []
    private(set) var uppers: [Int] = []
    /// Period `k`'s figures are at `start[k]..<start[k + 1]` in `highs` and `lows`.
    private var start = [0]
    /// The figures' high values, ascending within each period.
    private var highs: [Double] = []
    /// The figures' low values, ascending within each period.
    private var lows: [Double] = []

    init(_ figures: [(lower: Int, upper: Int, low: Double, high: Double)]) {
        let sorted = figures.sorted { ($0.lower, $0.upper, $0.high) < ($1.lower, $1.upper, $1.high) }
        highs.reserveCapacity(sorted.count)
        lows.reserveCapacity(sorted.count)
        var k = 0
        while k < sorted.count {
            var end = k + 1
            while end < sorted.count, sorted[end].lower == sorted[k].lower, sorted[end].upper == sorted[k].upper {
                end += 1
            }
            lowers.append(sorted[k].lower)
            uppers.append(sorted[k].upper)
            highs += sorted[k..<end].lazy.map(\.high)
            lows += sorted[k..<end].map(\.low).sorted()
            start.append(highs.count)
            k = end
        }
    }

    var isEmpty: Bool { lowers.isEmpty }
    var indices: Range<Int> { lowers.indices }

    /// How many figures of period `k` lie wholly below `low` or wholly above `high`.
    /// - Complexity: O(log *n*) in the period's figures.
    func disagreeing(_ k: Int, low: Double, high: Double) -> Int {
        let (from, to) = (start[k], start[k + 1])
        var (lo, hi) = (from, to)  // the first high at least `low`
        while lo < hi {
            let mid = (lo + hi) / 2
            if highs[mid] < low { lo = mid + 1 } else { hi = mid }
        }
        let under = lo - from
        (lo, hi) = (from, to)  // the first low above `high`
        while lo < hi {
            let mid = (lo + hi) / 2
            if lows[mid] <= high { lo = mid + 1 } else { hi = mid }
        }
        return under + (to - lo)
    }
}
