/// A calendar day in the proleptic Gregorian calendar, stored as a day count.
///
/// `ordinal` is the number of days since 1970-01-01 (negative before it), so
/// days compare and subtract as integers. Conversions use Howard Hinnant's
/// `days_from_civil` algorithms; no Foundation calendar is involved.
///
/// ```swift
/// let sunday = Day(year: 2025, month: 1, day: 26)!
/// sunday.weekdayName   // "Sunday"
/// sunday.description   // "2025-01-26"
/// ```
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The day, or nil when the month or day is out of range (2025-02-30, 1960-06-31).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
            return nil
        }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 of a civil date already known to be valid.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month (1–12) and day (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let w = (ordinal + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    /// "Monday" … "Sunday".
    public var weekdayName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1]
    }

    /// `YYYY-MM-DD`; years outside 0…9999 are written with a sign and at least four digits.
    public var description: String {
        let (y, m, d) = components
        return "\(Day.yearString(y))-\(Day.pad2(m))-\(Day.pad2(d))"
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last day of a month.
    public static func lastDay(year: Int, month: Int) -> Day? {
        Day(year: year, month: month, day: daysIn(month: month, year: year))
    }

    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func yearString(_ y: Int) -> String {
        let digits = String(abs(y))
        let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        return y < 0 ? "-" + padded : padded
    }
}
