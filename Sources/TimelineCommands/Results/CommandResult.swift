import TimelineCore

/// What a command produced, as a value. Renderers turn it into a table for a
/// person or JSON for a script; nothing here knows how it will be shown.
public enum CommandResult: Sendable {
    /// `list`, `find`: events in order.
    case events(EventList)
    /// `show`: one event with its catalogue entries resolved.
    case event(EventDetail)
    /// `count`.
    case counts(CountTable)
    /// `sources`.
    case sources(SourceTable)
    /// `help`.
    case help(HelpText)
    /// `set` without a value: the options and their values.
    case settings([Setting])
    /// `compare`.
    case compare(CompareReport)
    /// `check`.
    case check(CheckReport)
    /// `explain`.
    case explain(ExplainReport)
    /// `timeline`: events placed on a date axis.
    case timeline(TimelineView)
    /// `chart`: figures over time.
    case chart(ChartView)
    /// `history`: numbered entries, oldest first.
    case history([HistoryEntry])
    /// Bytes written exactly as they are (an export to standard output), in UTF-8.
    case raw([UInt8])
    /// A one-line confirmation (`set format json`).
    case message(String)
    /// `quit`.
    case quit
}

/// Events selected by `list` or `find`.
public struct EventList: Sendable {
    public var command: String
    /// The filter as understood (normalized), or the search text.
    public var query: String
    public var events: [Event]
    /// How many matched before `limit` cut the list.
    public var total: Int
    /// Events matched only *possibly* (a vague date or range straddles the filter), by id.
    public var possiblyOnly: Set<String>
}

/// One event with the names of its actors, sources and metrics looked up.
public struct EventDetail: Sendable {
    public var event: Event
    public var actors: [Actor]
    /// Each cited source with the chain it reached us through, nearest first.
    public var sources: [(source: Source, via: [Source])]
    public var metrics: [String: Metric]
    public var related: [Event]
}

/// `count [FILTER] [by …]`.
public struct CountTable: Sendable {
    public struct Row: Sendable, Hashable {
        public var key: String
        public var count: Int
        /// True when the row gathers events whose vague dates span several buckets.
        public var spansBuckets: Bool
    }

    public var query: String
    public var grouping: Grouping?
    public var total: Int
    public var rows: [Row]
}

/// `sources [FILTER]`: who said what, through whom.
public struct SourceTable: Sendable {
    public struct Row: Sendable {
        public var source: Source
        public var via: [String]
        public var events: Int
        public var measures: Int
    }

    public var query: String
    public var rows: [Row]
}

/// A help page.
public struct HelpText: Sendable {
    public var topic: String
    public var text: String
}

/// One line of `history`: its number in the whole history and its text.
public struct HistoryEntry: Sendable, Hashable {
    public var number: Int
    public var text: String
}

/// A session option and its value.
public struct Setting: Sendable, Hashable {
    public var name: String
    public var value: String
    public var allowed: [String]
    public var summary: String
}
