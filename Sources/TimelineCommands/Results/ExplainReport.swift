import TimelineCore

/// How a filter was understood: its normalized form, the reading of vague
/// dates, and, part by part, what each term means and how many events it selects.
public struct ExplainReport: Sendable {
    /// One part of the filter: a term, or `and`/`or`/`not` over parts.
    public struct Node: Sendable, Hashable {
        /// The part as written back (`kind:tally`, `on 2025-02-02`, `and`).
        public var label: String
        /// What it means: resolved day bounds, the reading, the values it matches.
        public var detail: String
        /// Events this part selects on its own (read as it is read inside the whole filter).
        public var count: Int
        public var children: [Node]
    }

    /// The filter in canonical form.
    public var normalized: String
    /// The session's default reading, for terms that name none.
    public var mode: MatchMode
    public var root: Node
    /// Events the whole filter selects.
    public var total: Int
    /// Of those, how many match only possibly.
    public var possiblyOnly: Int
}
