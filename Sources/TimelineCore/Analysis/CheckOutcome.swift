/// What `check` found: the findings shown, most severe first, and how many
/// each rule found of each severity, shown or not.
///
/// ```swift
/// let outcome = CheckEngine.run(input, limit: 100)
/// outcome.findings.count       // at most 100
/// outcome.count(.error)        // every error, shown or not
/// ```
public struct CheckOutcome: Sendable {
    /// The first findings (all of them without a limit), in the order `check` prints them.
    public var findings: [Finding]
    /// Per rule, in the order the rules ran: how many findings of each severity.
    public var counts: [(rule: String, found: [Severity: Int])]

    public init(findings: [Finding], counts: [(rule: String, found: [Severity: Int])]) {
        self.findings = findings
        self.counts = counts
    }

    /// How many findings have `severity`, over every rule.
    public func count(_ severity: Severity) -> Int { counts.reduce(0) { $0 + ($1.found[severity] ?? 0) } }

    /// Every finding, shown or not.
    public var total: Int { Severity.allCases.reduce(0) { $0 + count($1) } }

    /// Findings not shown: past the limit.
    public var omitted: Int { total - findings.count }
}
