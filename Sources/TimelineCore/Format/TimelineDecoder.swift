/// Reads the project's JSON timeline format (docs/data-format.md) into a
/// ``Timeline``, checking every field, date and reference.
///
/// Errors are ``Diagnostic``s whose spans point into the file, so they print as
/// `file:line:column` with a caret; the first problem stops the read, so a bad
/// file never half-loads.
///
/// ```swift
/// let timeline = try TimelineDecoder.decode(bytes)
/// ```
public enum TimelineDecoder {
    /// Decodes a whole timeline document.
    ///
    /// A valid document is read by a fast path straight from its bytes; at the
    /// first problem (or anything the fast path does not handle) the whole
    /// document is read again by the validating decoder, whose diagnostic is
    /// thrown. Both give the same value for every document the fast path accepts.
    ///
    /// - Parameter progress: told how far the read has got; may stop it, and
    ///   then ``Diagnostic/interrupted`` is thrown.
    /// - Complexity: O(*n*) in the length of the document.
    public static func decode(_ bytes: [UInt8], progress: LoadProgress? = nil) throws(Diagnostic) -> Timeline {
        switch FastTimelineDecoder.decode(bytes, progress: progress) {
        case .decoded(let timeline): return timeline
        case .stopped: throw .interrupted
        case .needsValidation: return try validatingDecode(bytes, progress: progress)
        }
    }

