/// An inclusive range of whole-day offsets whose ends may be unbounded (nil).
public struct DayOffsets: Hashable, Sendable, CustomStringConvertible {
    /// Fewest days, or nil when there is no lower end.
    public var lower: Int?
    /// Most days, or nil when there is no upper end.
    public var upper: Int?

    public init(_ lower: Int?, _ upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    /// True when `days` lies within the range.
    public func contains(_ days: Int) -> Bool {
        (lower.map { $0 <= days } ?? true) && (upper.map { days <= $0 } ?? true)
    }

    /// True when the range is one number.
    public var isSingle: Bool { lower != nil && lower == upper }

    /// `7`, `0–7`, `3–…`, `…–-2`.
    public var description: String {
        if isSingle, let lower { return String(lower) }
        return "\(lower.map(String.init) ?? "…")–\(upper.map(String.init) ?? "…")"
    }

    /// The absolute values of the offsets in the range.
    var magnitudes: DayOffsets {
        if let lower, lower >= 0 { return self }
        if let upper, upper <= 0 { return DayOffsets(-upper, lower.map { -$0 }) }
        // The range holds zero: the fewest days is 0, the most the larger end.
        guard let lower, let upper else { return DayOffsets(0, nil) }
        return DayOffsets(0, max(-lower, upper))
    }

    /// Sorts and joins overlapping or touching ranges.
    static func merged(_ ranges: [DayOffsets]) -> [DayOffsets] {
        let sorted = ranges.sorted { a, b in
            switch (a.lower, b.lower) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?): return x < y
            }
        }
        var out: [DayOffsets] = []
        for range in sorted {
            guard let last = out.last else {
                out.append(range)
                continue
            }
            // Touching when the last has no end, or this one starts at most one day after it ends.
            let touches = last.upper == nil || range.lower.map { $0 <= (last.upper ?? $0) + 1 } ?? true
            if touches {
                let upper: Int? =
                    if let a = last.upper, let b = range.upper { max(a, b) } else { nil }
                out[out.count - 1] = DayOffsets(last.lower, upper)
            } else {
                out.append(range)
            }
        }
        return out
    }
}
