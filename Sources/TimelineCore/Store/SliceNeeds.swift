/// The catalogue ids a slice's events name, gathered event by event.
///
/// A few ids are met again and again (a slice of thousands of events names tens
/// of actors), so they are kept in ``SmallStringMap``s, which find a label the
/// decoder shared by comparing two words, not by hashing it.
struct SliceNeeds {
    var metrics = SmallStringMap<Bool>()
    var actors = SmallStringMap<Bool>()
    /// Sources cited by the events and by their measures.
    var cited = SmallStringMap<Bool>()
    /// Whether any event names related events (most name none).
    var relating = false

    /// Adds what `event` names (read through a pointer: a loop over a selection copies no event).
    mutating func add(_ event: UnsafePointer<Event>) {
        let measures = event.pointee.measures
        for i in measures.indices {
            Self.insert(measures[i].metric, into: &metrics)
            Self.insert(measures[i].source, into: &cited)
        }
        let actors = event.pointee.actors
        for i in actors.indices { Self.insert(actors[i], into: &self.actors) }
        let sources = event.pointee.sources
        for i in sources.indices { Self.insert(sources[i], into: &cited) }
        relating = relating || !event.pointee.related.isEmpty
    }

    private static func insert(_ id: String, into set: inout SmallStringMap<Bool>) {
        if set[id] == nil { set[id] = true }
    }
}
