/// Posting lists from labels to event positions, one table per field.
///
/// Positions are appended in ascending order, so each list is sorted and
/// lists can be intersected by merging.
struct EventIndex: Sendable {
    var tags: [String: [Int]] = [:]
    var kinds: [String: [Int]] = [:]
    var actors: [String: [Int]] = [:]
    var sources: [String: [Int]] = [:]
    var metrics: [String: [Int]] = [:]

    mutating func add(_ event: Event, at position: Int, sources chains: [String]) {
        kinds[event.kind, default: []].append(position)
        for tag in Set(event.tags) { tags[tag, default: []].append(position) }
        for actor in Set(event.actors) { actors[actor, default: []].append(position) }
        for source in Set(chains) { sources[source, default: []].append(position) }
        for metric in Set(event.measures.map(\.metric)) { metrics[metric, default: []].append(position) }
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
