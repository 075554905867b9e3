import TimelineCore

extension Session {
    /// `explain FILTER`: each part of the filter with what it means and what it selects.
    func explain(_ filter: Filter) throws(Diagnostic) -> ExplainReport {
        let whole = try resolved(filter)
        let total = try store.select(whole, defaultMode: options.dateMode)
        let certain = try store.select(whole, defaultMode: .certainly, overridingWrittenModes: true)
        return ExplainReport(
            normalized: filter.description.isEmpty ? "(every event)" : filter.description, mode: options.dateMode,
            root: try node(filter, mode: options.dateMode), total: total.count,
            possiblyOnly: total.count - certain.count)
    }

    /// The explanation of one part, read in `mode` (which flips under `not`).
    private func node(_ filter: Filter, mode: MatchMode) throws(Diagnostic) -> ExplainReport.Node {
        let count = try store.select(try resolved(filter), defaultMode: mode).count
        switch filter {
        case .all:
            return .init(label: "(every event)", detail: "", count: count, children: [])
        case .and(let parts), .or(let parts):
            var children: [ExplainReport.Node] = []
            for part in parts { children.append(try node(part, mode: mode)) }
            let isAnd = if case .and = filter { true } else { false }
            let detail = isAnd ? "events every part selects" : "events any part selects"
            return .init(label: isAnd ? "and" : "or", detail: detail, count: count, children: children)
        case .not(let inner):
            let flipped = mode.opposite
            return .init(
                label: "not", detail: "events the part below does not select, read \(flipped.rawValue) inside",
                count: count, children: [try node(inner, mode: flipped)])
        case .named(let name, _):
            let selection = try resolved(filter)
            return .init(
                label: "$" + name, detail: "the selection \(selection)", count: count,
                children: [try node(selection, mode: mode)])
        case .date(let term):
            return .init(label: filter.description, detail: detail(term, mode: mode), count: count, children: [])
        case .field(let term):
            return .init(label: filter.description, detail: detail(term), count: count, children: [])
        case .measure(let term):
            let reading = term.mode ?? mode
            let metric = store.metric(term.metric).map { "\($0.name), in \($0.unit)" } ?? term.metric
            let how =
                reading == .possibly
                ? "possibly: some value of a range satisfies it; hedged figures count"
                : "certainly: every value of a range satisfies it; hedged figures never do"
            return .init(label: filter.description, detail: "\(metric); \(how)", count: count, children: [])
        case .text(let term):
            return .init(
                label: filter.description,
                detail: "'\(TextFolding.fold(term.text))' in ids, titles, summaries, notes, tags, names, wording",
                count: count, children: [])
        }
    }

    private func detail(_ term: DateTerm, mode: MatchMode) -> String {
        let range = FilterMatcher.range(of: term)
        let lower = range.lower?.description ?? "(no start)"
        let upper = range.upper?.description ?? "(no end)"
        let reading = term.mode ?? mode
        let how =
            reading == .possibly
            ? "possibly: some reading of the event's date falls in it"
            : "certainly: every reading falls in it, with no ?, ~, % or open end"
        let source = term.written == nil ? "" : "\(term.text) is \(term.date.display); "
        return "\(source)days \(lower) … \(upper); \(how)"
    }

    private func detail(_ term: FieldTerm) -> String {
        if term.isPattern {
            let matched = store.vocabulary(for: term.field).filter { Glob(term.value).matches($0) }
            let shown = matched.prefix(8).joined(separator: ", ") + (matched.count > 8 ? ", …" : "")
            return "\(term.field.rawValue) matching \(term.value): \(matched.isEmpty ? "none" : shown)"
        }
        switch term.field {
        case .actor:
            let id = store.actorID(named: term.value) ?? term.value
            return "actor \(id) (\(store.actor(id)?.name ?? id))"
        case .source:
            let id = store.sourceID(named: term.value) ?? term.value
            return "cited by the event or its figures, directly or through \(id) (\(store.source(id)?.name ?? id))"
        case .metric:
            return "has a figure of \(term.value) (\(store.metric(term.value)?.name ?? term.value))"
        case .tag: return "tagged \(term.value)"
        case .kind: return "of kind \(term.value)"
        case .id: return "the event \(term.value)"
        }
    }
}

extension DateTerm {
    /// The typed text when it differs from the date's own display (periods like `2025-W05`).
    fileprivate var written: String? { text == date.display ? nil : text }
}
