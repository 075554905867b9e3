/// What the rules of `check` scan of one figure, as plain data: its values widened by
/// their tolerance, its period's days and kind, its metric and unit as a group number,
/// and its wording's hedge. ``CheckInput`` makes them once, on two threads for big
/// selections, reading each measure in place; the rules then scan these rather than
/// the figures' strings (a cache miss each, on event-level data).
struct FigureFacts {
    /// ``Figure/widened``.
    var low: Double
    var high: Double
    /// The period's first and last days (`Int.min` / `Int.max` when open).
    var lower: Int
    var upper: Int
    /// The figure's metric and unit: an index in ``CheckInput/groups``.
    var group: Int32
    /// The index in ``HedgeWordingRule/hedges`` of the first hedge its wording holds, -1 for none.
    var hedge: Int8
    private var flags: UInt8

    private static let approximate: UInt8 = 1
    private static let certain: UInt8 = 2
    private static let set: UInt8 = 4
    private static let vague: UInt8 = 8
    private static let emptyWording: UInt8 = 16
    private static let blankWording: UInt8 = 32

    /// The facts of `measure`, an event's whose date is `date`, in group `group`.
    init(_ measure: borrowing Measure, date: borrowing FuzzyDate, group: Int32) {
        (low, high) = Figure.widened(measure)
        var flags = measure.approximate ? Self.approximate : 0
        // (the period read where it is, not copied out of the measure: a copy retains its
        // box, shared by every event of that date, from both threads)
        if let period = measure.period {
            (lower, upper) = (period.lower, period.upper)
            flags |= Self.flags(of: period)
        } else {
            (lower, upper) = (date.lower, date.upper)
            flags |= Self.flags(of: date)
        }
        if measure.wording.isEmpty {
            flags |= Self.emptyWording | Self.blankWording
            hedge = -1
        } else {
            if NoWordingRule.isBlank(measure.wording) { flags |= Self.blankWording }
            hedge = HedgeWordingRule.hedgeIndex(in: measure.wording).map { Int8($0) } ?? -1
        }
        self.group = group
        self.flags = flags
    }

    private static func flags(of period: FuzzyDate) -> UInt8 {
        (period.isCertain ? certain : 0) | (period.precision == .set ? set : 0)
            | (VagueDateRule.isVague(period) ? vague : 0)
    }

    /// Recorded as approximate.
    var isApproximate: Bool { flags & Self.approximate != 0 }
    /// The period is ``FuzzyDate/isCertain``.
    var isCertain: Bool { flags & Self.certain != 0 }
    /// The period is a one-of set: its readings are its members' ranges.
    var isSet: Bool { flags & Self.set != 0 }
    /// The period is vague for `vague-date` (a one-of set, or uncertain, approximate or open).
    var isVague: Bool { flags & Self.vague != 0 }
    /// The wording is empty.
    var wordingIsEmpty: Bool { flags & Self.emptyWording != 0 }
    /// The wording is empty or all whitespace.
    var wordingIsBlank: Bool { flags & Self.blankWording != 0 }
}
