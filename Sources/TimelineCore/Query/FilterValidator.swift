/// Checks a parsed filter against what is loaded before it runs: unknown
/// tags, kinds, actors, sources, ids and metrics are errors with a caret under
/// the word and a "did you mean", never an empty result that looks like an answer.
public struct FilterValidator {
    let store: TimelineStore

    public init(store: TimelineStore) { self.store = store }

    /// Throws the first problem found, in reading order.
    public func validate(_ filter: Filter) throws(Diagnostic) {
        switch filter {
        case .all, .date, .text: return
        case .field(let term): try validate(term)
        case .measure(let term):
            try known(term.metric, as: .metric, span: term.metricSpan, noun: "metric")
        case .and(let parts), .or(let parts):
            for part in parts { try validate(part) }
        case .not(let inner): try validate(inner)
        case .named(let name, let span):
            throw .error(
                "no selection named '$\(name)' here: selections are resolved by the session before a filter runs",
                at: span)
        }
    }

    private func validate(_ term: FieldTerm) throws(Diagnostic) {
        if term.isPattern { return }  // a pattern may match nothing; that is an answer
        try known(term.value, as: term.field, span: term.valueSpan, noun: term.field.rawValue)
    }

    private func known(_ value: String, as field: FieldTerm.Field, span: Span, noun: String) throws(Diagnostic) {
        if field == .id {
            if store.event(id: value) != nil { return }
        } else if field == .actor, store.actorID(named: value) != nil {
            return
        } else if field == .source, store.sourceID(named: value) != nil {
            return
        }
        let vocabulary = store.vocabulary(for: field)
        if vocabulary.contains(value) { return }
        var diagnostic = Diagnostic.error("unknown \(noun) '\(value)'", at: span)
            .suggesting(Suggestion.nearest(to: value, in: vocabulary))
        if diagnostic.notes.isEmpty, vocabulary.count <= 16, !vocabulary.isEmpty {
            diagnostic.notes.append("known \(noun)s: " + vocabulary.joined(separator: ", "))
        }
        throw diagnostic
    }
}

extension TimelineStore {
    /// The actor id for an id or a full name (case-insensitive), if one matches.
    public func actorID(named value: String) -> String? {
        if actor(value) != nil { return value }
        let lowered = value.lowercased()
        return actors.first { $0.id == lowered || $0.name.lowercased() == lowered }?.id
    }

    /// The source id for an id or a full name (case-insensitive), if one matches.
    public func sourceID(named value: String) -> String? {
        if source(value) != nil { return value }
        let lowered = value.lowercased()
        return sources.first { $0.id == lowered || $0.name.lowercased() == lowered }?.id
    }
}
