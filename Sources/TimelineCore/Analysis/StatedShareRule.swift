/// `stated-share`: a percentage a source states against the one its own
/// event's counts give, for the same period.
///
/// The metric's `shareOf` names the part and the whole. An exact share may be
/// off by rounding (±0.5 points); a hedged one ("nearly", "about") by ±2. A
/// share within 0.5 points passes; a hedged share that needs its hedge is a
/// warning; anything further is an error. When the stated share is the other
/// part's (100 − computed), the finding says so: a likely mix-up.
public struct StatedShareRule: CheckRule {
    public let name = "stated-share"
    public let summary = "a stated percentage that its own counts do not give"
    public let severity = Severity.error

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        var findings: [Finding] = []
        guard input.hasShares else { return [] }
        for index in input.events.indices {
            let figures = input.figures(ofEvent: index)
            guard figures.count > 2 else { continue }  // a share, its part and its whole
            for share in figures {
                guard let relation = input.share(of: share.measure.metric) else { continue }
                let samePeriod = figures.filter { $0.period == share.period }
                let parts = samePeriod.filter { $0.measure.metric == relation.part }
                let wholes = samePeriod.filter { $0.measure.metric == relation.whole }
                for whole in wholes {
                    for part in parts {
                        let others = samePeriod.filter {
                            input.whole(of: $0.measure.metric) == relation.whole && $0.measure.metric != relation.part
                        }
                        if let finding = check(share, part: part, whole: whole, others: others, input: input) {
                            findings.append(finding)
                        }
                    }
                }
            }
        }
        return findings
    }

    func check(_ share: Figure, part: Figure, whole: Figure, others: [Figure], input: CheckInput) -> Finding? {
        let stated = share.measure
        let said = "\"\(stated.wording)\" (\(stated.source))"
        let division = "\(Arithmetic.text(part.measure.value)) / \(Arithmetic.text(whole.measure.value)) × 100"
        guard let computed = Arithmetic.share(part: part.measure.value, whole: whole.measure.value) else {
            return Finding(
                rule: name, severity: .warning,
                message: "\(said) is a share of a total that may be 0, so its counts give no share to compare",
                figures: [share, part, whole], arithmetic: ["\(division) = undefined (division by 0)"])
        }
        let statedRange = Arithmetic.interval(stated.value)
        let gap = Arithmetic.gap(statedRange, computed)
        let tolerance = share.tolerance
        guard gap > 0.5 else { return nil }
        let severity: Severity = gap > tolerance ? .error : .warning
        let computedText = Arithmetic.percent(computed.0, computed.1)
        var arithmetic = [
            "\(division) = \(computedText)",
            "stated: \(Arithmetic.text(stated.value)) %, \(stated.approximate ? "approximate" : "exact")"
                + " (allowed: ±\(Arithmetic.points(tolerance)) points)",
            "off by \(Arithmetic.points(gap)) points",
        ]
        var message =
            "\(said) is \(Arithmetic.points(gap)) points from the share the counts give, "
            + "\(Arithmetic.text(part.measure.value)) of \(Arithmetic.text(whole.measure.value)) = \(computedText)"
        message +=
            severity == .error
            ? (stated.approximate ? ", beyond what its hedge allows" : "") : ", within its hedge only"
        let complement = (100 - computed.1, 100 - computed.0)
        if Arithmetic.gap(statedRange, complement) <= min(tolerance, gap) {
            let rest = "\(Arithmetic.text(whole.measure.value)) − \(Arithmetic.text(part.measure.value))"
            let other = others.first {
                Arithmetic.gap(Arithmetic.interval($0.measure.value), remainder(part, whole)) == 0
            }
            let complementText = Arithmetic.percent(complement.0, complement.1)
            if let other {
                arithmetic.append(
                    "\(Arithmetic.text(other.measure.value)) / \(Arithmetic.text(whole.measure.value)) × 100 = "
                        + "\(complementText) (\(other.measure.metric))")
                message +=
                    "; it matches the other part, \(Arithmetic.text(other.measure.value)) of "
                    + "\(Arithmetic.text(whole.measure.value)) = \(complementText): a likely mix-up"
                return Finding(
                    rule: name, severity: severity, message: message, figures: [share, part, whole, other],
                    arithmetic: arithmetic)
            }
            arithmetic.append("\(rest) = the rest; 100 − \(computedText) = \(complementText)")
            message += "; it matches the rest of the whole, \(complementText): a likely mix-up"
        }
        return Finding(
            rule: name, severity: severity, message: message, figures: [share, part, whole], arithmetic: arithmetic)
    }

    private func remainder(_ part: Figure, _ whole: Figure) -> (Double, Double) {
        (whole.measure.value.lower - part.measure.value.upper, whole.measure.value.upper - part.measure.value.lower)
    }
}
