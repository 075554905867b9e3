import TimelineCore

/// `chart METRIC [FILTER] [by …]`: the figures of one metric, one row each,
/// under the date they cover, and the target bands drawn across them.
///
/// Figures are never added together: two sources counting the same day are
/// two rows, and a share or a target cannot be summed. The grouping only sets
/// how dates are named (a day, an ISO week, a month, a year); a vague date
/// that spans several keeps its own display (`Sunday, 2025-01-26 or 2025-02-02 (uncertain)`).
public struct ChartView: Sendable {
    /// One figure.
    public struct Row: Sendable, Hashable {
        /// The date heading: the bucket's name, or the vague date's display.
        public var label: String
        /// True when the figure's date spans several buckets (or is vague).
        public var spansBuckets: Bool
        public var date: FuzzyDate
        public var value: MeasureValue
        public var approximate: Bool
        public var source: String
        public var wording: String
        public var event: String
    }

    /// A target drawn across the rows: the range a matching target metric states.
    public struct Band: Sendable, Hashable {
        public var metric: Metric
        public var value: MeasureValue
        public var approximate: Bool
        public var source: String
        public var event: String
        public var date: FuzzyDate
    }

    public var metric: Metric
    public var query: String
    /// The grouping used: as asked, or chosen from the figures' span.
    public var grouping: Grouping
    public var rows: [Row]
    public var bands: [Band]
}
