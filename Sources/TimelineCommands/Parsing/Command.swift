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
    /// `compare A with B [on METRIC]`: two events, selections or periods side by side.
    case compare(CompareCommand)
    /// `check [FILTER] [--strict]`: what a fact-checker would flag.
    case check(filter: Filter, strict: Bool)
    /// `explain FILTER`: how the filter is understood.
    case explain(filter: Filter)
    /// `let NAME = FILTER`: a named selection, used later as `$NAME`.
    case define(name: String, filter: Filter, nameSpan: Span)
    /// `timeline [FILTER]`: the events on a date axis.
    case timeline(filter: Filter)
    /// `chart METRIC [FILTER] [by day|week|month|year]`: bars of a measure over time.
    case chart(ChartCommand)
    /// `history [N]`: the last N entries of the line editor's history (all without N).
    case history(count: Int?)
    /// `set var` (list), `set var NAME` (show), `set var NAME VALUE`: script parameters read as `$NAME`.
    case setVariable(name: String?, value: String?, nameSpan: Span?)
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

/// One side of `compare`.
public enum CompareOperand: Hashable, Sendable {
    /// An event id.
    case event(String, Span)
    /// A parenthesised filter or a `$NAME`.
    case selection(Filter, Span)
    /// A period: `2025-W04`, `2025-01`, `1990s`.
    case period(FuzzyDate, text: String, Span)
}

/// The arguments of `compare`.
public struct CompareCommand: Hashable, Sendable {
    public var left: CompareOperand
    public var right: CompareOperand
    /// `on METRIC`: compare only this metric.
    public var metric: String?
    public var metricSpan: Span?

    public init(left: CompareOperand, right: CompareOperand, metric: String? = nil, metricSpan: Span? = nil) {
        self.left = left
        self.right = right
        self.metric = metric
        self.metricSpan = metricSpan
    }
}

/// The arguments of `chart`.
public struct ChartCommand: Hashable, Sendable {
    public var metric: String
    public var metricSpan: Span
    public var filter: Filter
    /// `by day|week|month|year`; nil lets the chart choose from the data's span.
    public var grouping: Grouping?

    public init(metric: String, metricSpan: Span, filter: Filter = .all, grouping: Grouping? = nil) {
        self.metric = metric
        self.metricSpan = metricSpan
        self.filter = filter
        self.grouping = grouping
    }
}
