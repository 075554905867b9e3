/// The catalogue ids a slice's events name, gathered event by event.
///
/// A few ids are met again and again (a slice of thousands of events names tens
/// of actors), so they are kept in ``SmallStringMap``s, which find a label the
/// decoder shared by comparing two words, not by hashing it. Given the
/// catalogue, the needs know when every metric, actor and source in it has been
/// named: from then on an event is only asked whether it relates others (a
/// slice of a thousand events names the whole catalogue within its first
/// hundred or so).
struct SliceNeeds {
    var metrics = SmallStringMap<Bool>()
    var actors = SmallStringMap<Bool>()
    /// Sources cited by the events and by their measures.
    var cited = SmallStringMap<Bool>()
    /// Whether any event names related events (most name none).
    var relating = false
    /// The catalogue's ids not named yet, by kind; nil when the catalogue is not known.
    private var unnamed: (metrics: Set<String>, actors: Set<String>, sources: Set<String>)?

    /// Needs that stop reading labels once every id of these catalogues is named.
    init(metrics: [String], actors: [String], sources: [String]) {
        unnamed = (Set(metrics), Set(actors), Set(sources))
    }

    /// Needs that read every label (the catalogue not known).
    init() {}

    /// Every catalogue id is named: the labels of the events still to come add nothing.
    private var complete: Bool {
        guard let unnamed else { return false }
        return unnamed.metrics.isEmpty && unnamed.actors.isEmpty && unnamed.sources.isEmpty
    }

    /// Adds what `event` names (read through a pointer: a loop over a selection copies no event).
    mutating func add(_ event: UnsafePointer<Event>) {
        relating = relating || !event.pointee.related.isEmpty
        guard !complete else { return }
        let measures = event.pointee.measures
        for i in measures.indices {
            if Self.insert(measures[i].metric, into: &metrics) { unnamed?.metrics.remove(measures[i].metric) }
            if Self.insert(measures[i].source, into: &cited) { unnamed?.sources.remove(measures[i].source) }
        }
        let actors = event.pointee.actors
        for i in actors.indices where Self.insert(actors[i], into: &self.actors) { unnamed?.actors.remove(actors[i]) }
        let sources = event.pointee.sources
        for i in sources.indices where Self.insert(sources[i], into: &cited) { unnamed?.sources.remove(sources[i]) }
    }

    /// Inserts `id`; true when it was not there.
    private static func insert(_ id: String, into set: inout SmallStringMap<Bool>) -> Bool {
        guard set[id] == nil else { return false }
        set[id] = true
        return true
    }
}
