/// An event's date as a query reads it: its first and last possible day as
/// day numbers, with no optional or string to unwrap. The store keeps one per
/// event, beside the events, so a date term tests two integers.
struct DateKey: Sendable, Equatable {
    /// The earliest day's ordinal, `Int.min` when the start is open or unknown.
    var lower: Int
    /// The latest day's ordinal, `Int.max` when the end is open or unknown.
    var upper: Int
    /// A one-of set, whose members are ranges of their own (read from the date itself).
    var isSet: Bool
    /// ``FuzzyDate/isCertain``.
    var isCertain: Bool

    init(_ date: FuzzyDate) {
        lower = date.lower
        upper = date.upper
        isSet = date.precision == .set
        isCertain = date.isCertain
    }

    /// The bounds again as days (open ends nil).
    var bounds: DayRange { DayRange(lowerOrdinal: lower, upperOrdinal: upper) }

    /// Whether a date with these bounds satisfies a date term over `lower...upper`
    /// (ordinals) read in `mode`: *possibly*, the bounds overlap it; *certainly*, the date
    /// is certain and inside it. Not for a one-of set, whose members decide.
    @inline(__always)
    func meets(lower: Int, upper: Int, mode: MatchMode) -> Bool {
        switch mode {
        case .possibly: return self.lower <= upper && lower <= self.upper
        case .certainly: return isCertain && lower <= self.lower && self.upper <= upper
        }
    }
}
