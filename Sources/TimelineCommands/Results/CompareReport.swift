import TimelineCore

/// `compare A with B [on METRIC]`: two sides, how far apart their dates are,
/// and each metric they share with its difference, ratio and percent change,
/// or a tally against a target. Numbers are unrounded; renderers round them.
public struct CompareReport: Sendable {
    /// Which side of the comparison.
    public enum Which: String, Sendable, Hashable {
        case left = "A"
        case right = "B"
    }

    /// One side: an event, a selection or a period, its dates, events and figures.
    public struct Side: Sendable {
        public enum Kind: String, Sendable, Hashable {
            case event, selection, period
        }

        public var kind: Kind
        /// The event id, the filter as written back (`(kind:tally)`, `$name`), or the period as typed.
        public var label: String
        /// The event's title; the selection's filter once `$NAME` is resolved; the period's reading.
        public var title: String
        /// The date as people read it: the event's date, the period, or the span of the selection.
        public var date: String
        /// The possible day ranges compared for days apart (none for an empty selection).
        public var ranges: [DayRange]
        /// The events on this side, in date order.
        public var events: [String]
        /// Events by kind, most first, then by name.
        public var kinds: [KindCount]
        /// Figures by metric, in the order the metrics first appear.
        public var metrics: [MetricFigures]
        /// Of the events, how many fall in the selection or period only possibly (a vague date straddles it).
        public var possiblyOnly: Int
    }

    /// How many events of one kind a side holds.
    public struct KindCount: Sendable, Hashable {
        public var kind: String
        public var count: Int
    }

    /// One stated figure, with who stated it and in which words.
    public struct Figure: Sendable, Hashable {
        public var event: String
        public var value: Quantity
        public var unit: String
        public var wording: String
        public var source: String
        public var scope: String?
        /// The period the figure covers (its own, or its event's date), as people read it.
        public var date: String
        /// The possible day ranges of that period.
        public var ranges: [DayRange]
        /// Days the figure covers, when every reading of its period has the same number of days.
        public var days: Int?
    }

    /// How a side's figures of one metric were made into the one value compared.
    public enum Combination: String, Sendable, Hashable {
        /// There is one figure.
        case single
        /// Several counts, added up.
        case sum
        /// Several rates or percentages, averaged (adding them means nothing).
        case mean
    }

    /// A side's figures of one metric and the value compared.
    public struct MetricFigures: Sendable {
        public var metric: String
        public var name: String
        public var unit: String
        public var figures: [Figure]
        /// Sum and mean, when there is more than one figure.
        public var aggregate: Aggregate?
        public var combination: Combination
        /// The value used in the comparison (the figure, the sum or the mean).
        public var value: Quantity
        /// Days the value covers, when known: one figure's days, or a period's length for a sum.
        public var days: Int?
    }

    /// A tally held against a rate per day (a target, a minimum).
    public struct Target: Sendable {
        /// The side with the tally.
        public var tallySide: Which
        public var tally: Quantity
        /// The rate per day as stated.
        public var rate: Quantity
        /// Days the tally covers; the rate is multiplied by this.
        public var days: Int?
        /// The rate over those days, when the days are known.
        public var goal: Quantity?
        /// The tally as a percent of the goal; nil when the days are unknown or the goal may be zero.
        public var percent: Quantity?
        public var gap: TargetGap?
        /// "target", "minimum", "quota", "goal" or "rate", from the rate's metric.
        public var word: String
    }

    /// One line of the metric section.
    public struct Row: Sendable {
        public enum Kind: String, Sendable, Hashable {
            /// The same metric on both sides: difference, ratio, percent change.
            case same
            /// A tally on one side, a rate per day of the same thing on the other.
            case tallyAgainstRate
            /// `on METRIC` asked for a metric one side lacks, with nothing to hold it against.
            case missing
        }

        public var kind: Kind
        public var left: MetricFigures?
        public var right: MetricFigures?
        /// `B − A`.
        public var difference: Quantity?
        /// `B ÷ A`; nil when A is or may be zero.
        public var ratio: Quantity?
        /// `(B ÷ A − 1) × 100`; nil when A is or may be zero.
        public var change: Quantity?
        public var target: Target?
        /// True when the values are percentages, so the difference is in percentage points.
        public var inPoints: Bool
    }

    /// A line of the notes section.
    public struct Note: Sendable, Hashable {
        public enum Level: String, Sendable, Hashable {
            case warning, note
        }

        public var level: Level
        public var text: String
    }

    public var left: Side
    public var right: Side
    /// The metric asked for with `on`, if any.
    public var metric: String?
    /// Days between the sides' dates; nil when a side has no dates (an empty selection).
    public var distance: DayDistance?
    public var rows: [Row]
    /// Metrics only one side has, that nothing was held against.
    public var onlyLeft: [MetricFigures]
    public var onlyRight: [MetricFigures]
    public var notes: [Note]
}
