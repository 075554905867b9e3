import TimelineCore

/// Names the calendar bucket (day, ISO week, month, year, decade) a date falls in.
struct DateBucket {
    let grouping: Grouping

    init(_ grouping: Grouping) { self.grouping = grouping }

    func name(_ day: Day) -> String {
        switch grouping {
        case .day: return day.description
        case .week:
            let (year, week) = day.isoWeek
            return "\(year)-W" + (week < 10 ? "0\(week)" : "\(week)")
        case .month: return String(day.description.prefix(day.year < 0 ? 8 : 7))
        case .year: return String(day.year)
        default:
            let decade = day.year >= 0 ? day.year / 10 * 10 : (day.year - 9) / 10 * 10
            return "\(decade)s"
        }
    }

    /// The ``number(_:)`` of the bucket `day` falls in, and the first and last days
    /// (ordinals) of that bucket: every day between has the same number.
    func span(_ day: Day) -> (number: Int, first: Int, last: Int) {
        let number = number(day)
        switch grouping {
        case .day: return (number, day.ordinal, day.ordinal)
        case .week: return (number, number, number + 6)  // a week's number is its Monday
        case .month:
            let (year, month, date) = day.components
            let first = day.ordinal - (date - 1)
            return (number, first, first + Day.daysIn(month: month, year: year) - 1)
        default:
            // A year, or a decade's ten: from 1 January of the first to 31 December of the last.
            let (from, to) = grouping == .year ? (number, number) : (number * 10, number * 10 + 9)
            guard let first = Day(year: from, month: 1, day: 1), let last = Day(year: to, month: 12, day: 31) else {
                return (number, day.ordinal, day.ordinal)
            }
            return (number, first.ordinal, last.ordinal)
        }
    }

    /// A number for the bucket `day` falls in: two days share a bucket exactly when
    /// they share a number (and so a ``name(_:)``), without making the name.
    func number(_ day: Day) -> Int {
        switch grouping {
        case .day: return day.ordinal
        case .week: return day.ordinal - (day.weekday - 1)  // the week's Monday
        case .month:
            let (year, month, _) = day.components
            return year * 12 + month - 1
        case .year: return day.year
        default: return day.year >= 0 ? day.year / 10 : (day.year - 9) / 10
        }
    }

    /// The bucket's name, or the span's name and `true` when the date covers several buckets.
    func key(for date: FuzzyDate) -> (String, Bool) {
        // Each possible range: one bucket's name (`whole`), or a span's.
        let names = date.possibleRanges.map { range -> (name: String, whole: Bool) in
            let lo = range.lower.map(name)
            let hi = range.upper.map(name)
            switch (lo, hi) {
            case let (lo?, hi?) where lo == hi: return (lo, true)
            case let (lo?, hi?): return ("\(lo) → \(hi)", false)
            case let (lo?, nil): return ("\(lo) →", false)
            case let (nil, hi?): return ("→ \(hi)", false)
            case (nil, nil): return ("undated", false)
            }
        }
        var unique: [(name: String, whole: Bool)] = []
        for n in names where !unique.contains(where: { $0.name == n.name }) { unique.append(n) }
        let single = unique.count == 1 && unique[0].whole
        return (unique.map(\.name).joined(separator: " or "), !single)
    }
}
