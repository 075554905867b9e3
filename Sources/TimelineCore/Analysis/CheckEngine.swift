/// Runs the rules of `check` over a set of events.
///
/// Rules run in order, each seeing what the ones before it found (so
/// `vague-date`, last, can qualify their conclusions). The findings come back
/// most severe first, in rule order within a severity.
///
/// ```swift
/// let input = CheckInput(events: Array(selection), store: store)
/// let findings = CheckEngine.run(input)
/// findings.contains { $0.severity == .error }
/// ```
/// - Complexity: O(*m* log *m* + *p*) in the number of figures *m* and the pairs *p* of
///   figures of one metric whose periods' spans overlap (`conflicting-values` pairs them).
public enum CheckEngine {
    /// Every rule, in the order they run.
    public static let rules: [any CheckRule] = [
        StatedShareRule(), PartsTotalRule(), ConflictingValuesRule(), ShareBaseRule(), MixedUnitsRule(),
        HedgeWordingRule(), NoWordingRule(), VagueDateRule(),
    ]

    public static func run(_ input: CheckInput, rules: [any CheckRule] = rules) -> [Finding] {
        var findings: [Finding] = []
        for rule in rules {
            if Interruption.isRequested { break }  // the caller checks and throws the report away
            findings += rule.findings(in: input, earlier: findings)
        }
        return findings.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
    }
}
