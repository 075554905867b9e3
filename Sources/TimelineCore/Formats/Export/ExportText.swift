/// Wording shared by the exporters (CSV, Markdown, ICS, and the web ones through ``WebText``): how a
/// provenance, a figure and a source are put in words.
enum ExportText {
    /// `Exported by timeline 0.1.0 at 2026-11-29T13:40:00Z from built-in; filter: kind:tally (read as kind:tally)`.
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

    /// `~52 percent`, `1,200–1,500 arrests/day`: the figure, `~` first when the source hedged it.
    static func amount(_ measure: Measure) -> String {
        (measure.approximate ? "~" : "") + measure.value.formatted + " " + measure.unit
    }

    /// `75 arrests/day, "a minimum of 75 arrests per day", The Washington Post`.
    static func figure(_ measure: Measure, in timeline: Timeline) -> String {
        "\(amount(measure)), \"\(measure.wording)\", \(sourceName(measure.source, in: timeline))"
    }

    /// The source's name, or its id when the catalogue lacks it.
    static func sourceName(_ id: String, in timeline: Timeline) -> String {
        timeline.sources.first { $0.id == id }?.name ?? id
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
}
