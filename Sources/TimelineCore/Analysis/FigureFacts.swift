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

    /// The facts of the measure at `measure`, of the event at `event`, in group `group`.
    ///
    /// Read through pointers, field by field: a `Measure` or `FuzzyDate` passed as a value
    /// was copied whole (a retain and release of each of its strings and of the date's box,
    /// shared by every event of that date and contended between the two threads: a quarter
    /// of the input's time at 1M). Only a one-of set's flags read its members, from a copy.
    init(_ measure: UnsafePointer<Measure>, of event: UnsafePointer<Event>, group: Int32) {
        let approximate = measure.pointee.approximate
        (low, high) = Figure.widened(measure.pointee.value, approximate: approximate, unit: measure.pointee.unit)
        var flags = approximate ? Self.approximate : 0
        if measure.pointee.period != nil {
            lower = measure.pointee.period?.lower ?? Int.min
            upper = measure.pointee.period?.upper ?? Int.max
            flags |=
                measure.pointee.period?.precision == .set
                ? measure.pointee.period.map(Self.flags(of:)) ?? 0
                : Self.flags(
                    isUncertain: measure.pointee.period?.isUncertain ?? false,
                    isApproximate: measure.pointee.period?.isApproximate ?? false, lower: lower, upper: upper)
        } else {
            (lower, upper) = (event.pointee.date.lower, event.pointee.date.upper)
            flags |=
                event.pointee.date.precision == .set
                ? Self.flags(of: event.pointee.date)
                : Self.flags(
                    isUncertain: event.pointee.date.isUncertain, isApproximate: event.pointee.date.isApproximate,
                    lower: lower,
                    upper: upper)
        }
        if measure.pointee.wording.isEmpty {
            flags |= Self.emptyWording | Self.blankWording
            hedge = -1
        } else {
            if NoWordingRule.isBlank(measure.pointee.wording) { flags |= Self.blankWording }
            hedge = HedgeWordingRule.hedgeIndex(in: measure.pointee.wording).map { Int8($0) } ?? -1
        }
        self.group = group
        self.flags = flags
    }

    /// The flags of a period that is not a one-of set, from its plain fields: certain when
    /// exact (``FuzzyDate/isExact``), vague when not certain (``VagueDateRule/isVague(_:)``).
    /// `FigureFactsTests` holds them to the dates' own answers.
    private static func flags(isUncertain: Bool, isApproximate: Bool, lower: Int, upper: Int) -> UInt8 {
        FuzzyDate.isExact(isUncertain: isUncertain, isApproximate: isApproximate, lower: lower, upper: upper)
            ? certain : vague
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
