/// One date of an EDTF expression (a day, a month, a season, a decade …) with
/// its qualifiers; the building block of ``FuzzyDate``.
///
/// Internal: the public face is ``FuzzyDate``. A value is always valid (the
/// parser checks months and days), so bounds never fail.
struct EDTFDate: Hashable, Sendable {
    enum Value: Hashable, Sendable {
        /// `1985-04-12` (also date-and-time, whose time is dropped).
        case day(year: Int, month: Int, day: Int)
        /// `1985-04`.
        case month(year: Int, month: Int)
        /// `1985`, `-1985`, `Y170000002`.
        case year(Int)
        /// `201X` is `(prefix: 201, hidden: 1)`, a decade; `20XX` is `(20, 2)`, a century.
        case unspecifiedYear(prefix: Int, hidden: Int)
        /// `2004-XX`.
        case unspecifiedMonth(year: Int)
        /// `1985-04-XX`.
        case unspecifiedDay(year: Int, month: Int)
        /// `1985-XX-XX`.
        case unspecifiedMonthAndDay(year: Int)
        /// `2001-21` … `2001-24`.
        case season(year: Int, Season)
        /// `2025-33` … `2025-36` (EDTF level 2 sub-year grouping); typed `2025-Q1` in periods.
        case quarter(year: Int, Int)
        /// `2025-W05`, periods only: ISO week-numbering year and week.
        case week(year: Int, Int)
    }

    /// Seasons with their EDTF codes. Bounds are northern-hemisphere
    /// meteorological seasons; winter runs from December into the next year.
    enum Season: Int, Hashable, Sendable, CaseIterable {
        case spring = 21, summer, autumn, winter

        var name: String {
            switch self {
            case .spring: "spring"
            case .summer: "summer"
            case .autumn: "autumn"
            case .winter: "winter"
            }
        }

        /// First and last month; winter's last month (February) is in the next year.
        var months: (first: Int, last: Int) {
            switch self {
            case .spring: (3, 5)
            case .summer: (6, 8)
            case .autumn: (9, 11)
            case .winter: (12, 2)
            }
        }
    }

    var value: Value
    var isUncertain = false
    var isApproximate = false

    /// The earliest day this date can be.
    var firstDay: Day {
        switch value {
        case .day(let y, let m, let d): Day(ordinal: Day.ordinal(year: y, month: m, day: d))
        case .month(let y, let m), .unspecifiedDay(let y, let m): Day.first(year: y, month: m)
        case .year(let y), .unspecifiedMonth(let y), .unspecifiedMonthAndDay(let y): Day.first(year: y, month: 1)
        case .unspecifiedYear(let prefix, let hidden): Day.first(year: prefix * Self.power(hidden), month: 1)
        case .season(let y, let season): Day.first(year: y, month: season.months.first)
        case .quarter(let y, let q): Day.first(year: y, month: q * 3 - 2)
        case .week(let y, let w): Day.mondayOfWeekOne(y).adding(days: (w - 1) * 7)
        }
    }

    /// The latest day this date can be.
    var lastDay: Day {
        switch value {
        case .day: firstDay
        case .month(let y, let m), .unspecifiedDay(let y, let m): Day.last(year: y, month: m)
        case .year(let y), .unspecifiedMonth(let y), .unspecifiedMonthAndDay(let y): Day.last(year: y, month: 12)
        case .unspecifiedYear(let prefix, let hidden):
            Day.last(year: (prefix + 1) * Self.power(hidden) - 1, month: 12)
        case .season(let y, .winter): Day.last(year: y + 1, month: 2)
        case .season(let y, let season): Day.last(year: y, month: season.months.last)
        case .quarter(let y, let q): Day.last(year: y, month: q * 3)
        case .week: firstDay.adding(days: 6)
        }
    }

    var bounds: DayRange { DayRange(lower: firstDay, upper: lastDay) }

    var precision: FuzzyDate.Precision {
        switch value {
        case .day, .unspecifiedDay, .unspecifiedMonthAndDay: .day
        case .month, .unspecifiedMonth: .month
        case .year: .year
        case .unspecifiedYear(_, let hidden): hidden == 1 ? .decade : .century
        case .season: .season
        case .quarter: .quarter
        case .week: .week
        }
    }

    /// True for a plain, known day (`2025-01-26`), with or without qualifiers.
    var isSingleDay: Bool {
        if case .day = value { return true }
        return false
    }

    static func power(_ exponent: Int) -> Int { exponent == 1 ? 10 : 100 }
}
