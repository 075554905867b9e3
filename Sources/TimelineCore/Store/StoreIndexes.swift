import Dispatch

/// What a store builds over its events once they are in order: the posting
/// lists (``EventIndex``), the span classes for range queries
/// (``DateSpanIndex``) and the date column (``DateKey``). A pure function of
/// the events and the source chains, so it can be built on another thread while
/// the store checks the events' ids.
struct StoreIndexes: Sendable {
    var index = EventIndex()
    var spans = DateSpanIndex()
    var dateKeys: [DateKey] = []

    init() {}

    /// - Parameter sourceChains: for each source id, itself and the sources it reached us through.
    /// - Complexity: O(*n*) in the number of events (and the labels they carry).
    init(_ events: [Event], sourceChains: [String: [String]]) {
        dateKeys.reserveCapacity(events.count)
        var chains: [String] = []
        var known = SmallStringMap<[String]>()  // the chains met so far, without hashing each source id
        /// Appends a cited source's chain to `chains`, skipping ids already there (events cite few sources).
        func appendChain(of source: String) {
            let chain: [String]
            if let seen = known[source] {
                chain = seen
            } else {
                chain = sourceChains[source] ?? [source]
                known[source] = chain
            }
            for id in chain where !chains.contains(id) { chains.append(id) }
        }
        // Through a buffer pointer, so that reading a field does not copy the whole event.
        events.withUnsafeBufferPointer { events in
            for position in events.indices {
                chains.removeAll(keepingCapacity: true)
                for id in events[position].sources { appendChain(of: id) }
                for measure in events[position].measures { appendChain(of: measure.source) }
                index.add(events[position], at: position, sources: chains)
                spans.add(earliest: events[position].date.earliest, latest: events[position].date.latest, at: position)
                dateKeys.append(DateKey(events[position].date))
            }
        }
    }

    /// Stores at least this big build their indexes on a second thread while their ids are checked.
    static let parallelThreshold = 50_000

    /// The indexes of `events` and the position of each id (nil when two events share an id),
    /// the two built side by side for a big store.
    static func build(
        _ events: [Event], sourceChains: [String: [String]], parallelThreshold: Int = parallelThreshold
    ) -> (indexes: StoreIndexes, positions: [String: Int]?) {
        guard events.count >= parallelThreshold else {
            return (StoreIndexes(events, sourceChains: sourceChains), positions(of: events))
        }
        /// The second thread's result: written before it leaves the group, read after `wait()`.
        final class Result: @unchecked Sendable {
            var indexes: StoreIndexes?
        }
        let result = Result()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            result.indexes = StoreIndexes(events, sourceChains: sourceChains)
        }
        let positions = positions(of: events)
        group.wait()
        return (result.indexes ?? StoreIndexes(events, sourceChains: sourceChains), positions)
    }

    /// Each id's position; nil at the first id met twice.
    private static func positions(of events: [Event]) -> [String: Int]? {
        var positions = [String: Int](minimumCapacity: events.count)
        let clash = events.withUnsafeBufferPointer { events in
            events.indices.contains { positions.updateValue($0, forKey: events[$0].id) != nil }
        }
        return clash ? nil : positions
    }
}
