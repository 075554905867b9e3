/// `hedge-wording`: a figure whose wording and `approximate` flag disagree.
///
/// A warning when the wording hedges ("nearly", "about", "more than", …) but
/// the figure is recorded as exact: it will be used as exact. Info when the
/// figure is recorded as approximate but its wording holds no hedge word the
/// rule knows. The words are English; "over" and "some" are left out, being
/// too often not hedges.
public struct HedgeWordingRule: CheckRule {
    public let name = "hedge-wording"
    public let summary = "a hedged figure recorded as exact, or an unhedged one recorded as approximate"
    public let severity = Severity.warning

    /// Words and phrases that make a figure approximate or a bound.
    public static let hedges = [
        "nearly", "almost", "about", "approximately", "around", "roughly", "some estimated", "an estimated",
        "estimated", "more than", "less than", "fewer than", "at least", "at most", "up to", "close to",
        "upwards of", "just under", "just over",
    ]

    public init() {}

    public func findings(in input: CheckInput, earlier: [Finding]) -> [Finding] {
        input.figures.compactMap { figure in
            let wording = figure.measure.wording
            guard !wording.isEmpty else { return nil }
            let hedge = Self.hedge(in: wording)
            switch (hedge, figure.measure.approximate) {
            case (let word?, false):
                return Finding(
                    rule: name, severity: .warning,
                    message: "\"\(wording)\" is hedged (\"\(word)\") but \(Arithmetic.text(figure.measure.value)) "
                        + "is recorded as exact", figures: [figure])
            case (nil, true):
                return Finding(
                    rule: name, severity: .info,
                    message: "\(Arithmetic.text(figure.measure.value)) is recorded as approximate, but "
                        + "\"\(wording)\" holds no hedge word", figures: [figure])
            default:
                return nil
            }
        }
    }

    /// The first hedge word in the text, matched as whole words, ignoring case.
    static func hedge(in text: String) -> String? {
        let words = text.lowercased().split { !$0.isLetter }.joined(separator: " ")
        let padded = " \(words) "
        return hedges.first { padded.contains(" \($0) ") }
    }
}
