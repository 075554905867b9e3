import TimelineCore

/// What a line is parsed against besides its text: the day relative dates
/// count from (injected, so scripts pinned with `--today` are reproducible)
/// and the script parameters `$NAME` stands for (`--set`, `set var`).
public struct ParserContext: Sendable {
    /// The day `today`, `yesterday`, `last week` … resolve against; nil means relative dates are errors.
    public var today: Day?
    /// Parameters: `$since` reads as the text of `variables["since"]`.
    public var variables: [String: String]

    public init(today: Day? = nil, variables: [String: String] = [:]) {
        self.today = today
        self.variables = variables
    }
}
