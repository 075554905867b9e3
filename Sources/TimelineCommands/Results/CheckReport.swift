import TimelineCore

/// What `check` found in the selected events: the first findings, most
/// severe first, each with its events, sources and arithmetic; how many each
/// rule found, shown or not; and whether `--strict` fails.
public struct CheckReport: Sendable {
    /// A rule that ran: its name, what it flags, the most severe level it reports,
    /// and how many findings of each severity it made.
    public struct Rule: Sendable, Hashable {
        public var name: String
        public var summary: String
        public var severity: Severity
        public var found: [Severity: Int] = [:]
    }

    /// How many findings `check` shows without `--limit` or `--all`: every one on a
    /// timeline kept by hand, the first few where figures are counted in millions.
    public static let defaultLimit = 100

    /// The filter in canonical form (empty for every event).
    public var query: String
    /// Events checked.
    public var events: Int
    /// Figures (measures) in those events.
    public var figures: Int
    public var rules: [Rule]
    /// The findings shown: the first `limit`, in order.
    public var findings: [Finding]
    /// How many findings are shown at most; nil with `--all`.
    public var limit: Int?
    /// `check --strict`: an error-level finding fails the command.
    public var strict: Bool

    /// How many findings have this severity, shown or not.
    public func count(_ severity: Severity) -> Int { rules.reduce(0) { $0 + ($1.found[severity] ?? 0) } }

    /// Every finding, shown or not.
    public var total: Int { Severity.allCases.reduce(0) { $0 + count($1) } }

    /// Findings past the limit, not shown.
    public var omitted: Int { total - findings.count }

    public var hasErrors: Bool { count(.error) > 0 }

    /// True when the command ran with `--strict` and found an error: the
    /// runner prints the report, then fails the line.
    public var failsStrict: Bool { strict && hasErrors }
}
