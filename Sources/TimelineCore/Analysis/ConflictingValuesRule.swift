/// `conflicting-values`: two figures of one metric, for periods that may be
/// the same days, whose values differ by more than their hedges allow.
///
/// An error when both periods are surely the same span of days; a warning when
/// they only may be (a vague date, a one-of set, overlapping spans). Two
/// sources that disagree, and one source that gives two values, are both
/// flagged; the message says which.
public struct ConflictingValuesRule: CheckRule, ListingRule {
    public let name = "conflicting-values"
    public let summary = "different values of one metric for possibly the same period"
    public let severity = Severity.error

    public init() {}

    /// Every pair that disagrees, in the order of the figures (see ``ConflictIndex``).
    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        let index = ConflictIndex(input)
        var findings: [Finding] = []
        index.forEachPair(.all) { i, j in
            if let finding = check(index.figures[i], index.figures[j], input: input) { findings.append(finding) }
            return true
        }
        return findings
    }

    /// Errors are the pairs surely of one period, warnings the rest; counted, made as shown.
    func list(in input: CheckInput, earlier: [FindingList], context: CheckContext, own: FindingList.Part?)
        -> FindingList
    {
        let figures = context.conflicts.figures
        return FindingList([
            .pairs(
                context.conflicts, context.counts, [.error: .sure, .warning: .unsure],
                make: { i, j in check(figures[i], figures[j], input: input) })
        ])
    }

    func check(_ a: Figure, _ b: Figure, input: CheckInput) -> Finding? {
        guard a.disagrees(with: b) else { return nil }
        let (x, y) = (Arithmetic.interval(a.measure.value), Arithmetic.interval(b.measure.value))
        let (low, high) = x.1 < y.0 ? (a, b) : (b, a)
        let (lo, hi) = (low.measure.value, high.measure.value)
        let difference = hi.lower - lo.upper
        let exact = lo.lower == lo.upper && hi.lower == hi.upper
        var arithmetic = [
            "\(Arithmetic.text(.exact(hi.lower))) − \(Arithmetic.text(.exact(lo.upper))) = "
                + "\(NumberText.grouped(difference))\(exact ? "" : " (the nearest ends)")"
        ]
        if lo.upper > 0 {
            let ratio = hi.lower / lo.upper
            arithmetic.append(
                "\(Arithmetic.text(.exact(hi.lower))) / \(Arithmetic.text(.exact(lo.upper))) = "
                    + "\(NumberText.grouped(ratio, decimals: 2)) (\(Arithmetic.points((ratio - 1) * 100)) % more)")
        }
        let scopes = [low.measure.scope, high.measure.scope].compactMap { $0 }
        if scopes.count == 2, scopes[0] != scopes[1] { arithmetic.append("scopes: \(scopes[0]) | \(scopes[1])") }
        let sure = a.surelyShares(periodWith: b)
        let when = sure ? "for the same period" : "for possibly the same period"
        let metric = a.measure.metric
        let message: String
        if a.measure.source == b.measure.source {
            message =
                "\(a.measure.source) gives two values of \(metric) \(when): "
                + "\(stated(low)) and \(stated(high)), \(NumberText.grouped(difference)) apart"
        } else {
            message =
                "\(metric) \(when): \(stated(low)) (\(low.measure.source)) vs "
                + "\(stated(high)) (\(high.measure.source)), "
                + "\(NumberText.grouped(difference)) apart"
        }
        return Finding(
            rule: name, severity: sure ? .error : .warning, message: message, figures: [low, high],
            arithmetic: arithmetic)
    }

    private func stated(_ figure: Figure) -> String {
        let value = Arithmetic.text(figure.measure.value)
        return figure.measure.approximate ? "~\(value)" : value
    }
}
