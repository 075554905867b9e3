/// Wording shared by the web exporters (TimelineJS, SVG, HTML): how a figure,
/// a source with the sources it reached us through, and a provenance are put
/// in words. Plain text: the caller escapes it for its format.
enum WebText {
    /// `~52 percent`, `1,200–1,500 arrests/day`: the figure, `~` first when the source hedged it.
    static func amount(_ measure: Measure) -> String {
        (measure.approximate ? "~" : "") + measure.value.formatted + " " + measure.unit
    }

    /// `75 arrests/day (each ICE field office)`: the amount and, when given, its scope.
    static func figure(_ measure: Measure) -> String {
        amount(measure) + (measure.scope.map { " (\($0))" } ?? "")
    }

    /// The metric's name, or its id when the catalogue lacks it.
    static func metricName(_ id: String, in timeline: Timeline) -> String {
        timeline.metrics.first { $0.id == id }?.name ?? id
    }

    /// The source's name, or its id when the catalogue lacks it.
    static func sourceName(_ id: String, in timeline: Timeline) -> String {
        timeline.sources.first { $0.id == id }?.name ?? id
    }

    /// `Four anonymous people, via The Washington Post, via the article`: a
    /// source's name and the chain it reached us through.
    static func credit(_ id: String, in timeline: Timeline) -> String {
        ([sourceName(id, in: timeline)] + viaChain(of: id, in: timeline).map(\.name)).joined(separator: ", via ")
    }

    /// The sources `id` reached us through, nearest first; stops at a loop or an unknown id.
    static func viaChain(of id: String, in timeline: Timeline) -> [Source] {
        var chain: [Source] = []
        var seen: Set<String> = [id]
        var next = timeline.sources.first { $0.id == id }?.via
        while let current = next, seen.insert(current).inserted,
            let source = timeline.sources.first(where: { $0.id == current })
        {
            chain.append(source)
            next = source.via
        }
        return chain
    }

    /// `Exported by timeline 0.1.0 at 2026-11-29T13:40:00Z from built-in; filter: kind:tally`.
    ///
    /// An empty filter reads `all events`; the normalized form is shown only when it differs.
    static func provenance(_ provenance: Provenance) -> String {
        var text = "Exported by \(provenance.tool) at \(provenance.exportedAt)"
        if !provenance.origins.isEmpty { text += " from " + provenance.origins.joined(separator: ", ") }
        if provenance.filter.isEmpty && provenance.normalizedFilter.isEmpty {
            text += "; all events"
        } else {
            text += "; filter: \(provenance.filter)"
            if provenance.normalizedFilter != provenance.filter {
                text += " (read as \(provenance.normalizedFilter))"
            }
        }
        return text
    }

    /// What an open or unknown end means, for a reader: nil when both ends are known.
    static func openEnds(_ date: FuzzyDate) -> String? {
        switch (date.earliest, date.latest) {
        case (nil, nil): "Neither start nor end is known."
        case (nil, _): "The start is not known; placed at the latest possible day."
        case (_, nil): "No end is known; it may still be going on."
        default: nil
        }
    }

    /// The events in the order the store keeps: by earliest day, then latest, then id.
    static func ordered(_ slice: Timeline) -> [Event] {
        slice.events.sorted(by: EventOrder.precedes)
    }
}
