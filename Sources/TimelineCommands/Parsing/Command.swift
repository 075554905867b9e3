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
    /// `check [FILTER] [--strict] [--limit N | --all]`: what a fact-checker would flag; the first
    /// `limit` findings shown (nil: all), every one counted.
    case check(filter: Filter, strict: Bool, limit: Int?)
    /// `explain FILTER`: how the filter is understood.
    case explain(filter: Filter)
    /// `let NAME = FILTER`: a named selection, used later as `$NAME`.
    case define(name: String, filter: Filter, nameSpan: Span)
    /// `timeline [FILTER]`: the events on a date axis.
    case timeline(filter: Filter)
    /// `chart METRIC [FILTER] [by day|week|month|year]`: bars of a measure over time.
    case chart(ChartCommand)
    /// `export FORMAT [FILTER] [to PATH] [--force]`
    case export(ExportCommand)
    /// `load PATH [--replace|--keep] [--map COLUMN=FIELD …]`
    case load(LoadCommand)
    /// `run FILE`: the commands in a file, as if typed.
    case run(path: String, span: Span)
    /// `save [PATH] [--force]`
    case save(path: String?, span: Span?, force: Bool)
    /// `add FIELD=VALUE …` (or, in the REPL, `add` alone for a guided form).
    case add(fields: [FieldAssignment], span: Span)
    /// `edit ID FIELD=VALUE …`
    case edit(id: String, idSpan: Span, fields: [FieldAssignment])
    /// `delete ID`
    case delete(id: String, span: Span)
    /// `note ID "text"`: an annotation on an event.
    case note(id: String, idSpan: Span, text: String)
    /// `undo`: take back the last change.
    case undo
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

/// The formats `export` writes.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    case json, jsonl, csv, markdown, timelinejs, ics, svg, html

    /// `md` is also accepted for markdown.
    public init?(word: String) {
        let lowered = word.lowercased()
        self.init(rawValue: lowered == "md" ? "markdown" : lowered)
    }
}

/// The arguments of `export`.
public struct ExportCommand: Hashable, Sendable {
    public var format: ExportFormat
    public var filter: Filter
    /// The filter as typed (for the export's provenance).
    public var filterText: String
    public var path: String?
    public var pathSpan: Span?
    public var force: Bool
    /// `--group actor` groups TimelineJS slides by actor instead of kind.
    public var groupByActor = false

    public init(
        format: ExportFormat, filter: Filter = .all, filterText: String = "", path: String? = nil,
        pathSpan: Span? = nil, force: Bool = false
    ) {
        self.format = format
        self.filter = filter
        self.filterText = filterText
        self.path = path
        self.pathSpan = pathSpan
        self.force = force
    }
}

/// The arguments of `load`.
public struct LoadCommand: Hashable, Sendable {
    /// What to do when a loaded event has the id of a different event already held.
    public enum OnClash: String, Hashable, Sendable {
        case error, replace, keep
    }

    public var path: String
    public var span: Span
    public var onClash: OnClash
    /// `--map COLUMN=FIELD` overrides for CSV columns.
    public var mapping: [String: String]

    public init(path: String, span: Span, onClash: OnClash = .error, mapping: [String: String] = [:]) {
        self.path = path
        self.span = span
        self.onClash = onClash
        self.mapping = mapping
    }
}

/// `field=value` in `add` and `edit`.
public struct FieldAssignment: Hashable, Sendable {
    public var field: String
    public var fieldSpan: Span
    public var value: String
    public var valueSpan: Span

    public init(field: String, fieldSpan: Span, value: String, valueSpan: Span) {
        self.field = field
        self.fieldSpan = fieldSpan
        self.value = value
        self.valueSpan = valueSpan
    }
}

extension Command {
    /// True for commands that change the session's events (add, edit, load …).
    public var changesData: Bool {
        switch self {
        case .add, .edit, .delete, .note, .undo, .load: return true
        default: return false
        }
    }

    /// True for commands that write a file (`save`, `export … to PATH`).
    public var writesFile: Bool {
        switch self {
        case .save: return true
        case .export(let export): return export.path != nil
        default: return false
        }
    }
}
