/// The timeline in memory: events sorted by date, with indexes for tags,
/// kinds, actors, sources and metrics.
///
/// Callers see events and selections, never the representation, so the store
/// can change layout (interned labels, events as plain data) without touching
/// the grammar, the commands or the renderers.
///
/// ```swift
/// var store = TimelineStore()
/// try store.add(timeline, from: "built-in")
/// let sundays = try store.select(parsedFilter)
/// ```
public struct TimelineStore: Sendable {
    /// Title of the first timeline loaded (the one the prompt names).
    public private(set) var title: String = ""
    public private(set) var description: String = ""
    /// Names of what was loaded, in order ("built-in", "data/extra.json").
    public private(set) var origins: [String] = []

    /// Events sorted by ``EventOrder``. Readable in the module so that matchers read fields in place.
    private(set) var events: [Event] = []
    /// Each event's position by id.
    private var ids = EventIDTable()
    /// Posting lists, span classes and the date column, built together (``StoreIndexes``).
    private var indexes = StoreIndexes()
    private var index: EventIndex { indexes.index }
    /// The events by how far their dates span, for range queries.
    var spans: DateSpanIndex { indexes.spans }
    /// Each event's date as day numbers, by position.
    var dateKeys: [DateKey] { indexes.dates.keys }
    /// The date column: keys, and one-of sets' members.
    var dates: DateColumn { indexes.dates }
    /// Folded search text, made on first use and shared by copies of this store.
    private var searchCache = SearchTextCache()

    private(set) var metricsByID: [String: Metric] = [:]
    private(set) var actorsByID: [String: Actor] = [:]
    private(set) var sourcesByID: [String: Source] = [:]
    /// For each source id: itself and every source it reached us through.
    private var sourceChains: [String: [String]] = [:]

    public init() {}

    /// A store holding one timeline.
    public init(_ timeline: consuming Timeline, origin: String) throws(StoreError) {
        try add(timeline, from: origin)
    }

    /// A store holding one timeline that came from several places (after `load`).
    public init(_ timeline: consuming Timeline, origins: [String]) throws(StoreError) {
        try add(timeline, from: origins.first ?? "")
        self.origins = origins
    }

    /// Adds a timeline's catalogues and events.
    ///
    /// Ids must not clash with events already held, nor repeat within `timeline`
    /// (merging rules come with `load`); on a clash the store is left unchanged.
    /// - Complexity: O(*n*) when the events are already in date order (as files
    ///   written by `export` and `save` are), O(*n* log *n*) otherwise, in the
    ///   total number of events. The events are taken, not copied: the first
    ///   timeline's, when the caller hands over the only reference to them, are
    ///   put in order in place. A big store builds its indexes on two threads
    ///   (``StoreIndexes``).
    public mutating func add(_ timeline: consuming Timeline, from origin: String) throws(StoreError) {
        var merged = timeline.events
        timeline.events = []
        if !events.isEmpty { merged = events + merged }
        let ids = try Self.putInOrder(&merged, origin: origin)
        var sources = sourcesByID
        for source in timeline.sources where sources[source.id] == nil { sources[source.id] = source }
        let chains = Self.chains(of: sources)
        let built = StoreIndexes.build(merged, sourceChains: chains)
        if origins.isEmpty {
            title = timeline.title
            description = timeline.description
        }
        origins.append(origin)
        for metric in timeline.metrics where metricsByID[metric.id] == nil { metricsByID[metric.id] = metric }
        for actor in timeline.actors where actorsByID[actor.id] == nil { actorsByID[actor.id] = actor }
        sourcesByID = sources
        sourceChains = chains
        events = merged
        self.ids = ids
        indexes = built
        searchCache = SearchTextCache()
    }

    /// The first id that repeats an earlier one (held events never repeat an id, so it is an
    /// incoming event's, the first in file order).
    private static func firstRepeat(in events: [Event]) -> String {
        var seen = Set<String>()
        return events.first { !seen.insert($0.id).inserted }?.id ?? ""
    }

    /// Number of events held.
    public var count: Int { events.count }

    /// All events in date order.
    public var allEvents: Selection { Selection(events: events, dates: dates) }

    /// The event with this id, if any. - Complexity: O(1).
    public func event(id: String) -> Event? {
        ids.position(of: id, in: events).map { events[$0] }
    }

    /// The position of the event with this id, as a one-element candidate list.
    func positionOf(id: String) -> [Int] { position(ofID: id).map { [$0] } ?? [] }

    /// The position of the event with this id, if any. - Complexity: O(1).
    func position(ofID id: String) -> Int? { ids.position(of: id, in: events) }

    public func metric(_ id: String) -> Metric? { metricsByID[id] }
    public func actor(_ id: String) -> Actor? { actorsByID[id] }
    public func source(_ id: String) -> Source? { sourcesByID[id] }

    /// The source and every source it reached us through, nearest first.
    public func chain(ofSource id: String) -> [String] { sourceChains[id] ?? [id] }

