/// Finds the events whose dates may overlap a range of days without looking
/// at the others: range queries in O(log *n* + *k*).
///
/// Events are kept in order of their earliest day, so those starting inside a
/// range are one run of positions. An event starting before the range overlaps
/// it only if it spans long enough to reach it; so events are put in classes by
/// how many days their date spans (a day, up to a month, a year, a decade,
/// longer), and in a class whose spans are at most *d* days only events
/// starting at most *d* days before the range can reach it. Open-ended and
/// undated events are in a class of their own and always candidates.
///
/// The candidates are a superset: the matcher still decides each one.
struct DateSpanIndex: Sendable {
    /// The longest span, in days, of each bounded class.
    static let classSpans = [0, 31, 366, 3_660]

    /// Per bounded class: members' earliest-day ordinals and positions, both ascending.
    private var earliest: [[Int]] = Array(repeating: [], count: classSpans.count)
    private var positions: [[Int]] = Array(repeating: [], count: classSpans.count)
    /// Events with an open or unknown end or start, or spanning more than a decade.
    private var unbounded: [Int] = []

    init() {}

    /// Adds the event at `position`; positions come in ascending order of earliest day.
    mutating func add(earliest first: Day?, latest last: Day?, at position: Int) {
        guard let first, let last else {
            unbounded.append(position)
            return
        }
        let span = last.ordinal - first.ordinal
        guard let place = Self.classSpans.firstIndex(where: { span <= $0 }) else {
            unbounded.append(position)
            return
        }
        earliest[place].append(first.ordinal)
        positions[place].append(position)
    }

    /// Ascending positions of every event that may overlap `lower...upper` (nil: unbounded).
    /// - Complexity: O(log *n* + *k*) for *k* candidates (each class's run is
    ///   already ascending: the runs are merged, not sorted).
    func candidates(lower: Day?, upper: Day?) -> [Int] {
        var result = unbounded
        for place in Self.classSpans.indices {
            let starts = earliest[place]
            let from = lower.map { Self.firstIndex(in: starts, notBelow: $0.ordinal - Self.classSpans[place]) } ?? 0
            let to = upper.map { Self.firstIndex(in: starts, notBelow: $0.ordinal + 1) } ?? starts.count
            if from < to { result = Self.merge(result, positions[place][from..<to]) }
        }
        return result
    }

    /// The elements of two ascending lists (no position is in two classes), ascending.
    static func merge(_ a: [Int], _ b: ArraySlice<Int>) -> [Int] {
        guard !a.isEmpty else { return Array(b) }
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var (i, j) = (a.startIndex, b.startIndex)
        while i < a.endIndex && j < b.endIndex {
            if a[i] < b[j] {
                out.append(a[i])
                i += 1
            } else {
                out.append(b[j])
                j += 1
            }
        }
        out += a[i...]
        out += b[j...]
        return out
    }

    /// The first index whose value is at least `value` (`values` ascending).
    private static func firstIndex(in values: [Int], notBelow value: Int) -> Int {
        var (lo, hi) = (0, values.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
