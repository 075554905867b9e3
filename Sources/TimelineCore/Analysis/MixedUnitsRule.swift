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
        // The pairs of metric and unit met, looked for by a scan while few: most figures
        // repeat one, and hashing two strings per figure was most of this rule's time.
        var met: [(metric: String, unit: String)] = []
        var last = -1
        input.figures.withUnsafeBufferPointer { figures in  // in place: not a copy of each figure
            for i in figures.indices {
                let (metric, unit) = (figures[i].measure.metric, figures[i].measure.unit)
                if last >= 0, met[last] == (metric, unit) { continue }
                if let known = met.firstIndex(where: { $0 == (metric, unit) }) {
                    last = known
                    continue
                }
                if met.count < 16 {
                    met.append((metric, unit))
                    last = met.count - 1
                }
                if units[metric] == nil {
                    order.append(metric)
                    units[metric] = input.metric(metric).map { [$0.unit] } ?? []
                }
                if units[metric]?.contains(unit) == false { units[metric]?.append(unit) }
            }
        }
        return order.compactMap { metric in
            guard let units = units[metric], units.count > 1 else { return nil }
            let figures = input.figures.filter { $0.measure.metric == metric }
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
