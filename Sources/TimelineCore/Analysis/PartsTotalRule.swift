/// `parts-vs-total`: counts that are parts of another count (`partOf`), stated
/// by one source for one event and period, against that total.
///
/// Parts of one whole do not overlap (docs/data-format.md), so one part above
/// the total, or parts that add up to more, is an error. Two or more parts that
/// add up to less leave some of the total unaccounted for: a warning, since
/// the parts a source gives need not cover the whole. Hedged figures widen the
/// comparison by their tolerance.
public struct PartsTotalRule: CheckRule {
    public let name = "parts-vs-total"
    public let summary = "parts that add up to more (or less) than their total"
    public let severity = Severity.error

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        var findings: [Finding] = []
        guard input.hasParts else { return [] }
        for index in input.events.indices {
            let figures = input.figures(ofEvent: index)
            guard figures.count > 1 else { continue }  // a whole and a part at least
            for whole in figures {
                var parts: [Figure] = []
                for figure in figures
                where input.whole(of: figure.measure.metric) == whole.measure.metric
                    && figure.period == whole.period && figure.measure.source == whole.measure.source
                    && !parts.contains(where: { $0.measure.metric == figure.measure.metric })
                {
                    parts.append(figure)
                }
                guard !parts.isEmpty else { continue }
                if let finding = check(whole, parts: parts, input: input) { findings.append(finding) }
            }
        }
        return findings
    }

    func check(_ whole: Figure, parts: [Figure], input: CheckInput) -> Finding? {
        let total = whole.measure.value
        let sum = (parts.map(\.measure.value.lower).reduce(0, +), parts.map(\.measure.value.upper).reduce(0, +))
        let slack = parts.map(\.tolerance).reduce(whole.tolerance, +)
        let terms = parts.map { Arithmetic.text($0.measure.value) }.joined(separator: " + ")
        let sumText = Arithmetic.text(sum.0 == sum.1 ? .exact(sum.0) : .range(sum.0, sum.1))
        let who = whole.measure.source
        let names = parts.map(\.measure.metric).joined(separator: ", ")
        let figures = [whole] + parts
        if sum.0 > total.upper + slack {
            let excess = sum.0 - total.upper
            let message =
                parts.count == 1
                ? "\(names) (\(Arithmetic.text(parts[0].measure.value))) is larger than its total, "
                    + "\(whole.measure.metric) (\(Arithmetic.text(total))), in the figures of \(who)"
                : "the parts of \(whole.measure.metric) (\(names)) add up to \(sumText), more than the total "
                    + "\(Arithmetic.text(total)) in the figures of \(who)"
            return Finding(
                rule: name, severity: .error, message: message, figures: figures,
                arithmetic: [
                    parts.count == 1 ? "\(terms) > \(Arithmetic.text(total))" : "\(terms) = \(sumText)",
                    "\(sumText) − \(Arithmetic.text(total)) = \(NumberText.grouped(excess)) too many",
                ])
        }
        if parts.count >= 2, sum.1 < total.lower - slack {
            let missing = total.lower - sum.1
            return Finding(
                rule: name, severity: .warning,
                message: "the parts of \(whole.measure.metric) (\(names)) add up to \(sumText), less than the total "
                    + "\(Arithmetic.text(total)) in the figures of \(who): \(NumberText.grouped(missing)) not accounted for",
                figures: figures,
                arithmetic: [
                    "\(terms) = \(sumText)", "\(Arithmetic.text(total)) − \(sumText) = \(NumberText.grouped(missing))",
                ])
        }
        return nil
    }
}