    /// Catalogue entries, sorted by id.
    public var metrics: [Metric] { metricsByID.values.sorted { $0.id < $1.id } }
    public var actors: [Actor] { actorsByID.values.sorted { $0.id < $1.id } }
    public var sources: [Source] { sourcesByID.values.sorted { $0.id < $1.id } }

    /// The words a filter may name for a field, sorted: used for "did you mean" and completion.
    public func vocabulary(for field: FieldTerm.Field) -> [String] {
        switch field {
        case .tag: return index.tags.keys.sorted()
        case .kind: return index.kinds.keys.sorted()
        case .actor: return Set(actorsByID.keys).union(index.actors.keys).sorted()
        case .source: return Set(sourcesByID.keys).union(index.sources.keys).sorted()
        case .id: return events.map(\.id).sorted()
        case .metric: return Set(metricsByID.keys).union(index.metrics.keys).sorted()
        }
    }

    /// Events whose earliest day is at most `day`, as positions; used to bound range scans.
    /// - Complexity: O(log *n*).
    func prefixEnd(upTo day: Day?) -> Int {
        guard let day else { return events.count }
        return firstPosition { $0.lower > day.ordinal }
    }

    /// The first position whose event starts on or after `day` (open starts come first).
    /// - Complexity: O(log *n*).
    func firstPosition(startingOnOrAfter day: Day) -> Int {
        firstPosition { $0.lower >= day.ordinal }
    }

    /// The first position whose date key satisfies `isPast`, which holds from some position
    /// on (events are in order of earliest day); `count` if none does.
    private func firstPosition(where isPast: (DateKey) -> Bool) -> Int {
        dateKeys.withUnsafeBufferPointer { keys in
            var (lo, hi) = (0, keys.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                if isPast(keys[mid]) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
    }

    func event(at position: Int) -> Event { events[position] }
    /// The events carrying `value` in `field`.
    func positions(for field: FieldTerm.Field, value: String) -> PostingList { index.positions(field, value) }

    /// The folded text of every event, made on the first free-text search.
    var searchText: SearchText {
        searchCache.text {
            SearchText(
                events: events, actorName: { actorsByID[$0]?.name ?? $0 }, sourceName: { sourcesByID[$0]?.name ?? $0 })
        }
    }

    /// Puts `events` in ``EventOrder`` in place and returns the table of their ids.
    ///
    /// The ids are checked first, in the order the events came, so that a clash is named
    /// as the user meets it; the order is found beside them (both read the events, neither
    /// changes them), then the events moved into place (``EventOrder/arrange(_:by:)``). What is
    /// made on the way is let go on return, before the indexes are built.
    /// - Complexity: O(*n* log *n*), O(*n*) when already in order.
    private static func putInOrder(_ events: inout [Event], origin: String) throws(StoreError) -> EventIDTable {
        var (table, order) = events.withUnsafeBufferPointer { events in
            let shared = SharedBuffer(events)
            let sortNeeded = !isOrdered(events)
            guard events.count >= EventOrder.parallelThreshold else {
                return (EventIDTable(events), sortNeeded ? EventOrder.sortedPositions(events) : nil)
            }
            return sideBySide(
                { EventIDTable(shared.buffer) }, { sortNeeded ? EventOrder.sortedPositions(shared.buffer) : nil })
        }
        // Taken, not copied: a second reference to the table would copy it when it moves.
        guard var ids = table.take() else { throw .duplicateEventID(firstRepeat(in: events), origin: origin) }
        if let order = order.take() { ids.move(to: EventOrder.arrange(&events, by: order)) }
        return ids
    }

    /// True when `events` are already in ``EventOrder``. - Complexity: O(*n*).
    private static func isOrdered(_ events: UnsafeBufferPointer<Event>) -> Bool {
        events.indices.dropFirst().allSatisfy { EventOrder.precedes(events[$0 - 1], events[$0]) }
    }

    /// An event's searchable text as one string: what ``SearchText`` writes for it, folded
    /// (kept as the plain statement of it, for tests).
    func searchableText(of event: Event) -> String {
        var parts = [event.id, event.title, event.summary, event.kind, event.dateNote ?? ""]
        parts += event.tags
        parts += event.actors.map { actorsByID[$0]?.name ?? $0 }
        parts += event.citedSources.map { sourcesByID[$0]?.name ?? $0 }
        parts += event.measures.map { "\($0.wording) \($0.scope ?? "") \($0.note ?? "")" }
        return parts.joined(separator: "\n")
    }

    private static func chains(of sources: [String: Source]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for id in sources.keys {
            var chain = [id]
            var next = sources[id]?.via
            while let via = next, !chain.contains(via) {
                chain.append(via)
                next = sources[via]?.via
            }
            result[id] = chain
        }
        return result
    }
}

/// Why a timeline could not be added to the store.
public enum StoreError: Error, Hashable, Sendable {
    case duplicateEventID(String, origin: String)

    public var message: String {
        switch self {
        case .duplicateEventID(let id, let origin):
            return "event id '\(id)' in \(origin) is already loaded"
        }
    }
}
