/// What a store builds over its events once they are in order: the posting
/// lists (``EventIndex``), the span classes for range queries
/// (``DateSpanIndex``) and the date column (``DateKey``). A pure function of
/// the events and the source chains; a big store builds it in two parts, one
/// on each of two threads.
struct StoreIndexes: Sendable {
    var index = EventIndex(count: 0)
    var spans = DateSpanIndex()
    /// Each event's date as day numbers, and one-of sets' members (``DateColumn``).
    var dates = DateColumn()

    init() {}

    /// Which part of the indexes to build: the two take about as long.
    enum Part {
        /// Kinds, tags and actors; the span classes and the date column.
        case labelsAndDates
        /// Sources (with the sources they reached us through) and metrics.
        case sourcesAndMetrics
    }

    /// - Parameters:
    ///   - sourceChains: for each source id, itself and the sources it reached us through.
    ///   - remembersLists: look each shared list of tags, actors or sources up once
    ///     (``ListSlotMemo``) rather than its labels in every event; the same indexes either way.
    /// - Complexity: O(*n*) in the number of events (and the labels they carry).
    init(_ events: [Event], sourceChains: [String: [String]], remembersLists: Bool = true) {
        self.init(
            events, sourceChains: sourceChains, parts: [.labelsAndDates, .sourcesAndMetrics],
            remembersLists: remembersLists)
    }

    private init(_ events: [Event], sourceChains: [String: [String]], parts: [Part], remembersLists: Bool = true) {
        let labels = parts.contains(.labelsAndDates)
        let sources = parts.contains(.sourcesAndMetrics)
        index = EventIndex(count: events.count)
        if labels { dates.reserveCapacity(events.count) }
        var chains = SmallStringMap<[Int]>()  // each source met so far: the slots of its chain
        var sourceSlots: [Int] = []
        var scratch: [Int] = []
        var tagMemo = ListSlotMemo(enabled: remembersLists)
        var (actorMemo, sourceMemo) = (tagMemo, tagMemo)
        // Through buffer pointers, so that reading a field does not copy the whole event or measure.
        events.withUnsafeBufferPointer { events in
            guard let first = events.baseAddress else { return }
            for position in events.indices {
                let event = first + position
                if let ahead = EventLayout.ahead(of: position, in: events, before: events.count) {
                    if labels {
                        EventLayout.prefetch(at: EventLayout.tags, of: ahead)
                        EventLayout.prefetch(at: EventLayout.actors, of: ahead)
                    }
                    if sources {
                        EventLayout.prefetch(at: EventLayout.sources, of: ahead)
                        EventLayout.prefetch(at: EventLayout.measures, of: ahead, lines: 4)
                    }
                }
                if labels {
                    index.addLabels(
                        of: event, at: position, tagMemo: &tagMemo, actorMemo: &actorMemo, scratch: &scratch)
                    let key = dates.append(event.pointee.date)
                    spans.add(lower: key.lower, upper: key.upper, isSet: key.isSet, at: position)
                }
                guard sources else { continue }
                // Without measures, the slots are those of the sources list alone: one lookup.
                let sourceList =
                    event.pointee.measures.isEmpty ? sourceMemo.key(at: EventLayout.sources, of: event) : nil
                if sourceMemo.append(position, forList: sourceList, to: &index.sources) { continue }
                sourceSlots.removeAll(keepingCapacity: true)
                for id in event.pointee.sources {
                    Self.appendChain(of: id, to: &sourceSlots, chains: &chains, sourceChains, &index.sources)
                }
                event.pointee.measures.withUnsafeBufferPointer { measures in
                    for i in measures.indices {
                        Self.appendChain(
                            of: measures[i].source, to: &sourceSlots, chains: &chains, sourceChains, &index.sources)
                    }
                }
                index.addSources(of: event, at: position, sourceSlots: sourceSlots, scratch: &scratch)
                if let sourceList { sourceMemo.remember(sourceList, sourceSlots) }
            }
        }
    }

    /// Appends the slots of a cited source's chain (itself and the sources it reached us
    /// through) to `slots`, skipping those already there: events cite few sources.
    private static func appendChain(
        of source: String, to slots: inout [Int], chains: inout SmallStringMap<[Int]>,
        _ sourceChains: [String: [String]], _ table: inout PostingTable
    ) {
        let chain: [Int]
        if let known = chains[source] {
            chain = known
        } else {
            chain = (sourceChains[source] ?? [source]).map { table.slot(of: $0) }
            chains[source] = chain
        }
        for slot in chain where !slots.contains(slot) { slots.append(slot) }
    }

    /// Stores at least this big build the two parts of their indexes on two threads.
    static let parallelThreshold = 50_000

    /// The indexes of `events`, the two parts built side by side for a big store.
    static func build(
        _ events: [Event], sourceChains: [String: [String]], parallelThreshold: Int = parallelThreshold
    ) -> StoreIndexes {
        guard events.count >= parallelThreshold else { return StoreIndexes(events, sourceChains: sourceChains) }
        let (labels, other) = sideBySide(
            { StoreIndexes(events, sourceChains: sourceChains, parts: [.labelsAndDates]) },
            { StoreIndexes(events, sourceChains: sourceChains, parts: [.sourcesAndMetrics]) })
        var whole = labels
        whole.index.sources = other.index.sources
        whole.index.metrics = other.index.metrics
        return whole
    }
}
