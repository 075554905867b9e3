/// One measure as a check sees it: the figure, the event that states it and
/// the period it covers (the measure's own `period`, else the event's date).
public struct Figure: Hashable, Sendable {
    /// The id of the event that states the figure.
    public var event: String
    public var measure: Measure
    public var period: FuzzyDate

    public init(event: Event, measure: Measure) {
        self.event = event.id
        self.measure = measure
        self.period = measure.period ?? event.date
    }

    /// The figures an event states, in order.
    public static func all(of event: Event) -> [Figure] {
        event.measures.map { Figure(event: event, measure: $0) }
    }

    /// How far a hedged figure may stray: ±2 points for an approximate
    /// percentage, ±0.5 (rounding) for an exact one; ±5 % of the value for
    /// another approximate figure, nothing for an exact count.
    public var tolerance: Double { Self.tolerance(measure.value, approximate: measure.approximate, unit: measure.unit) }

    /// The values the figure allows: its value (or range) widened by its tolerance.
    public var widened: (lower: Double, upper: Double) {
        Self.widened(measure.value, approximate: measure.approximate, unit: measure.unit)
    }

    /// ``tolerance`` of a figure of `value` in `unit`, hedged or not (from a measure's
    /// fields, so that `check`'s input can pass them read in place).
    static func tolerance(_ value: MeasureValue, approximate: Bool, unit: borrowing String) -> Double {
        if unit == "percent" { return approximate ? 2 : 0.5 }
        return approximate ? abs(value.upper) * 0.05 : 0
    }

    /// ``widened`` of a figure of `value` in `unit`, hedged or not.
    static func widened(_ value: MeasureValue, approximate: Bool, unit: borrowing String) -> (
        lower: Double, upper: Double
    ) {
        let tolerance = tolerance(value, approximate: approximate, unit: unit)
        return (value.lower - tolerance, value.upper + tolerance)
    }

    /// True when the two values cannot both be right: their ``widened`` intervals do not meet.
    public func disagrees(with other: Figure) -> Bool {
        let (a, b) = (widened, other.widened)
        return a.upper < b.lower || b.upper < a.lower
    }

    /// True when the two periods may be the same days: some reading of one
    /// overlaps some reading of the other (`[2025-01-26,2025-02-02]` is two days).
    public func mayShare(periodWith other: Figure) -> Bool {
        period.possibleRanges.contains { range in other.period.possibleRanges.contains { range.overlaps($0) } }
    }

    /// True when both periods are one certain, identical span of days.
    public func surelyShares(periodWith other: Figure) -> Bool {
        period.isCertain && other.period.isCertain && period.possibleRanges.count == 1
            && other.period.possibleRanges == period.possibleRanges
    }
}
