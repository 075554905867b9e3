extension TimelineStore {
    /// A timeline holding `events` and exactly the catalogue entries they need:
    /// their metrics (and the metrics those relate to), actors, and sources with
    /// the sources those reached us through. Related ids outside the slice are
    /// dropped, as docs/data-format.md asks of exporters.
    ///
    /// - Complexity: O(*e* + *c*) for *e* events and *c* catalogue entries.
    public func slice<S: Sequence>(_ events: S, provenance: Provenance? = nil) -> Timeline where S.Element == Event {
        let chosen = Array(events)
        let ids = Set(chosen.map(\.id))
        var metricIDs = Set(chosen.flatMap { $0.measures.map(\.metric) })
        for id in metricIDs {
            guard let metric = metric(id) else { continue }
            if let whole = metric.partOf { metricIDs.insert(whole) }
            if let share = metric.shareOf { metricIDs.formUnion([share.part, share.whole]) }
        }
        let actorIDs = Set(chosen.flatMap(\.actors))
        let sourceIDs = Set(chosen.flatMap { $0.citedSources.flatMap { chain(ofSource: $0) } })
        var slice = Timeline(
            title: title, description: description,
            metrics: metrics.filter { metricIDs.contains($0.id) },
            actors: actors.filter { actorIDs.contains($0.id) },
            sources: sources.filter { sourceIDs.contains($0.id) },
            events: chosen.map { event in
                var copy = event
                copy.related = event.related.filter { ids.contains($0) }
                return copy
            })
        slice.provenance = provenance
        return slice
    }

    /// Everything the store holds, as one timeline (for `save`).
    public var timeline: Timeline {
        var whole = slice(allEvents)
        whole.metrics = metrics
        whole.actors = actors
        whole.sources = sources
        return whole
    }
}
