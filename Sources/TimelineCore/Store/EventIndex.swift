/// Posting lists from labels to event positions, one table per field.
///
/// Positions are appended in ascending order, so each list is sorted and
/// lists can be intersected by merging.
struct EventIndex: Sendable {
    var tags = PostingTable()
    var kinds = PostingTable()
    var actors = PostingTable()
    var sources = PostingTable()
    var metrics = PostingTable()

    /// Adds the event at `position` (positions come in ascending order); `chains`
    /// holds every source it cites with the sources those reached us through.
    /// - Complexity: O(*k*²) in the event's few labels, with no allocation for them.
    mutating func add(_ event: borrowing Event, at position: Int, sources chains: [String]) {
        kinds.append(position, to: event.kind)
        Self.add(event.tags, at: position, to: &tags)
        Self.add(event.actors, at: position, to: &actors)
        Self.add(chains, at: position, to: &sources)
        for (i, measure) in event.measures.enumerated()
        where !event.measures[..<i].contains(where: { $0.metric == measure.metric }) {
            metrics.append(position, to: measure.metric)
        }
    }

    /// Adds `position` once to the list of each distinct label.
    private static func add(_ labels: [String], at position: Int, to table: inout PostingTable) {
        for (i, label) in labels.enumerated() where !labels[..<i].contains(label) {
            table.append(position, to: label)
        }
    }

    func positions(_ field: FieldTerm.Field, _ value: String) -> [Int] {
        switch field {
        case .tag: return tags[value] ?? []
        case .kind: return kinds[value] ?? []
        case .actor: return actors[value] ?? []
        case .source: return sources[value] ?? []
        case .metric: return metrics[value] ?? []
        case .id: return []
        }
    }
}
