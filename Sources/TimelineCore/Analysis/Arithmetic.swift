/// Number text and interval sums the rules share. Values may be ranges, so
/// most operations work on closed intervals.
enum Arithmetic {
    /// `1,179`, `1,200–1,500`.
    static func text(_ value: MeasureValue) -> String { value.formatted }

    /// `48.0 %`, or `45.0–50.0 %` for a range.
    static func percent(_ lower: Double, _ upper: Double) -> String {
        let lo = NumberText.grouped(lower, decimals: 1)
        return lower == upper ? "\(lo) %" : "\(lo)–\(NumberText.grouped(upper, decimals: 1)) %"
    }

    /// `4.0`.
    static func points(_ value: Double) -> String { NumberText.grouped(value, decimals: 1) }

    /// The distance between two closed intervals: 0 when they meet.
    static func gap(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        max(0, a.0 - b.1, b.0 - a.1)
    }

    /// part / whole × 100 over intervals; nil when the whole may be 0.
    static func share(part: MeasureValue, whole: MeasureValue) -> (Double, Double)? {
        guard whole.lower > 0 else { return nil }
        return (part.lower / whole.upper * 100, part.upper / whole.lower * 100)
    }

    static func interval(_ value: MeasureValue) -> (Double, Double) { (value.lower, value.upper) }
}
