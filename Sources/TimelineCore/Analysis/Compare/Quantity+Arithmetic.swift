extension Quantity {
    /// `b − a` over every pair of values: from `b.lower − a.upper` to `b.upper − a.lower`.
    ///
    /// ```swift
    /// Quantity.difference(from: Quantity(956), to: Quantity(1_179))  // 223
    /// Quantity.difference(from: Quantity(10, 20), to: Quantity(15))  // -5–5
    /// ```
    public static func difference(from a: Quantity, to b: Quantity) -> Quantity {
        Quantity(b.lower - a.upper, b.upper - a.lower, approximate: a.approximate || b.approximate)
    }

    /// `b ÷ a` over every pair of values, or nil when `a` is or may be zero
    /// (a ratio to nothing is not a number, and compare says "n/a").
    public static func ratio(_ b: Quantity, to a: Quantity) -> Quantity? {
        guard !a.contains(0) else { return nil }
        let quotients = [b.lower / a.lower, b.lower / a.upper, b.upper / a.lower, b.upper / a.upper]
        guard quotients.allSatisfy(\.isFinite), let low = quotients.min(), let high = quotients.max() else {
            return nil
        }
        return Quantity(low, high, approximate: a.approximate || b.approximate)
    }

    /// The percent change from `a` to `b`: `(b ÷ a − 1) × 100`; nil when `a` may be zero.
    ///
    /// ```swift
    /// Quantity.percentChange(from: Quantity(956), to: Quantity(1_179))  // 23.33…
    /// ```
    public static func percentChange(from a: Quantity, to b: Quantity) -> Quantity? {
        guard let ratio = ratio(b, to: a) else { return nil }
        return Quantity((ratio.lower - 1) * 100, (ratio.upper - 1) * 100, approximate: ratio.approximate)
    }

    /// This value as a percent of `target`: `value ÷ target × 100` over every
    /// pair; nil when the target may be zero.
    ///
    /// ```swift
    /// Quantity(956).percent(of: Quantity(1_200, 1_500))  // 63.73…–79.67…
    /// ```
    public func percent(of target: Quantity) -> Quantity? {
        Quantity.ratio(self, to: target)?.scaled(by: 100)
    }

    /// How far this value lies from each end of `target`.
    ///
    /// ```swift
    /// let gap = Quantity(956).gap(to: Quantity(1_200, 1_500))
    /// gap.fromLowEnd   // -244
    /// gap.fromHighEnd  // -544
    /// gap.standing     // .short
    /// ```
    public func gap(to target: Quantity) -> TargetGap {
        let hedged = approximate || target.approximate
        return TargetGap(
            fromLowEnd: Quantity(lower - target.lower, upper - target.lower, approximate: hedged),
            fromHighEnd: Quantity(lower - target.upper, upper - target.upper, approximate: hedged))
    }
}
