/// How a value stands against a target range, at both ends of the range.
///
/// Each gap is `value − end` (negative: short of that end; positive: over
/// it), itself a range when the value is one. Against 1,200–1,500 a day, 956
/// is 244 short of the low end and 544 short of the high end.
public struct TargetGap: Hashable, Sendable {
    /// Where the value stands as a whole.
    public enum Standing: String, Hashable, Sendable {
        /// Every reading of the value is below every reading of the target.
        case short
        /// Every reading of the value is above every reading of the target.
        case over
        /// Every reading of the value lies within the target range.
        case within
        /// Readings fall on more than one side: the value or target is too vague to say.
        case unclear
    }

    /// `value − target.lower`.
    public var fromLowEnd: Quantity
    /// `value − target.upper`.
    public var fromHighEnd: Quantity

    public init(fromLowEnd: Quantity, fromHighEnd: Quantity) {
        self.fromLowEnd = fromLowEnd
        self.fromHighEnd = fromHighEnd
    }

    public var standing: Standing {
        if fromLowEnd.upper < 0 { return .short }
        if fromHighEnd.lower > 0 { return .over }
        if fromLowEnd.lower >= 0, fromHighEnd.upper <= 0 { return .within }
        return .unclear
    }

    /// The shortfall, from the low end's to the high end's, when the value is ``Standing/short``.
    public var shortfall: Quantity? {
        guard standing == .short else { return nil }
        return Quantity(-fromLowEnd.upper, -fromHighEnd.lower, approximate: fromLowEnd.approximate)
    }

    /// The excess, over the high end to over the low end, when the value is ``Standing/over``.
    public var excess: Quantity? {
        guard standing == .over else { return nil }
        return Quantity(fromHighEnd.lower, fromLowEnd.upper, approximate: fromLowEnd.approximate)
    }
}
