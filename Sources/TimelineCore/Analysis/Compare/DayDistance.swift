/// How many days lie between two fuzzy dates: every possible answer, never one guess.
///
/// Each date is read as its possible day ranges (one range, or one per member
/// of a one-of set). The offsets `b − a` over every pair of days are kept as
/// merged ranges; an open or unknown end makes the distance unbounded on that side.
///
/// ```swift
/// let sunday = try FuzzyDate.parse("[2025-01-26,2025-02-02]")
/// let apart = DayDistance(from: sunday, to: sunday)
/// apart.apart            // [0, 7]: 0 or 7 days
/// apart.sameDayPossible  // true
/// apart.sameDayCertain   // false
/// ```
public struct DayDistance: Hashable, Sendable {
    /// Which way the second date lies from the first.
    public enum Order: String, Hashable, Sendable {
        /// Every reading puts B after A.
        case after
        /// Every reading puts B before A.
        case before
        /// Every reading puts them on the same day.
        case same
        /// Readings disagree: B may be before, on or after A.
        case either
    }

    /// Possible values of `b − a` in days, merged and in ascending order.
    public var offsets: [DayOffsets]

    /// - Returns: nil when either side has no possible range (an empty selection).
    /// - Complexity: O(*n* × *m* log(*n* × *m*)) in the numbers of possible ranges.
    public init?(from a: [DayRange], to b: [DayRange]) {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        var offsets: [DayOffsets] = []
        for first in a {
            for second in b {
                let lower: Int? =
                    if let bl = second.lower, let au = first.upper { bl.ordinal - au.ordinal } else { nil }
                let upper: Int? =
                    if let bu = second.upper, let al = first.lower { bu.ordinal - al.ordinal } else { nil }
                offsets.append(DayOffsets(lower, upper))
            }
        }
        self.offsets = DayOffsets.merged(offsets)
    }

    /// The distance between two fuzzy dates' possible ranges.
    public init(from a: FuzzyDate, to b: FuzzyDate) {
        // Both have at least one possible range, so the failable init succeeds.
        self = DayDistance(from: a.possibleRanges, to: b.possibleRanges) ?? DayDistance(offsets: [DayOffsets(nil, nil)])
    }

    init(offsets: [DayOffsets]) { self.offsets = offsets }

    /// The possible numbers of days apart (ignoring direction), merged and ascending.
    public var apart: [DayOffsets] { DayOffsets.merged(offsets.map(\.magnitudes)) }

    /// The fewest days apart any reading gives.
    public var fewest: Int { apart.first?.lower ?? 0 }

    /// The most days apart any reading gives; nil when unbounded.
    public var most: Int? { apart.last?.upper }

    /// True when some reading puts both on the same day.
    public var sameDayPossible: Bool { offsets.contains { $0.contains(0) } }

    /// True when every reading puts both on the same day.
    public var sameDayCertain: Bool { offsets == [DayOffsets(0, 0)] }

    public var order: Order {
        if sameDayCertain { return .same }
        if let lower = offsets.first?.lower, lower > 0 { return .after }
        if let upper = offsets.last?.upper, upper < 0 { return .before }
        return .either
    }

    /// Every possible number of days apart, when they are a few single numbers
    /// (`[0, 7]` for two one-of-two Sundays); nil when any is a span of days.
    public var exactChoices: [Int]? {
        let apart = self.apart
        guard apart.count <= 4, apart.allSatisfy(\.isSingle) else { return nil }
        return apart.compactMap(\.lower)
    }
}
