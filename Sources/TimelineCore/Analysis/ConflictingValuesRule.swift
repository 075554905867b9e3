/// `conflicting-values`: two figures of one metric, for periods that may be
/// the same days, whose values differ by more than their hedges allow.
///
/// An error when both periods are surely the same span of days; a warning when
/// they only may be (a vague date, a one-of set, overlapping spans). Two
/// sources that disagree, and one source that gives two values, are both
/// flagged; the message says which.
public struct ConflictingValuesRule: CheckRule {
    public let name = "conflicting-values"
    public let summary = "different values of one metric for possibly the same period"
    public let severity = Severity.error

    public init() {}

    /// Pairs only figures of one metric and unit whose periods' spans overlap:
    /// within a metric, figures sorted by the first day their period may
    /// cover, each is compared with those starting by its last possible day.
    /// The pairs are then checked in the order of the figures, as a check of
    /// every pair would meet them.
    /// - Complexity: O(*m* log *m* + *p*) for *m* figures and *p* pairs of overlapping spans.
    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        let figures = input.figures
        var groups: [String: [Int]] = [:]
        for (i, figure) in figures.enumerated() {
            groups[figure.measure.metric + "\u{1F}" + figure.measure.unit, default: []].append(i)
        }
        var pairs: [(Int, Int)] = []
        for members in groups.values {
            let spans = members.map { i in (figures[i].period.lower, figures[i].period.upper) }
            let order = members.indices.sorted { spans[$0].0 < spans[$1].0 }
            for (k, a) in order.enumerated() {
                for b in order[(k + 1)...] {
                    if spans[b].0 > spans[a].1 { break }  // this one, and every later one, starts after a ends
                    let (i, j) = (min(members[a], members[b]), max(members[a], members[b]))
                    if figures[i].mayShare(periodWith: figures[j]) { pairs.append((i, j)) }
                }
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return pairs.compactMap { i, j in check(figures[i], figures[j], input: input) }
    }

    func check(_ a: Figure, _ b: Figure, input: CheckInput) -> Finding? {
        let (x, y) = (Arithmetic.interval(a.measure.value), Arithmetic.interval(b.measure.value))
        guard Arithmetic.gap(x, y) > a.tolerance + b.tolerance else { return nil }
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
