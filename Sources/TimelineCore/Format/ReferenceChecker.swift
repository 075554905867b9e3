/// Checks, while a timeline is read, that every id an event or measure names
/// exists in its catalogue, and that event ids are unique.
struct ReferenceChecker {
    private let metrics: [String]
    private let actors: [String]
    private let sources: [String]
    private var eventSpans: [String: Span] = [:]
    private var pendingRelated: [(String, Span)] = []

    init(timeline: Timeline) {
        metrics = timeline.metrics.map(\.id)
        actors = timeline.actors.map(\.id)
        sources = timeline.sources.map(\.id)
    }

    /// Catalogue sources: unique ids, and each `via` names a known source.
    func checkSources(_ nodes: [JSONNode]) throws(Diagnostic) {
        var seen: Set<String> = []
        for node in nodes {
            guard let idNode = node["id"], case .string(let id) = idNode.value else { continue }
            guard seen.insert(id).inserted else { throw .error("duplicate source id '\(id)'", at: idNode.span) }
            if let viaNode = node["via"], case .string(let via) = viaNode.value {
                try source(via, at: viaNode.span)
                if via == id { throw .error("source '\(id)' cannot reach us through itself", at: viaNode.span) }
            }
        }
    }

    mutating func defineEvent(_ id: String, at span: Span) throws(Diagnostic) {
        if eventSpans[id] != nil {
            throw .error("duplicate event id '\(id)'", at: span, notes: ["an earlier event already has this id"])
        }
        eventSpans[id] = span
    }

    func metric(_ id: String, at span: Span) throws(Diagnostic) {
        try check(id, in: metrics, noun: "metric", span: span)
    }

    func actor(_ id: String, at span: Span) throws(Diagnostic) {
        try check(id, in: actors, noun: "actor", span: span)
    }

    func source(_ id: String, at span: Span) throws(Diagnostic) {
        try check(id, in: sources, noun: "source", span: span)
    }

    mutating func related(_ id: String, at span: Span) {
        pendingRelated.append((id, span))
    }

    /// Related ids may point forward, so they are checked once all events are read.
    func checkRelated() throws(Diagnostic) {
        for (id, span) in pendingRelated where eventSpans[id] == nil {
            throw Diagnostic.error("related event '\(id)' is not in this timeline", at: span)
                .suggesting(Suggestion.nearest(to: id, in: eventSpans.keys.sorted()))
        }
    }

    private func check(_ id: String, in known: [String], noun: String, span: Span) throws(Diagnostic) {
        guard !known.contains(id) else { return }
        throw Diagnostic.error("unknown \(noun) '\(id)'", at: span, notes: ["add it to the '\(noun)s' catalogue"])
            .suggesting(Suggestion.nearest(to: id, in: known))
    }
}
