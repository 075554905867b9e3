import TimelineCore

/// Places a ``DateAxis`` on `width` columns: each segment gets columns, each
/// gap a three-column break (` ≈ `).
///
/// A segment of one day gets ``singleDayColumns`` columns; the others share
/// what is left in proportion to their days (largest remainder), at least one
/// column each. Within a segment the scale is linear.
struct AxisColumns {
    static let breakColumns = 3
    static let singleDayColumns = 3

    let axis: DateAxis
    let width: Int
    /// First column of each segment, and its column count.
    private(set) var starts: [Int] = []
    private(set) var counts: [Int] = []

    init(_ axis: DateAxis, width: Int) {
        self.axis = axis
        self.width = width
        let segments = axis.segments
        guard !segments.isEmpty else { return }
        let available = max(segments.count, width - Self.breakColumns * axis.gaps.count)
        let long = segments.indices.filter { segments[$0].days > 1 }
        var counts = segments.map { $0.days > 1 ? 0 : Self.singleDayColumns }
        if long.isEmpty {
            counts = Self.share(available, weights: segments.map { _ in 1 })
        } else {
            let left = max(long.count, available - counts.reduce(0, +))
            let shares = Self.share(left, weights: long.map { segments[$0].days })
            for (index, share) in zip(long, shares) { counts[index] = share }
        }
        var column = 0
        for count in counts {
            starts.append(column)
            column += count + Self.breakColumns
        }
        self.counts = counts
    }

    /// `total` split in proportion to `weights` (largest remainder), at least 1 each.
    static func share(_ total: Int, weights: [Int]) -> [Int] {
        let sum = max(1, weights.reduce(0, +))
        let spare = max(0, total - weights.count)
        let exact = weights.map { Double(spare) * Double($0) / Double(sum) }
        var shares = exact.map { Int($0) }
        let order = exact.indices.sorted { (exact[$0] - Double(shares[$0])) > (exact[$1] - Double(shares[$1])) }
        for index in order.prefix(spare - shares.reduce(0, +)) { shares[index] += 1 }
        return shares.map { $0 + 1 }
    }

    /// The columns of the three-column break after segment `gap`.
    func breakRange(_ gap: Int) -> ClosedRange<Int> {
        let start = starts[gap] + counts[gap]
        return start...(start + Self.breakColumns - 1)
    }

    /// Columns covering `day`; a day inside a gap maps to the break's middle column,
    /// a day outside the axis to its nearest end.
    func columns(of day: Day) -> ClosedRange<Int> {
        let segments = axis.segments
        guard let first = segments.first, let last = segments.last else { return 0...0 }
        if day < first.first { return starts[0]...starts[0] }
        if day > last.last {
            let end = starts[segments.count - 1] + counts[segments.count - 1] - 1
            return end...end
        }
        for (index, segment) in segments.enumerated() {
            if day > segment.last {
                if index + 1 < segments.count, day < segments[index + 1].first {
                    let middle = breakRange(index).lowerBound + 1
                    return middle...middle
                }
                continue
            }
            let offset = day.ordinal - segment.first.ordinal
            let lo = starts[index] + offset * counts[index] / segment.days
            let hi = starts[index] + (offset + 1) * counts[index] / segment.days - 1
            return lo...max(lo, hi)
        }
        return 0...0
    }

    /// The middle column of `day`.
    func center(of day: Day) -> Int {
        let range = columns(of: day)
        return (range.lowerBound + range.upperBound) / 2
    }

    /// True when `column` is the middle of a break.
    func isBreakMiddle(_ column: Int) -> Bool {
        axis.gaps.indices.contains { breakRange($0).lowerBound + 1 == column }
    }
}
