/// An inclusive range of days whose ends may be unbounded (`nil`).
///
/// Used for the earliest/latest bounds of a ``FuzzyDate`` and for the range a
/// date filter asks about.
public struct DayRange: Hashable, Sendable {
    /// First day, or nil when the range has no lower end.
    public var lower: Day?
    /// Last day (inclusive), or nil when the range has no upper end.
    public var upper: Day?

    public init(lower: Day?, upper: Day?) {
        self.lower = lower
        self.upper = upper
    }

    /// A one-day range.
    public init(_ day: Day) { self.init(lower: day, upper: day) }

    /// The range from day numbers, `Int.min` for an open lower end and `Int.max` for an open
    /// upper one (the form dates are kept in for queries: two integers, nothing to unwrap).
    public init(lowerOrdinal: Int, upperOrdinal: Int) {
        self.init(
            lower: lowerOrdinal == Int.min ? nil : Day(ordinal: lowerOrdinal),
            upper: upperOrdinal == Int.max ? nil : Day(ordinal: upperOrdinal))
    }

    /// The first day's number, `Int.min` when the range has no lower end.
    public var lowerOrdinal: Int { lower?.ordinal ?? Int.min }
    /// The last day's number, `Int.max` when the range has no upper end.
    public var upperOrdinal: Int { upper?.ordinal ?? Int.max }

    /// The range with no ends.
    public static let unbounded = DayRange(lower: nil, upper: nil)

    /// True when the two ranges share at least one day.
    public func overlaps(_ other: DayRange) -> Bool {
        if let upper, let otherLower = other.lower, upper < otherLower { return false }
        if let lower, let otherUpper = other.upper, otherUpper < lower { return false }
        return true
    }

    /// True when every day of `other` lies within this range.
    public func contains(_ other: DayRange) -> Bool {
        if let lower {
            guard let otherLower = other.lower, otherLower >= lower else { return false }
        }
        if let upper {
            guard let otherUpper = other.upper, otherUpper <= upper else { return false }
        }
        return true
    }

    /// True when `day` lies within this range.
    public func contains(_ day: Day) -> Bool { contains(DayRange(day)) }

    /// Number of days in the range, or nil when unbounded.
    public var count: Int? {
        guard let lower, let upper else { return nil }
        return upper.ordinal - lower.ordinal + 1
    }
}
