/// TimelineJS date objects (`{"year": 2025, "month": 1}`) for a fuzzy date,
/// with parts only down to the precision the date knows.
enum TimelineJSDateParts {
    /// The start and, when the date covers more than one point at its precision, the end.
    ///
    /// An open or unknown start is placed at the known end (with no end); an
    /// open or unknown end leaves the end out. A one-of set runs from its first
    /// member's start to its last member's end.
    static func range(_ date: FuzzyDate) -> (start: [JSON.Member], end: [JSON.Member]?) {
        switch date.shape {
        case .single(let single):
            let (first, last) = parts(single)
            return (first, first == last ? nil : last)
        case .interval(let start, let end):
            switch (start.date, end.date) {
            case (let start?, let end?): return (parts(start).first, parts(end).last)
            case (let start?, nil): return (parts(start).first, nil)
            case (nil, let end?): return (parts(end).last, nil)
            case (nil, nil): return ([JSON.Member("year", .int(0))], nil)  // not produced by the parser
            }
        case .oneOf(let members):
            guard let first = members.first, let last = members.last else {
                return ([JSON.Member("year", .int(0))], nil)
            }
            return (parts(first).first, parts(last).last)
        }
    }

    /// The first and last date objects of one EDTF date, to its precision.
    static func parts(_ date: EDTFDate) -> (first: [JSON.Member], last: [JSON.Member]) {
        switch date.value {
        case .day(let y, let m, let d):
            let day = object(year: y, month: m, day: d)
            return (day, day)
        case .month(let y, let m), .unspecifiedDay(let y, let m):
            let month = object(year: y, month: m)
            return (month, month)
        case .year(let y), .unspecifiedMonth(let y), .unspecifiedMonthAndDay(let y):
            let year = object(year: y)
            return (year, year)
        case .unspecifiedYear:
            return (object(year: date.firstDay.year), object(year: date.lastDay.year))
        case .season, .quarter:
            let (first, last) = (date.firstDay, date.lastDay)
            return (object(year: first.year, month: first.month), object(year: last.year, month: last.month))
        case .week:
            let (first, last) = (date.firstDay, date.lastDay)
            return (
                object(year: first.year, month: first.month, day: first.day),
                object(year: last.year, month: last.month, day: last.day)
            )
        }
    }

    private static func object(year: Int, month: Int? = nil, day: Int? = nil) -> [JSON.Member] {
        var members = [JSON.Member("year", .int(year))]
        if let month { members.append(JSON.Member("month", .int(month))) }
        if let day { members.append(JSON.Member("day", .int(day))) }
        return members
    }
}
