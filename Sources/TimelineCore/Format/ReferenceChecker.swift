/// Checks, while a timeline is read, that every id an event or measure names
/// exists in its catalogue, and that event ids are unique.
struct ReferenceChecker {
    private let metrics: [String]
    private let units: [String: String]
    private let actors: [String]
    private let sources: [String]
    private var eventSpans: [String: Span] = [:]
    private var pendingRelated: [(String, Span)] = []

    init(timeline: Timeline) {
        metrics = timeline.metrics.map(\.id)
        units = Dictionary(timeline.metrics.map { ($0.id, $0.unit) }, uniquingKeysWith: { first, _ in first })
        actors = timeline.actors.map(\.id)
        sources = timeline.sources.map(\.id)
    }

    /// Catalogue entries of one kind have unique ids (each catalogue is its own namespace).
    func checkUnique(_ nodes: [JSONNode], noun: String) throws(Diagnostic) {
        var seen: Set<String> = []
        for node in nodes {
            guard let idNode = node["id"], case .string(let id) = idNode.value else { continue }
            guard seen.insert(id).inserted else { throw .error("duplicate \(noun) id '\(id)'", at: idNode.span) }
        }
    }

    /// Catalogue sources: unique ids, each `via` names a known source, and no
    /// `via` chain comes back to where it started.
    func checkSources(_ nodes: [JSONNode]) throws(Diagnostic) {
        try checkUnique(nodes, noun: "source")
        var via: [String: String] = [:]
        var viaSpans: [(String, Span)] = []
        for node in nodes {
            guard let idNode = node["id"], case .string(let id) = idNode.value,
                let viaNode = node["via"], case .string(let next) = viaNode.value
            else { continue }
            try source(next, at: viaNode.span)
            via[id] = next
            viaSpans.append((id, viaNode.span))
        }
        for (id, span) in viaSpans {
            var chain = [id]
            var next = via[id]
            while let current = next, current != id, !chain.contains(current) {
                chain.append(current)
                next = via[current]
            }
            guard next == id else { continue }
            throw .error(
                "source '\(id)' cannot reach us through itself", at: span,
                notes: ["via chain: " + (chain + [id]).joined(separator: " → ")])
        }
    }

    /// `partOf` and `shareOf` name metrics of the catalogue, never the metric
    /// itself; a share is a percentage of two counts in one unit.
    func checkMetricRelations(_ nodes: [JSONNode]) throws(Diagnostic) {
        for node in nodes {
            guard let idNode = node["id"], case .string(let id) = idNode.value else { continue }
            if let partNode = node["partOf"], case .string(let whole) = partNode.value {
                try metric(whole, at: partNode.span)
                if whole == id { throw .error("metric '\(id)' cannot be a part of itself", at: partNode.span) }
                try sameUnit(id, whole, at: partNode.span)
            }
            guard let shareNode = node["shareOf"] else { continue }
            var ends: [String] = []
            for key in ["part", "whole"] {
                guard let endNode = shareNode[key], case .string(let end) = endNode.value else { continue }
                try metric(end, at: endNode.span)
                if end == id { throw .error("metric '\(id)' cannot be a share of itself", at: endNode.span) }
                ends.append(end)
            }
            if units[id] != "percent" {
                throw .error(
                    "metric '\(id)' has 'shareOf' but is counted in '\(units[id] ?? "")'", at: shareNode.span,
                    notes: ["a share is a percentage: give the metric the unit 'percent'"])
            }
            if ends.count == 2, ends[0] == ends[1] {
                throw .error("'shareOf' names '\(ends[0])' as both part and whole", at: shareNode.span)
            }
            if ends.count == 2 { try sameUnit(ends[0], ends[1], at: shareNode.span) }
        }
    }

    private func sameUnit(_ part: String, _ whole: String, at span: Span) throws(Diagnostic) {
        guard let a = units[part], let b = units[whole], a != b else { return }
        throw .error(
            "'\(part)' is counted in '\(a)' and '\(whole)' in '\(b)': a part and its whole share one unit",
            at: span)
    }

    mutating func defineEvent(_ id: String, at span: Span) throws(Diagnostic) {
        if eventSpans[id] != nil {
            throw .error("duplicate event id '\(id)'", at: span, notes: ["an earlier event already has this id"])
        }
        eventSpans[id] = span
    }

    /// A measure's unit must be its metric's: 956 arrests are not 956 arrests/day.
    func unit(_ unit: String, of metric: String, at span: Span) throws(Diagnostic) {
        guard let expected = units[metric], expected != unit else { return }
        throw .error(
            "unit '\(unit)' does not match metric '\(metric)', which is counted in '\(expected)'", at: span,
            notes: ["a figure in another unit is another metric: add one to the 'metrics' catalogue"])
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

    /// Notes that `event` names `id` as related; an event cannot name itself.
    mutating func related(_ id: String, at span: Span, from event: String) throws(Diagnostic) {
        if id == event { throw .error("event '\(event)' names itself as related", at: span) }
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
