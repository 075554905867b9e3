/// A slice of a store as an exporter that only reads it sees it: the events
/// left where they are, the header made from what they name.
///
/// ``TimelineStore/slice(_:provenance:)`` copies the chosen events into a
/// ``Timeline`` of their own: for thousands of events, every string and array
/// of each retained, then released when the export is done — a third of
/// exporting a slice. ``JSONExporter`` writes from this instead, the same
/// bytes (tested), reading each event once: it gathers what the header needs
/// while it writes the events.
///
/// ```swift
/// let slice = store.sliceInPlace(try store.select(filter))
/// let bytes = JSONExporter.export(slice)
/// ```
public struct StoreSlice: Sendable {
    let store: TimelineStore
    /// The events, in date order.
    public let events: Selection
    /// How the slice was made, written into the header.
    public let provenance: Provenance?

    /// The slice without its events: the store's title and description, the
    /// provenance, and exactly the metrics, actors and sources the events need.
    public var header: Timeline {
        var needs = self.needs()
        events.forEachInPlace { _, event in
            needs.add(event)
            return true
        }
        return header(for: needs)
    }

    /// Empty needs that know the store's catalogue (``SliceNeeds/init(metrics:actors:sources:)``).
    func needs() -> SliceNeeds {
        SliceNeeds(
            metrics: store.metrics.map(\.id), actors: store.actors.map(\.id), sources: store.sources.map(\.id))
    }

    /// The slice as a timeline of its own, its events copied, related ids outside it dropped.
    public var timeline: Timeline {
        var whole = header
        whole.events = Array(events)
        for i in whole.events.indices where !whole.events[i].related.isEmpty {
            whole.events[i].related.removeAll { !contains(id: $0) }
        }
        return whole
    }

    /// The header for events that name what `needs` gathered.
    func header(for needs: SliceNeeds) -> Timeline {
        store.header(for: needs, provenance: provenance)
    }

    /// Whether the slice holds the event with this id (a related id outside it is left out).
    /// - Complexity: O(log *k*) for *k* events.
    func contains(id: String) -> Bool {
        store.position(ofID: id).map(events.contains(position:)) ?? false
    }
}
