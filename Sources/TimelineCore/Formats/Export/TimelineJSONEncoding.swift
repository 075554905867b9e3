/// The mapping from the model to the project's JSON format (docs/data-format.md),
/// shared by ``JSONExporter`` and ``JSONLExporter`` so both write one shape.
///
/// Keys come in one stable order, the order of docs/data-format.md and of the
/// built-in file. Arrays are always written, even when empty, except an event's
/// `notes`, which is left out when empty so that files without annotations stay
/// readable by versions of `timeline` that predate it (every object is closed).
/// Optional strings and dates are written only when present; `description`
/// (top level and metric) only when not empty, since empty means "not given";
/// `approximate` only when `true`. ``TimelineDecoder`` reads every one of these
/// back to an equal value.
enum TimelineJSONEncoding {
    /// `schemaVersion`, `title`, `description`, `provenance` and the three
    /// catalogues: the top level without `events` (the JSONL header).
    static func header(_ timeline: Timeline) -> [JSON.Member] {
        var members: [JSON.Member] = [
            .init("schemaVersion", .int(Timeline.schemaVersion)),
            .init("title", .string(timeline.title)),
        ]
        if !timeline.description.isEmpty { members.append(.init("description", .string(timeline.description))) }
        if let provenance = timeline.provenance { members.append(.init("provenance", json(provenance))) }
        members.append(.init("metrics", .array(timeline.metrics.map(json))))
        members.append(.init("actors", .array(timeline.actors.map(json))))
        members.append(.init("sources", .array(timeline.sources.map(json))))
        return members
    }

    /// The whole document: the header members, then `events`.
    /// On Ctrl-C the events stop early (``Interruption/shouldStop(at:)``); the caller throws the result away.
    static func document(_ timeline: Timeline) -> JSON {
        var events: [JSON] = []
        events.reserveCapacity(timeline.events.count)
        for (index, event) in timeline.events.enumerated() {
            if Interruption.shouldStop(at: index) { break }
            events.append(json(event))
        }
        return .object(header(timeline) + [.init("events", .array(events))])
    }

    static func json(_ provenance: Provenance) -> JSON {
        .object([
            "tool": .string(provenance.tool),
            "exportedAt": .string(provenance.exportedAt),
            "filter": .string(provenance.filter),
            "normalizedFilter": .string(provenance.normalizedFilter),
            "origins": .array(provenance.origins.map(JSON.string)),
        ])
    }

    static func json(_ metric: Metric) -> JSON {
        var members: [JSON.Member] = [
            .init("id", .string(metric.id)), .init("name", .string(metric.name)), .init("unit", .string(metric.unit)),
        ]
        if !metric.description.isEmpty { members.append(.init("description", .string(metric.description))) }
        if let whole = metric.partOf { members.append(.init("partOf", .string(whole))) }
        if let share = metric.shareOf {
            members.append(.init("shareOf", .object(["part": .string(share.part), "whole": .string(share.whole)])))
        }
        return .object(members)
    }

    static func json(_ actor: Actor) -> JSON {
        .object(["id": .string(actor.id), "name": .string(actor.name), "kind": .string(actor.kind)])
    }

    static func json(_ source: Source) -> JSON {
        var members: [JSON.Member] = [
            .init("id", .string(source.id)), .init("name", .string(source.name)), .init("kind", .string(source.kind)),
        ]
        optional(&members, "via", source.via)
        optional(&members, "author", source.author)
        optional(&members, "date", source.date?.edtf)
        optional(&members, "note", source.note)
        return .object(members)
    }

    static func json(_ event: Event) -> JSON {
        var members: [JSON.Member] = [.init("id", .string(event.id)), .init("date", .string(event.date.edtf))]
        optional(&members, "dateNote", event.dateNote)
        members += [
            .init("kind", .string(event.kind)),
            .init("title", .string(event.title)),
            .init("summary", .string(event.summary)),
            .init("actors", strings(event.actors)),
            .init("tags", strings(event.tags)),
            .init("measures", .array(event.measures.map(json))),
            .init("sources", strings(event.sources)),
            .init("related", strings(event.related)),
        ]
        if !event.notes.isEmpty { members.append(.init("notes", strings(event.notes))) }
        return .object(members)
    }

    static func json(_ measure: Measure) -> JSON {
        var members: [JSON.Member] = [.init("metric", .string(measure.metric))]
        switch measure.value {
        case .exact(let value): members.append(.init("value", number(value)))
        case .range(let low, let high): members += [.init("min", number(low)), .init("max", number(high))]
        }
        if measure.approximate { members.append(.init("approximate", .bool(true))) }
        members.append(.init("unit", .string(measure.unit)))
        optional(&members, "period", measure.period?.edtf)
        optional(&members, "scope", measure.scope)
        members += [.init("source", .string(measure.source)), .init("wording", .string(measure.wording))]
        optional(&members, "note", measure.note)
        return .object(members)
    }

    /// Integral values as integers (`956`), others in the shortest form that reads back the same (`47.99`).
    private static func number(_ value: Double) -> JSON { .double(value) }

    private static func strings(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }

    private static func optional(_ members: inout [JSON.Member], _ key: String, _ value: String?) {
        if let value { members.append(.init(key, .string(value))) }
    }
}
