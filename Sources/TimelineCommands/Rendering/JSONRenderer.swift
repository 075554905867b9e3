import TimelineCore

/// Renders results for scripts: one JSON document per command, with stable
/// key order (documented in docs/json-output.md).
public enum JSONRenderer {
    /// Pretty-printed JSON followed by a newline.
    public static func render(_ result: CommandResult) -> String {
        // An export is already in its own format, JSON or not.
        if case .raw(let bytes) = result { return String(decoding: bytes, as: UTF8.self) }
        return JSONWriter.write(json(result), pretty: true) + "\n"
    }

    static func json(_ result: CommandResult) -> JSON {
        switch result {
        case .events(let list):
            return [
                "command": .string(list.command), "query": .string(list.query), "total": .int(list.total),
                "count": .int(list.events.count),
                "events": .array(
                    list.events.map { EventJSON.json($0, possiblyOnly: list.possiblyOnly.contains($0.id)) }),
            ]
        case .event(let detail):
            return [
                "command": "show", "event": EventJSON.json(detail.event, possiblyOnly: false),
                "actors": .array(
                    detail.actors.map { ["id": .string($0.id), "name": .string($0.name), "kind": .string($0.kind)] }),
                "sources": .array(
                    detail.sources.map { entry in
                        [
                            "id": .string(entry.source.id), "name": .string(entry.source.name),
                            "kind": .string(entry.source.kind), "via": .array(entry.via.map { .string($0.id) }),
                        ]
                    }),
            ]
        case .counts(let table):
            return [
                "command": "count", "query": .string(table.query), "total": .int(table.total),
                "by": table.grouping.map { .string($0.rawValue) } ?? .null,
                "rows": .array(
                    table.rows.map {
                        ["key": .string($0.key), "count": .int($0.count), "spansBuckets": .bool($0.spansBuckets)]
                    }),
            ]
        case .sources(let table):
            return [
                "command": "sources", "query": .string(table.query),
                "sources": .array(
                    table.rows.map { row in
                        [
                            "id": .string(row.source.id), "name": .string(row.source.name),
                            "kind": .string(row.source.kind),
                            "via": .array(row.via.map { .string($0) }), "events": .int(row.events),
                            "figures": .int(row.measures), "note": row.source.note.map { .string($0) } ?? .null,
                        ]
                    }),
            ]
        case .help(let help):
            return ["command": "help", "topic": .string(help.topic), "text": .string(help.text)]
        case .settings(let settings):
            return [
                "command": "set",
                "settings": .array(
                    settings.map {
                        [
                            "name": .string($0.name), "value": .string($0.value),
                            "allowed": .array($0.allowed.map { .string($0) }), "summary": .string($0.summary),
                        ]
                    }),
            ]
        case .compare(let report): return CompareRenderer.json(report)
        case .check(let report): return CheckRenderer.json(report)
        case .explain(let report): return ExplainRenderer.json(report)
        case .timeline(let view): return TimelineRenderer.json(view)
        case .chart(let view): return ChartRenderer.json(view)
        case .history(let entries):
            return [
                "command": "history",
                "entries": .array(entries.map { ["number": .int($0.number), "text": .string($0.text)] }),
            ]
        case .raw(let bytes): return .string(String(decoding: bytes, as: UTF8.self))
        case .message(let text): return ["command": "set", "message": .string(text)]
        case .quit: return ["command": "quit"]
        }
    }
}

/// One event as JSON: the data-format fields plus the computed date bounds.
enum EventJSON {
    static func json(_ event: Event, possiblyOnly: Bool) -> JSON {
        var object: [(String, JSON)] = [
            ("id", .string(event.id)), ("date", date(event.date)),
            ("dateNote", event.dateNote.map { .string($0) } ?? .null), ("kind", .string(event.kind)),
            ("title", .string(event.title)), ("summary", .string(event.summary)),
            ("actors", strings(event.actors)), ("tags", strings(event.tags)),
            ("measures", .array(event.measures.map(measure))), ("sources", strings(event.sources)),
            ("related", strings(event.related)), ("notes", strings(event.notes)),
        ]
        if possiblyOnly { object.append(("match", "possibly")) }
        return .object(object.map { JSON.Member($0.0, $0.1) })
    }

    static func date(_ date: FuzzyDate) -> JSON {
        [
            "edtf": .string(date.edtf), "display": .string(date.display),
            "earliest": date.earliest.map { .string($0.description) } ?? .null,
            "latest": date.latest.map { .string($0.description) } ?? .null,
            "precision": .string(date.precision.rawValue), "uncertain": .bool(date.isUncertain),
            "approximate": .bool(date.isApproximate),
        ]
    }

    static func measure(_ m: Measure) -> JSON {
        var object: [(String, JSON)] = [("metric", .string(m.metric))]
        switch m.value {
        case .exact(let v): object.append(("value", number(v)))
        case .range(let lo, let hi): object += [("min", number(lo)), ("max", number(hi))]
        }
        object += [
            ("approximate", .bool(m.approximate)), ("unit", .string(m.unit)),
            ("period", m.period.map { .string($0.edtf) } ?? .null), ("scope", m.scope.map { .string($0) } ?? .null),
            ("source", .string(m.source)), ("wording", .string(m.wording)),
            ("note", m.note.map { .string($0) } ?? .null),
        ]
        return .object(object.map { JSON.Member($0.0, $0.1) })
    }

    static func number(_ v: Double) -> JSON {
        v == v.rounded() && abs(v) < 9e15 ? .int(Int(v)) : .double(v)
    }

    static func strings(_ values: [String]) -> JSON { .array(values.map { .string($0) }) }
}
