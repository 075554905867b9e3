extension FuzzyDate {
    /// The day ranges the date may denote: one range, or one per member of a
    /// one-of set (`[2025-01-26,2025-02-02]` is two single days, not the week between).
    public var possibleRanges: [DayRange] { [bounds] }

    /// True when the date pins its range down: no `?`/`~`/`%`, no open or unknown end.
    /// A one-of set can be certain to fall in a range when every member does.
    public var isCertain: Bool { isExact }
}
