import TimelineCore

/// The state a run of commands shares: the loaded timeline and the options.
///
/// `execute` takes a parsed ``Command`` and returns a ``CommandResult`` value;
/// it prints nothing. A failed command leaves the session as it was.
///
/// ```swift
/// var session = Session(store: store)
/// let result = try session.execute(.count(filter: .all, by: .kind))
/// ```
public struct Session: Sendable {
    public internal(set) var store: TimelineStore
    /// Where the timeline came from, unsaved changes, undo.
    public var document = SessionDocument()
    public var options = SessionOptions()
    /// The line editor's history, oldest first, for `history`; the REPL keeps it current.
    public var history: [String] = []
    /// Named selections defined with `let`, already resolved.
    public internal(set) var selections: [String: Filter] = [:]
    /// Safe mode (`--safe`, or a script whose first line asks for it): no file writes, no
    /// reads but of the files named on the command line. Once on, nothing turns it off.
    public private(set) var safe = false
    /// The files safe mode may read (`--data`, `-f`).
    public private(set) var allowedPaths: Set<String> = []

    /// Turns safe mode on for good, allowing reads of `paths` only.
    public mutating func enterSafeMode(allowing paths: [String]) {
        safe = true
        allowedPaths.formUnion(paths)
    }

    /// Refuses `what` in safe mode unless it only reads a file named on the command line.
    func checkSafe(_ what: String, reading path: String? = nil, at span: Span?) throws(Diagnostic) {
        guard safe else { return }
        if let path, allowedPaths.contains(path) { return }
        throw .error(
            "\(what) is not allowed in safe mode", at: span,
            notes: ["safe mode (--safe) allows no file writes and reads only files named on the command line"])
    }

    /// Script parameters (`--set NAME=VALUE`, `set var NAME VALUE`), read as `$NAME`.
    public var variables: [String: String] = [:]
    /// The day relative dates (`today`, `last week`) count from; `--today` pins it.
    public var today: Day?

    /// The time stamp written into exports (`ToolInfo.timestamp`, or a fixed one in tests).
    public var timestamp: @Sendable () -> String = { ToolInfo.timestamp() }

    /// What the parser needs from the session: today and the parameters.
    public var parserContext: ParserContext { ParserContext(today: today, variables: variables) }

    public init(store: TimelineStore) {
        self.store = store
    }

    /// Runs one command.
    public mutating func execute(_ command: Command) throws(Diagnostic) -> CommandResult {
        switch command {
        case .list(let list): return .events(try self.list(list))
        case .show(let id, let span): return .event(try show(id, span: span))
        case .find(let text, let span): return .events(try find(text, span: span))
        case .count(let filter, let grouping): return .counts(try count(filter, by: grouping))
        case .sources(let filter): return .sources(try sources(filter))
        case .help(let topic, let span): return .help(try HelpCatalog.page(for: topic, span: span))
        case .set(let option, let value, let optionSpan, let valueSpan):
            guard let option else { return .settings(options.all) }
            guard let value else {
                guard let setting = options.all.first(where: { $0.name == option }) else {
                    throw SessionOptions.unknownOption(option, at: optionSpan, among: options.all)
                }
                return .settings([setting])
            }
            if option == "pager" && value == "on" { try checkSafe("the pager (it runs $PAGER)", at: valueSpan) }
            try options.set(option, to: value, nameSpan: optionSpan, valueSpan: valueSpan)
            return .message("\(option) = \(value)")
        case .compare(let command): return .compare(try compare(command))
        case .check(let filter, let strict, let limit): return .check(try check(filter, strict: strict, limit: limit))
        case .explain(let filter): return .explain(try explain(filter))
        case .define(let name, let filter, let span): return .message(try define(name, filter, nameSpan: span))
        case .timeline(let filter): return .timeline(try timeline(filter))
        case .chart(let command): return .chart(try chart(command))
        case .setVariable(let name, let value, let span):
            guard let name else {
                return .settings(variables.sorted { $0.key < $1.key }.map(Self.parameter))
            }
            guard let value else {
                guard let current = variables[name] else {
                    throw Diagnostic.error("no parameter named '\(name)'", at: span)
                        .suggesting(Suggestion.nearest(to: name, in: variables.keys.sorted()))
                }
                return .settings([Self.parameter((name, current))])
            }
            variables[name] = value
            return .message("$\(name) = \(value)")
        case .export(let command): return try export(command)
        case .load(let command): return .message(try load(command))
        case .save(let path, let span, let force): return .message(try save(path, span: span, force: force))
        case .add(let fields, let span): return .message(try add(fields, span: span))
        case .edit(let id, let span, let fields): return .message(try edit(id, idSpan: span, fields: fields))
        case .delete(let id, let span): return .message(try delete(id, span: span))
        case .note(let id, let span, let text): return .message(try note(id, idSpan: span, text: text))
        case .undo: return .message(try undoLast())
        case .run(_, let span):
            throw .error("run is handled by the script runner", at: span)
        case .history(let count):
            let numbered = history.enumerated().map { HistoryEntry(number: $0.offset + 1, text: $0.element) }
            return .history(Array(numbered.suffix(count ?? numbered.count)))
        case .quit: return .quit
        }
    }

