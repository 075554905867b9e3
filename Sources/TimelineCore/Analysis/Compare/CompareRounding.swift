/// How `compare` rounds what it prints. The arithmetic keeps full precision;
/// only text is rounded, and always by these rules (documented in docs/compare.md).
///
/// - Percentages (percent of target, percent change): whole numbers, half away
///   from zero (63.7 → 64, 79.5 → 80, -2.5 → -3). One decimal instead when a
///   nonzero value would print as 0, or when the two ends of a range would print alike.
/// - Ratios: two decimals, half away from zero (1.2333 → 1.23).
/// - Figures, differences, sums and means: as ``NumberText/grouped(_:decimals:)``:
///   whole numbers as is, others to at most two decimals.
///
/// ```swift
/// CompareRounding.percent(Quantity(63.73, 79.67))  // "64–80"
/// CompareRounding.percent(Quantity(0.4))           // "0.4"
/// CompareRounding.ratio(Quantity(1.2333))          // "1.23"
/// ```
public enum CompareRounding {
    /// A percentage or range of percentages, without the `%` sign or a `~`.
    public static func percent(_ value: Quantity, signed: Bool = false) -> String {
        var decimals = 0
        let lowText = NumberText.grouped(value.lower, decimals: 0)
        let highText = NumberText.grouped(value.upper, decimals: 0)
        let vanishes = [value.lower, value.upper].contains { $0 != 0 && abs($0) < 0.5 }
        if vanishes || (!value.isSingle && lowText == highText) { decimals = 1 }
        return format(value, decimals: decimals, signed: signed)
    }

    /// A ratio or range of ratios, to two decimals, without the `×`.
    public static func ratio(_ value: Quantity) -> String {
        format(value, decimals: 2, signed: false)
    }

    /// A figure, difference, sum or mean, without its unit.
    public static func figure(_ value: Quantity, signed: Bool = false) -> String {
        format(value, decimals: nil, signed: signed)
    }

    private static func format(_ value: Quantity, decimals: Int?, signed: Bool) -> String {
        func one(_ x: Double) -> String {
            let text = NumberText.grouped(x, decimals: decimals)
            guard signed, !text.hasPrefix("-"), text.contains(where: { $0 != "0" && $0 != "." && $0 != "," }) else {
                return text
            }
            return "+" + text
        }
        let low = one(value.lower)
        let high = one(value.upper)
        let body = low == high ? low : low + "–" + high
        return value.approximate ? "~" + body : body
    }
}
