/// What a rule found: a severity, a message for people, the figures it rests
/// on and the arithmetic behind it, one step a line.
///
/// A finding is data; renderers lay it out. Its events and sources are read
/// from its figures, so they always agree with them.
///
/// ```swift
/// Finding(rule: "parts-vs-total", severity: .error,
///         message: "the parts of arrests add up to 1,300, more than the total 1,179",
///         figures: [whole, part1, part2], arithmetic: ["613 + 687 = 1,300"])
/// ```
public struct Finding: Hashable, Sendable {
    /// The name of the rule that raised it (`stated-share`).
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The figures the finding rests on, in the order the message names them.
    public var figures: [Figure]
    /// The computation, one step a line (`566 / 1,179 × 100 = 48.0 %`).
    public var arithmetic: [String]

    public init(rule: String, severity: Severity, message: String, figures: [Figure], arithmetic: [String] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.figures = figures
        self.arithmetic = arithmetic
    }

    /// Ids of the events involved, first mention first.
    public var events: [String] { Self.unique(figures.map(\.event)) }

    /// Ids of the sources that state the figures, first mention first.
    public var sources: [String] { Self.unique(figures.map(\.measure.source)) }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
