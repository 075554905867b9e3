import TimelineCore

/// Renders results for a person: aligned tables, wrapped prose, vague dates
/// shown as vague. `width` is the terminal's width, or nil when output goes to
/// a file or pipe (then nothing is cut and output is the same run to run).
public struct TableRenderer: Sendable {
    public var width: Int?

    public init(width: Int? = nil) { self.width = width }

    public func render(_ result: CommandResult) -> String {
        switch result {
        case .events(let list): return render(list)
        case .event(let detail): return EventDetailRenderer(width: width ?? 80).render(detail)
        case .counts(let table): return render(table)
        case .sources(let table): return render(table)
        case .help(let help): return help.text.hasSuffix("\n") ? help.text : help.text + "\n"
        case .settings(let settings):
            var table = TextTable(["OPTION", "VALUE", "ONE OF", "WHAT IT DOES"])
            for s in settings { table.add([s.name, s.value, s.allowed.joined(separator: "|"), s.summary]) }
            return table.render(width: width)
        case .compare(let report): return CompareRenderer(width: width).render(report)
        case .check(let report): return CheckRenderer(width: width).render(report)
        case .explain(let report): return ExplainRenderer(width: width).render(report)
        case .timeline(let view): return TimelineRenderer(width: width).render(view)
        case .chart(let view): return ChartRenderer(width: width).render(view)
        case .history(let entries):
            let width = String(entries.last?.number ?? 0).count
            return entries.map { entry in
                let number = String(entry.number)
                let text = entry.text.split(separator: "\n", omittingEmptySubsequences: false)
                    .joined(separator: "\n" + String(repeating: " ", count: width + 2))
                return String(repeating: " ", count: width - number.count) + number + "  " + text + "\n"
            }.joined()
        case .raw(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .message(let text): return text + "\n"
        case .quit: return ""
        }
    }

    private func render(_ list: EventList) -> String {
        guard !list.events.isEmpty else { return "no events match\n" }
        let marks = !list.possiblyOnly.isEmpty
        var table = TextTable((marks ? [" "] : []) + ["DATE", "ID", "KIND", "TITLE"])
        for (index, event) in list.events.enumerated() {
            if Interruption.shouldStop(at: index) { break }  // the runner throws the table away
            let mark = list.possiblyOnly.contains(event.id) ? "?" : " "
            table.add((marks ? [mark] : []) + [event.date.display, event.id, event.kind, event.title])
        }
        var out = table.render(width: width)
        let noun = list.total == 1 ? "event" : "events"
        if list.events.count < list.total {
            out += "(\(list.events.count) of \(list.total) \(noun) shown)\n"
        } else {
            out += "(\(list.total) \(noun))\n"
        }
        if marks {
            out +=
                "? only possibly matches: a vague date or a ranged or hedged figure may fall outside the filter; "
                + "'certainly' leaves it out\n"
        }
        return out
    }

    private func render(_ counts: CountTable) -> String {
        let noun = counts.total == 1 ? "event" : "events"
        guard let grouping = counts.grouping else { return "\(counts.total) \(noun)\n" }
        var table = TextTable([grouping.rawValue.uppercased(), "EVENTS"], alignments: [.left, .right])
        for row in counts.rows { table.add([row.key, String(row.count)]) }
        var out = table.render(width: width)
        out += "(\(counts.total) \(noun)"
        if [.tag, .actor, .source].contains(grouping), counts.rows.reduce(0, { $0 + $1.count }) != counts.total {
            out += "; an event with several \(grouping.rawValue)s counts under each"
        }
        out += ")\n"
        if counts.rows.contains(where: \.spansBuckets) {
            out += "rows with → or 'or' hold events whose vague dates span several \(grouping.rawValue)s\n"
        }
        return out
    }

    private func render(_ sources: SourceTable) -> String {
        guard !sources.rows.isEmpty else { return "no sources\n" }
        var table = TextTable(
            ["SOURCE", "KIND", "EVENTS", "FIGURES", "REACHED US VIA", "NAME"],
            alignments: [.left, .left, .right, .right, .left, .left])
        for row in sources.rows {
            table.add([
                row.source.id, row.source.kind, String(row.events), String(row.measures),
                row.via.isEmpty ? "—" : row.via.joined(separator: " → "), row.source.name,
            ])
        }
        return table.render(width: width) + "(\(sources.rows.count) sources)\n"
    }
}
