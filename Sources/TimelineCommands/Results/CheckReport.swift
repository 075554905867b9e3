import TimelineCore

/// What `check` found in the selected events: findings most severe first,
/// each with its events, sources and arithmetic, and whether `--strict` fails.
public struct CheckReport: Sendable {
    /// A rule that ran: its name, what it flags, the most severe level it reports.
    public struct Rule: Sendable, Hashable {
        public var name: String
        public var summary: String
        public var severity: Severity
    }

    /// The filter in canonical form (empty for every event).
    public var query: String
    /// Events checked.
    public var events: Int
    /// Figures (measures) in those events.
    public var figures: Int
    public var rules: [Rule]
    public var findings: [Finding]
    /// `check --strict`: an error-level finding fails the command.
    public var strict: Bool

    /// How many findings have this severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// True when the command ran with `--strict` and found an error: the
    /// runner prints the report, then fails the line.
    public var failsStrict: Bool { strict && hasErrors }
}
