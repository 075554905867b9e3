/// `no-wording`: a figure with no words from its source. Without them a
/// reader cannot see "nearly" or "only" and judge the number. A warning.
public struct NoWordingRule: CheckRule {
    public let name = "no-wording"
    public let summary = "a figure without its source's wording"
    public let severity = Severity.warning

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        input.figures.indices.filter { input.figures[$0].measure.wording.allSatisfy { $0.isWhitespace } }.map { i in
            let figure = input.figures[i]
            return
                Finding(
                    rule: name, severity: .warning,
                    message: "\(Arithmetic.text(figure.measure.value)) \(figure.measure.unit) "
                        + "(\(figure.measure.source)) has no wording: "
                        + "how the source put it is unknown",
                    figures: [figure])
        }
    }
}
