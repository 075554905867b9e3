/// ISO 8601 week numbering: weeks run Monday to Sunday, and week 1 of a year is
/// the week that contains its first Thursday (equivalently, 4 January).
///
/// ```swift
/// Day.isoWeekCount(in: 2026)                   // 53
/// Day(isoWeekYear: 2025, week: 5)?.description // "2025-01-27" (a Monday)
/// Day(year: 2024, month: 12, day: 30)!.isoWeek // (year: 2025, week: 1)
/// ```
extension Day {
    /// The Monday of ISO week `week` of `isoWeekYear`, or nil when the year has no such week.
    public init?(isoWeekYear: Int, week: Int) {
        guard week >= 1, week <= Day.isoWeekCount(in: isoWeekYear) else { return nil }
        self = Day.mondayOfWeekOne(isoWeekYear).adding(days: (week - 1) * 7)
    }

    /// 53 for years whose ISO calendar has a week 53 (those starting or, in leap years,
    /// ending on a Thursday), otherwise 52.
    public static func isoWeekCount(in isoWeekYear: Int) -> Int {
        (mondayOfWeekOne(isoWeekYear + 1).ordinal - mondayOfWeekOne(isoWeekYear).ordinal) / 7
    }

    /// The ISO week-numbering year and week (1–53) this day falls in.
    ///
    /// The week-numbering year differs from the calendar year for a few days
    /// around New Year: 2024-12-30 is in week 1 of 2025.
    public var isoWeek: (year: Int, week: Int) {
        var weekYear = year + 1
        while Day.mondayOfWeekOne(weekYear) > self { weekYear -= 1 }
        return (weekYear, (ordinal - Day.mondayOfWeekOne(weekYear).ordinal) / 7 + 1)
    }

    /// The Monday on or before 4 January of `isoWeekYear`.
    static func mondayOfWeekOne(_ isoWeekYear: Int) -> Day {
        let fourth = Day(ordinal: ordinal(year: isoWeekYear, month: 1, day: 4))
        return fourth.adding(days: 1 - fourth.weekday)
    }
}
