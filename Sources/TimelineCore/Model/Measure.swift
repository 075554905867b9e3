/// A figure an event states: a metric, a value or range, a unit, and who
/// stated it in which words.
///
/// Metrics are distinct: `arrests` are not deportations, and a daily target is
/// not a tally. The source's own wording (`"nearly 52 percent"`) is kept next
/// to the number so a reader can see how firm it is.
public struct Measure: Hashable, Sendable {
    /// A metric id (see ``Metric``).
    public var metric: String
    public var value: MeasureValue
    /// True when the source hedged the figure ("about", "nearly", "approximately").
    public var approximate: Bool
    public var unit: String
    /// The period the figure covers, when it differs from the event's date.
    public var period: FuzzyDate?
    /// What the figure counts over ("each ICE field office", "nationwide").
    public var scope: String?
    /// The source id that states it.
    public var source: String
    /// How the source worded it, verbatim.
    public var wording: String
    public var note: String?

    public init(
        metric: String, value: MeasureValue, approximate: Bool = false, unit: String, period: FuzzyDate? = nil,
        scope: String? = nil, source: String, wording: String, note: String? = nil
    ) {
        self.metric = metric
        self.value = value
        self.approximate = approximate
        self.unit = unit
        self.period = period
        self.scope = scope
        self.source = source
        self.wording = wording
        self.note = note
    }
}

/// An exact value, or a range such as a target of 1,200–1,500 a day.
public enum MeasureValue: Hashable, Sendable {
    case exact(Double)
    case range(Double, Double)

    public var lower: Double {
        switch self {
        case .exact(let v): return v
        case .range(let lo, _): return lo
        }
    }

    public var upper: Double {
        switch self {
        case .exact(let v): return v
        case .range(_, let hi): return hi
        }
    }

    /// `956`, `1,200–1,500`, `1,500,000`, `48.5`.
    public var formatted: String {
        switch self {
        case .exact(let v): return NumberText.grouped(v)
        case .range(let lo, let hi): return "\(NumberText.grouped(lo))–\(NumberText.grouped(hi))"
        }
    }
}
