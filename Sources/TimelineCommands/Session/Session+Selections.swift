import TimelineCore

extension Session {
    /// `let NAME = FILTER`: checks the filter against the timeline, resolves any
    /// `$NAME` inside it now (a snapshot: redefining a name later does not
    /// change selections built on it), and stores it.
    mutating func define(_ name: String, _ filter: Filter, nameSpan: Span) throws(Diagnostic) -> String {
        let resolved = try resolved(filter)
        let selection = try store.select(resolved, defaultMode: options.dateMode)
        let replacing = selections[name] != nil
        selections[name] = resolved
        let noun = selection.count == 1 ? "event" : "events"
        return "\(replacing ? "redefined" : "defined") $\(name) = \(resolved) (\(selection.count) \(noun) now)"
    }

    /// The filter with every `$NAME` replaced by the selection it names.
    func resolved(_ filter: Filter) throws(Diagnostic) -> Filter {
        switch filter {
        case .named(let name, let span):
            guard let selection = selections[name] else {
                let known = selections.keys.sorted()
                var diagnostic = Diagnostic.error("no selection named '$\(name)'", at: span)
                    .suggesting(Suggestion.nearest(to: name, in: known).map { "$" + $0 })
                if diagnostic.notes.isEmpty {
                    diagnostic.notes.append(
                        known.isEmpty
                            ? "define one with: let \(name) = FILTER"
                            : "selections: " + known.map { "$" + $0 }.joined(separator: ", "))
                }
                throw diagnostic
            }
            return selection
        case .and(let parts):
            var out: [Filter] = []
            for part in parts { out.append(try resolved(part)) }
            return .and(out)
        case .or(let parts):
            var out: [Filter] = []
            for part in parts { out.append(try resolved(part)) }
            return .or(out)
        case .not(let inner): return .not(try resolved(inner))
        case .all, .date, .field, .measure, .text: return filter
        }
    }
}