    /// Decodes through a ``JSONNode`` tree, checking everything and reporting
    /// the first problem with its exact location: the reference decoder.
    package static func validatingDecode(_ bytes: [UInt8], progress: LoadProgress? = nil) throws(Diagnostic)
        -> Timeline
    {
        let root: JSONNode
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            throw error.diagnostic(in: SourceText(name: "", text: String(decoding: bytes, as: UTF8.self)))
        }
        let reader = ObjectReader(root, context: "the timeline", allowed: topLevelKeys)
        try reader.checkKeys()
        try reader.checkSchemaVersion()
        var timeline = Timeline(
            title: try reader.string("title"), description: try reader.optionalString("description") ?? "")
        timeline.metrics = try reader.array("metrics", optional: true).map(metric)
        timeline.actors = try reader.array("actors", optional: true).map(actor)
        timeline.sources = try reader.array("sources", optional: true).map(source)
        let eventNodes = try reader.array("events", optional: false)
        var references = ReferenceChecker(timeline: timeline)
        try references.checkUnique(try reader.array("metrics", optional: true), noun: "metric")
        try references.checkMetricRelations(try reader.array("metrics", optional: true))
        try references.checkUnique(try reader.array("actors", optional: true), noun: "actor")
        try references.checkSources(try reader.array("sources", optional: true))
        var events: [Event] = []
        events.reserveCapacity(eventNodes.count)
        for node in eventNodes {
            let event = try self.event(node, references: &references)
            events.append(event)
            if let progress, progress.isDue(events.count),
                !progress.report(bytes: node.span.end, events: events.count)
            {
                throw .interrupted
            }
        }
        try references.checkRelated()
        if let node = reader.node("provenance") { timeline.provenance = try provenance(node) }
        timeline.events = events
        return timeline
    }

    static let topLevelKeys = [
        "schemaVersion", "title", "description", "metrics", "actors", "sources", "events", "provenance",
    ]
    static let provenanceKeys = ["tool", "exportedAt", "filter", "normalizedFilter", "origins"]
    static let metricKeys = ["id", "name", "unit", "description", "partOf", "shareOf"]
    static let shareKeys = ["part", "whole"]
    static let actorKeys = ["id", "name", "kind"]
    static let sourceKeys = ["id", "name", "kind", "via", "note", "author", "date"]
    static let eventKeys = [
        "id", "date", "dateNote", "kind", "title", "summary", "actors", "tags", "measures", "sources", "related",
        "notes",
    ]
    static let measureKeys = [
        "metric", "value", "min", "max", "approximate", "unit", "period", "scope", "source", "wording", "note",
    ]

    /// The kinds of event the format knows (docs/data-format.md).
    public static let kinds = [
        "context", "directive", "briefing", "target", "tally", "report", "policy", "publication", "coverage",
        "assessment",
    ]

    private static func checkKind(_ kind: String, at span: Span) throws(Diagnostic) {
        guard !kinds.contains(kind) else { return }
        throw Diagnostic.error(
            "unknown event kind '\(kind)'", at: span, notes: ["kinds: " + kinds.joined(separator: ", ")]
        )
        .suggesting(Suggestion.nearest(to: kind, in: kinds))
    }

    static func provenance(_ node: JSONNode) throws(Diagnostic) -> Provenance {
        let r = ObjectReader(node, context: "the provenance", allowed: provenanceKeys)
        try r.checkKeys()
        return Provenance(
            tool: try r.string("tool"), exportedAt: try r.string("exportedAt"), filter: try r.string("filter"),
            normalizedFilter: try r.string("normalizedFilter"), origins: try r.strings("origins"))
    }

    static func metric(_ node: JSONNode) throws(Diagnostic) -> Metric {
        let r = ObjectReader(node, context: "a metric", allowed: metricKeys)
        try r.checkKeys()
        var share: Metric.Share?
        if let shareNode = r.node("shareOf") {
            let s = ObjectReader(shareNode, context: "'shareOf'", allowed: shareKeys)
            try s.checkKeys()
            share = Metric.Share(part: try s.slug("part"), whole: try s.slug("whole"))
        }
        let partOf: String? = r.node("partOf") == nil ? nil : try r.slug("partOf")
        return Metric(
            id: try r.slug("id"), name: try r.text("name"), unit: try r.text("unit"),
            description: try r.optionalString("description") ?? "", partOf: partOf, shareOf: share)
    }

    static func actor(_ node: JSONNode) throws(Diagnostic) -> Actor {
        let r = ObjectReader(node, context: "an actor", allowed: actorKeys)
        try r.checkKeys()
        return Actor(id: try r.slug("id"), name: try r.text("name"), kind: try r.text("kind"))
    }

    static func source(_ node: JSONNode) throws(Diagnostic) -> Source {
        let r = ObjectReader(node, context: "a source", allowed: sourceKeys)
        try r.checkKeys()
        return Source(
            id: try r.slug("id"), name: try r.text("name"), kind: try r.text("kind"),
            via: try r.optionalString("via"), note: try r.optionalString("note"),
            author: try r.optionalString("author"), date: try r.optionalDate("date"))
    }

    static func event(_ node: JSONNode, references: inout ReferenceChecker) throws(Diagnostic) -> Event {
        var r = ObjectReader(node, context: "an event", allowed: eventKeys)
        try r.checkKeys()
        let id = try r.slug("id")
        r.context = "event '\(id)'"
        try references.defineEvent(id, at: try r.required("id").span)
        var event = Event(
            id: id, date: try r.date("date"), dateNote: try r.optionalString("dateNote"),
            kind: try r.slug("kind"), title: try r.text("title"), summary: try r.text("summary"))
        try checkKind(event.kind, at: try r.required("kind").span)
        if event.dateNote?.isEmpty ?? true, !event.date.isPlainDay {
            throw .error(
                "event '\(id)' needs a 'dateNote': its date '\(event.date.edtf)' is not a plain day",
                at: try r.required("date").span,
                notes: ["say how the vague date was read from the source text"])
        }
        event.actors = try r.strings("actors")
        event.tags = try r.strings("tags")
        let sourcesNode = try r.required("sources")
        event.sources = try r.strings("sources")
        if event.sources.isEmpty {
            throw .error(
                "event '\(id)' names no source", at: sourcesNode.span,
                notes: ["every event needs at least one source id in 'sources'"])
        }
        event.related = try r.strings("related")
        event.notes = try r.strings("notes")
        for (value, span) in try r.stringsWithSpans("actors") { try references.actor(value, at: span) }
        for (value, span) in try r.stringsWithSpans("sources") { try references.source(value, at: span) }
        for (value, span) in try r.stringsWithSpans("related") { try references.related(value, at: span, from: id) }
        for (value, span) in try r.stringsWithSpans("tags") { try ObjectReader.checkSlug(value, at: span, what: "tag") }
        for measureNode in try r.array("measures", optional: true) {
            event.measures.append(try measure(measureNode, references: &references))
        }
        return event
    }

    private static func measure(_ node: JSONNode, references: inout ReferenceChecker) throws(Diagnostic) -> Measure {
        let r = ObjectReader(node, context: "a measure", allowed: measureKeys)
        try r.checkKeys()
        let metricNode = try r.required("metric")
        let metric = try r.slug("metric")
        try references.metric(metric, at: metricNode.span)
        let value: MeasureValue
        if let exact = r.node("value") {
            if let extra = r.node("min") ?? r.node("max") {
                throw .error("a measure has either 'value' or 'min' and 'max', not both", at: extra.span)
            }
            value = .exact(try ObjectReader.number(exact, what: "value"))
        } else if let minNode = r.node("min"), let maxNode = r.node("max") {
            let lo = try ObjectReader.number(minNode, what: "min")
            let hi = try ObjectReader.number(maxNode, what: "max")
            guard lo <= hi else { throw .error("'min' is greater than 'max'", at: minNode.span.union(maxNode.span)) }
            value = .range(lo, hi)
        } else {
            throw .error("a measure needs 'value', or both 'min' and 'max'", at: node.span)
        }
        let sourceNode = try r.required("source")
        let source = try r.slug("source")
        try references.source(source, at: sourceNode.span)
        let unitNode = try r.required("unit")
        let unit = try r.text("unit")
        try references.unit(unit, of: metric, at: unitNode.span)
        if unit == "percent", value.lower < 0 || value.upper > 100 {
            throw .error("a percentage must lie between 0 and 100", at: (r.node("value") ?? r.node("min") ?? node).span)
        }
        return Measure(
            metric: metric, value: value, approximate: try r.optionalBool("approximate") ?? false,
            unit: unit, period: try r.optionalDate("period"), scope: try r.optionalString("scope"),
            source: source, wording: try r.string("wording"), note: try r.optionalString("note"))
    }
}
