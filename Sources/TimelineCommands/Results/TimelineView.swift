import TimelineCore

/// `timeline [FILTER]`: what is drawn, as data. The events with the day
/// ranges they may denote, the letter of their kind, and the lane (row) each
/// is drawn in; the axis segments and the quiet stretches compressed between them.
///
/// Lanes are those of the picture at the default width (80 columns); a
/// narrower terminal may need more.
public struct TimelineView: Sendable {
    /// How an event's date is drawn.
    public enum Shape: String, Sendable, Hashable {
        /// A plain calendar day: `●`.
        case day
        /// One date that is vague (a month, a decade, `~`, `?`): `[===]`, or `○` on one day.
        case vague
        /// An interval: `├───┤`, `◀───┤` (open start), `├───▶` (open end).
        case span
        /// One of a set: each member drawn, joined by `┄`.
        case oneOf
    }

    /// One event as drawn.
    public struct Item: Sendable, Hashable {
        public var id: String
        public var title: String
        public var kind: String
        /// The kind's letter in the legend.
        public var letter: Character
        public var date: FuzzyDate
        public var shape: Shape
        /// One range per reading (one per member of a set); nil ends are open.
        public var ranges: [DayRange]
        public var sources: [String]
        public var lane: Int
    }

    /// The filter as understood.
    public var query: String
    public var items: [Item]
    public var axis: DateAxis
    /// Letter → kind, for the kinds drawn, in letter order.
    public var kinds: [(letter: Character, kind: String)]
}

extension TimelineView.Item {
    /// How `date` is drawn.
    static func shape(of date: FuzzyDate) -> TimelineView.Shape {
        if date.precision == .set || date.possibleRanges.count > 1 { return .oneOf }
        if date.precision == .interval { return .span }
        return date.isPlainDay ? .day : .vague
    }
}
