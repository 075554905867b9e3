import TimelineCore

/// One parsed command line. Only a `Command` reaches ``Session``; nothing
/// unparsed executes.
public enum Command: Hashable, Sendable {
    /// `list [FILTER] [sort by date|id|kind|title [asc|desc]] [limit N]` (see docs/grammar.md)
    case list(ListCommand)
    /// `show ID`
    case show(id: String, span: Span)
    /// `find TEXT` — the rest of the line, quoted or not.
    case find(text: String, span: Span)
    /// `count [FILTER] [by GROUPING]`
    case count(filter: Filter, by: Grouping?)
    /// `sources [FILTER]`
    case sources(filter: Filter)
    /// `help [TOPIC]`
    case help(topic: String?, span: Span?)
    /// `set` (show all), `set OPTION` (show one), `set OPTION VALUE`.
    case set(option: String?, value: String?, optionSpan: Span?, valueSpan: Span?)
    /// `history [N]`: the last N entries of the line editor's history (all without N).
    case history(count: Int?)
    /// `quit` / `exit`
    case quit
}

/// The arguments of `list`.
public struct ListCommand: Hashable, Sendable {
    public enum SortKey: String, Hashable, Sendable, CaseIterable {
        case date, id, kind, title
    }

    public var filter: Filter
    public var sort: SortKey
    public var descending: Bool
    public var limit: Int?

    public init(filter: Filter = .all, sort: SortKey = .date, descending: Bool = false, limit: Int? = nil) {
        self.filter = filter
        self.sort = sort
        self.descending = descending
        self.limit = limit
    }
}

/// What `count … by` groups on.
public enum Grouping: String, Hashable, Sendable, CaseIterable {
    case day, week, month, year, decade, kind, tag, actor, source
}
