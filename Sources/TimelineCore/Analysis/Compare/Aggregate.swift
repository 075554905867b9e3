/// The sum and mean of several figures of one metric, and how many went in.
///
/// Ranges add as ranges (the lows together, the highs together); the result
/// is approximate when any figure was.
///
/// ```swift
/// let total = Aggregate([Quantity(956), Quantity(1_179)])
/// total?.sum    // 2,135
/// total?.mean   // 1,067.5
/// total?.count  // 2
/// ```
public struct Aggregate: Hashable, Sendable {
    /// How many figures went into the sum and the mean.
    public var count: Int
    public var sum: Quantity
    public var mean: Quantity

    /// Nil when there are no figures: the sum of nothing is not a finding.
    public init?(_ figures: [Quantity]) {
        guard !figures.isEmpty else { return nil }
        let low = figures.reduce(0) { $0 + $1.lower }
        let high = figures.reduce(0) { $0 + $1.upper }
        let hedged = figures.contains { $0.approximate }
        count = figures.count
        sum = Quantity(low, high, approximate: hedged)
        mean = Quantity(low / Double(count), high / Double(count), approximate: hedged)
    }
}
