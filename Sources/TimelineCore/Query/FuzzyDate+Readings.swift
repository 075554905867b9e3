extension FuzzyDate {
    /// The day ranges the date may denote: one range, or one per member of a
    /// one-of set (`[2025-01-26,2025-02-02]` is two single days, not the week between).
    public var possibleRanges: [DayRange] {
        memberRanges ?? [bounds]
    }

    /// True when the date pins its possible ranges down: no `?`/`~`/`%`, no open
    /// or unknown end. A one-of set qualifies (its members carry no qualifiers),
    /// so it is *certainly* in a range when every member is.
    public var isCertain: Bool {
        // The precision is inline; the shape is read (and its box retained) only for a set.
        guard precision == .set, case .oneOf(let members) = shape else { return isExact }
        return !members.contains { $0.isUncertain || $0.isApproximate }
    }
}

extension FuzzyDate {
    /// True for a plain calendar day (`2025-01-25`): no qualifier, no unspecified digits, no interval.
    public var isPlainDay: Bool {
        guard case .single = shape, precision == .day, isExact, let day = earliest else { return false }
        return edtf == day.description
    }
}