    static func parameter(_ entry: (key: String, value: String)) -> Setting {
        Setting(name: "$" + entry.key, value: entry.value, allowed: [], summary: "script parameter")
    }

    /// The events `filter` selects; on Ctrl-C during the selection, ``Diagnostic/interrupted``.
    func select(_ filter: Filter) throws(Diagnostic) -> Selection {
        let selection = try store.select(try resolved(filter), defaultMode: options.dateMode)
        try Interruption.checkDiagnostic()
        return selection
    }

    private func list(_ command: ListCommand) throws(Diagnostic) -> EventList {
        let selection = try select(command.filter)
        var events = Array(selection)
        switch command.sort {
        case .date: break
        case .id: events.sort { $0.id < $1.id }
        case .kind: events.sort { $0.kind != $1.kind ? $0.kind < $1.kind : EventOrder.precedes($0, $1) }
        case .title:
            events.sort { a, b in
                let (ta, tb) = (a.title.lowercased(), b.title.lowercased())
                return ta != tb ? ta < tb : EventOrder.precedes(a, b)
            }
        }
        if command.descending { events.reverse() }
        let total = events.count
        if let limit = command.limit { events = Array(events.prefix(limit)) }
        return EventList(
            command: "list", query: command.filter.description, events: events, total: total,
            possiblyOnly: possiblyOnly(events, filter: try resolved(command.filter)))
    }

    private func find(_ text: String, span: Span) throws(Diagnostic) -> EventList {
        let events = Array(try select(.text(TextTerm(text: text, span: span))))
        return EventList(command: "find", query: text, events: events, total: events.count, possiblyOnly: [])
    }

    /// Ids of events that match the filter possibly but not certainly.
    private func possiblyOnly(_ events: [Event], filter: Filter) -> Set<String> {
        guard filter.hasModalTerms,
            let certain = try? store.select(filter, defaultMode: .certainly, overridingWrittenModes: true)
        else { return [] }
        let certainIDs = Set(certain.map(\.id))
        return Set(events.map(\.id).filter { !certainIDs.contains($0) })
    }

    private func show(_ id: String, span: Span) throws(Diagnostic) -> EventDetail {
        guard let event = store.event(id: id) else {
            throw Diagnostic.error("no event with id '\(id)'", at: span)
                .suggesting(Suggestion.nearest(to: id, in: store.vocabulary(for: .id)))
        }
        var metrics: [String: Metric] = [:]
        for measure in event.measures { metrics[measure.metric] = store.metric(measure.metric) }
        return EventDetail(
            event: event,
            actors: event.actors.map { store.actor($0) ?? Actor(id: $0, name: $0) },
            sources: event.citedSources.map { id in
                let chain = store.chain(ofSource: id).map { store.source($0) ?? Source(id: $0, name: $0) }
                return (chain[0], Array(chain.dropFirst()))
            },
            metrics: metrics,
            related: event.related.compactMap { store.event(id: $0) })
    }

    private func sources(_ filter: Filter) throws(Diagnostic) -> SourceTable {
        let selection = try select(filter)
        var events: [String: Int] = [:]
        var measures: [String: Int] = [:]
        var listed: Set<String> = []
        for event in selection {
            for id in event.citedSources {
                events[id, default: 0] += 1
                listed.formUnion(store.chain(ofSource: id))
            }
            for measure in event.measures { measures[measure.source, default: 0] += 1 }
        }
        let rows = listed.sorted().map { id in
            SourceTable.Row(
                source: store.source(id) ?? Source(id: id, name: id), via: Array(store.chain(ofSource: id).dropFirst()),
                events: events[id] ?? 0, measures: measures[id] ?? 0)
        }
        return SourceTable(query: filter.description, rows: rows)
    }
}

extension Filter {
    /// True when the filter holds a date or measure term, whose reading can be possibly or certainly.
    var hasModalTerms: Bool {
        switch self {
        case .date, .measure: return true
        case .all, .field, .text, .named: return false
        case .and(let parts), .or(let parts): return parts.contains { $0.hasModalTerms }
        case .not(let inner): return inner.hasModalTerms
        }
    }
}
