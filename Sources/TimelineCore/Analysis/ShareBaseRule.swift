/// `share-base`: a percentage stated for one total, when the counts of its
/// part are given only for another total of possibly the same period.
///
/// "Nearly half" of 956 arrests cannot be checked against 566 of 1,179: the
/// share and the counts have different bases. The rule fires when the share's
/// event states no count of the part, and another event (whose period may be
/// the same) states the part and a whole that differs from the share's own
/// whole, or when the share's event states no whole at all. A warning.
public struct ShareBaseRule: CheckRule {
    public let name = "share-base"
    public let summary = "a percentage stated for a different total than the counts it would be checked against"
    public let severity = Severity.warning

    public init() {}

    /// Each share against the figures of its part in other events, in the order of the
    /// events. - Complexity: O(*s* × *p*) for *s* shares and *p* figures of their parts.
    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        var findings: [Finding] = []
        guard input.hasShares else { return [] }
        var figuresOf: [String: [Int]] = [:]  // a metric's figures, in order: made when a share asks
        for index in input.events.indices {
            let figures = input.figures(ofEvent: index)
            for share in figures {
                guard let relation = input.share(of: share.measure.metric) else { continue }
                let own = figures.filter { $0.period == share.period }
                guard !own.contains(where: { $0.measure.metric == relation.part }) else { continue }
                let bases = own.filter { $0.measure.metric == relation.whole }
                if figuresOf[relation.part] == nil {
                    figuresOf[relation.part] = input.figurePositions(ofMetric: relation.part)
                }
                for p in figuresOf[relation.part] ?? [] where input.eventOfFigure[p] != index {
                    let part = input.figures[p]
                    guard part.mayShare(periodWith: share) else { continue }
                    for whole in input.figures(ofEvent: input.eventOfFigure[p])
                    where whole.measure.metric == relation.whole && whole.period == part.period
                        && !bases.contains(where: { same($0, whole) })
                    {
                        findings.append(finding(share, base: bases.first, part: part, whole: whole, input: input))
                    }
                }
            }
        }
        return findings
    }

    private func same(_ a: Figure, _ b: Figure) -> Bool { !a.disagrees(with: b) }

    func finding(_ share: Figure, base: Figure?, part: Figure, whole: Figure, input: CheckInput) -> Finding {
        let said = "\"\(share.measure.wording)\" (\(share.measure.source))"
        let counts =
            "\(Arithmetic.text(part.measure.value)) of \(Arithmetic.text(whole.measure.value)) "
            + "(\(part.measure.source))"
        var arithmetic: [String] = []
        let message: String
        if let base {
            let applied = (
                share.measure.value.lower * base.measure.value.lower / 100,
                share.measure.value.upper * base.measure.value.upper / 100
            )
            let appliedText = Arithmetic.text(
                applied.0 == applied.1 ? .exact(applied.0.rounded()) : .range(applied.0.rounded(), applied.1.rounded()))
            arithmetic.append(
                "\(Arithmetic.text(share.measure.value)) % of \(Arithmetic.text(base.measure.value)) = \(appliedText)")
            message =
                "\(said) is a share of \(Arithmetic.text(base.measure.value)) "
                + "(\(base.measure.source)), but the counts of its part are of another "
                + "total, \(counts): the share and the counts have different bases"
        } else {
            message =
                "\(said) states no total, and the counts of its part are of \(counts): "
                + "the share cannot be checked against them"
        }
        if let computed = Arithmetic.share(part: part.measure.value, whole: whole.measure.value) {
            arithmetic.append(
                "\(Arithmetic.text(part.measure.value)) / \(Arithmetic.text(whole.measure.value)) × 100 = "
                    + Arithmetic.percent(computed.0, computed.1))
        }
        if let base {
            arithmetic.append("\(Arithmetic.text(base.measure.value)) ≠ \(Arithmetic.text(whole.measure.value))")
        }
        return Finding(
            rule: name, severity: .warning, message: message,
            figures: [share] + (base.map { [$0] } ?? []) + [part, whole],
            arithmetic: arithmetic)
    }
}
