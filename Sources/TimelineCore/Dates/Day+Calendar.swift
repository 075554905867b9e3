/// Month-level helpers used to turn year, month and season values into day bounds.
extension Day {
    /// English month names, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// "February" for 2; the number itself when out of range.
    static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? monthNames[month - 1] : String(month)
    }

    /// The first day of a month; `month` must be 1–12.
    static func first(year: Int, month: Int) -> Day {
        precondition((1...12).contains(month), "month \(month) out of range")
        return Day(ordinal: ordinal(year: year, month: month, day: 1))
    }

    /// The last day of a month; `month` must be 1–12.
    static func last(year: Int, month: Int) -> Day {
        precondition((1...12).contains(month), "month \(month) out of range")
        return Day(ordinal: ordinal(year: year, month: month, day: daysIn(month: month, year: year)))
    }
}
