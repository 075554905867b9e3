extension TimelineStore {
    /// A timeline holding `events` and exactly the catalogue entries they need:
    /// their metrics (and the metrics those relate to), actors, and sources with
    /// the sources those reached us through. Related ids outside the slice are
    /// dropped, as docs/data-format.md asks of exporters.
    ///
    /// - Complexity: O(*e* + *c*) for *e* events and *c* catalogue entries.
    public func slice<S: Sequence>(_ events: S, provenance: Provenance? = nil) -> Timeline where S.Element == Event {
        var chosen: [Event] = []
        chosen.reserveCapacity(events.underestimatedCount)
        var metricIDs = Set<String>()
        var actorIDs = Set<String>()
        var citedIDs = Set<String>()
        var relating = false  // whether any event names related events (most name none)
        for event in events {
            for measure in event.measures { metricIDs.insert(measure.metric) }
            for actor in event.actors { actorIDs.insert(actor) }
            for source in event.sources { citedIDs.insert(source) }
            for measure in event.measures { citedIDs.insert(measure.source) }
            relating = relating || !event.related.isEmpty
            chosen.append(event)
        }
        for id in metricIDs {
            guard let metric = metric(id) else { continue }
            if let whole = metric.partOf { metricIDs.insert(whole) }
            if let share = metric.shareOf { metricIDs.formUnion([share.part, share.whole]) }
        }
        let sourceIDs = Set(citedIDs.flatMap { chain(ofSource: $0) })
        if relating {
            let ids = Set(chosen.map(\.id))
            for i in chosen.indices where !chosen[i].related.isEmpty {
                chosen[i].related.removeAll { !ids.contains($0) }
            }
        }
        var slice = Timeline(
            title: title, description: description,
            metrics: metrics.filter { metricIDs.contains($0.id) },
            actors: actors.filter { actorIDs.contains($0.id) },
            sources: sources.filter { sourceIDs.contains($0.id) },
            events: chosen)
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
