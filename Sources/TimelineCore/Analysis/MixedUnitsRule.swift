/// `mixed-units`: figures of one metric in more than one unit, or in a unit
/// other than the catalogue's. Loading a file already refuses such a figure;
/// the rule guards timelines built in code. An error: 956 arrests are not 956
/// arrests a day.
public struct MixedUnitsRule: CheckRule {
    public let name = "mixed-units"
    public let summary = "figures of one metric in different units"
    public let severity = Severity.error

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        var order: [String] = []
        var byMetric: [String: [Figure]] = [:]
        for figure in input.figures {
            if byMetric[figure.measure.metric] == nil { order.append(figure.measure.metric) }
            byMetric[figure.measure.metric, default: []].append(figure)
        }
        return order.compactMap { metric in
            let figures = byMetric[metric] ?? []
            var units: [String] = input.metric(metric).map { [$0.unit] } ?? []
            for figure in figures where !units.contains(figure.measure.unit) { units.append(figure.measure.unit) }
            guard units.count > 1 else { return nil }
            let odd = figures.filter { $0.measure.unit != units[0] }
            return Finding(
                rule: name, severity: .error,
                message: "\(metric) is given in \(units.joined(separator: " and ")): figures in different units "
                    + "cannot be compared",
                figures: figures,
                arithmetic: odd.map { "\($0.event): \(Arithmetic.text($0.measure.value)) \($0.measure.unit)" })
        }
    }
}
