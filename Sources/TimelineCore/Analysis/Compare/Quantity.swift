/// A figure as `compare` does arithmetic on it: a closed range of values (one
/// value when ``lower`` equals ``upper``) and whether a source hedged it.
///
/// Ranges flow through arithmetic as ranges: the difference of 1,200–1,500
/// and 956 is 244–544, never a midpoint.
///
/// ```swift
/// let target = Quantity(1_200, 1_500)
/// let tally = Quantity(956)
/// Quantity.difference(from: tally, to: target)  // 244–544
/// tally.percent(of: target)                      // 63.73…–79.67…
/// ```
public struct Quantity: Hashable, Sendable {
    public var lower: Double
    public var upper: Double
    /// True when any figure this came from was hedged ("nearly", "about").
    public var approximate: Bool

    /// A range; the ends are put in order.
    public init(_ lower: Double, _ upper: Double, approximate: Bool = false) {
        self.lower = Swift.min(lower, upper)
        self.upper = Swift.max(lower, upper)
        self.approximate = approximate
    }

    /// A single value.
    public init(_ value: Double, approximate: Bool = false) {
        self.init(value, value, approximate: approximate)
    }

    /// A stated figure's value.
    public init(_ value: MeasureValue, approximate: Bool = false) {
        self.init(value.lower, value.upper, approximate: approximate)
    }

    /// True when the quantity is one value, not a range.
    public var isSingle: Bool { lower == upper }

    /// True when `value` lies within the range.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    /// Every value multiplied by `factor`.
    public func scaled(by factor: Double) -> Quantity {
        Quantity(lower * factor, upper * factor, approximate: approximate)
    }
}
