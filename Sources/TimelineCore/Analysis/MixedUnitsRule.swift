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
        var units: [String: [String]] = [:]  // per metric, the catalogue's unit, then others as met
        for key in input.groups {  // the pairs of metric and unit, in the order of their first figures
            let (metric, unit) = (key.metric, key.unit)
            if units[metric] == nil {
                order.append(metric)
                units[metric] = input.metric(metric).map { [$0.unit] } ?? []
            }
            if units[metric]?.contains(unit) == false { units[metric]?.append(unit) }
        }
        return order.compactMap { metric in
            guard let units = units[metric], units.count > 1 else { return nil }
            let figures = input.figurePositions(ofMetric: metric).map { input.figures[$0] }
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
