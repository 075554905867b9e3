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
        var needs = SliceNeeds()
        for event in events {
            withUnsafePointer(to: event) { needs.add($0) }
            chosen.append(event)
        }
        if needs.relating {
            let ids = Set(chosen.map(\.id))
            for i in chosen.indices where !chosen[i].related.isEmpty {
                chosen[i].related.removeAll { !ids.contains($0) }
            }
        }
        var slice = header(for: needs, provenance: provenance)
        slice.events = chosen
        return slice
    }

    /// The slice of `selection` for an exporter that only reads its events: the
    /// same header as ``slice(_:provenance:)`` makes, and the events left in the store.
    ///
    /// - Complexity: O(*e* + *c*) for *e* events and *c* catalogue entries, without
    ///   copying an event.
    /// - Precondition: `selection` comes from this store as it is now.
    public func sliceInPlace(_ selection: Selection, provenance: Provenance? = nil) -> StoreSlice {
        precondition(selection.isOver(events), "a selection made from another store, or before a change")
        return StoreSlice(store: self, events: selection, provenance: provenance)
    }

    /// Everything the store holds, as one timeline (for `save`).
    public var timeline: Timeline {
        var whole = slice(allEvents)
        whole.metrics = metrics
        whole.actors = actors
        whole.sources = sources
        return whole
    }

    /// A timeline without events: the store's title and description, `provenance`,
    /// and the catalogue entries `needs` calls for.
    func header(for needs: SliceNeeds, provenance: Provenance?) -> Timeline {
        var metricIDs = Set(needs.metrics.allKeys)
        for id in needs.metrics.allKeys {
            guard let metric = metric(id) else { continue }
            if let whole = metric.partOf { metricIDs.insert(whole) }
            if let share = metric.shareOf { metricIDs.formUnion([share.part, share.whole]) }
        }
        let actorIDs = Set(needs.actors.allKeys)
        let sourceIDs = Set(needs.cited.allKeys.flatMap { chain(ofSource: $0) })
        var header = Timeline(
            title: title, description: description,
            metrics: metrics.filter { metricIDs.contains($0.id) },
            actors: actors.filter { actorIDs.contains($0.id) },
            sources: sources.filter { sourceIDs.contains($0.id) })
        header.provenance = provenance
        return header
    }
}
