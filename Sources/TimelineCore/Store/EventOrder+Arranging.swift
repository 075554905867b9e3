/// Putting a list of events in ``EventOrder``: the order found from the events'
/// day bounds, then the events moved into place in passes over memory in order.
extension EventOrder {
    /// Lists at least this long are put in order with two threads (``TimelineStore``
    /// checks their ids while the order is found; ``EventIDTable`` hashes them in halves).
    static let parallelThreshold = 50_000

    /// The positions of `events` in ``EventOrder``: the first is the position of the
    /// event that comes first.
    ///
    /// The keys are sorted with their positions rather than positions looked up in the
    /// keys: the sort then reads memory in order (looking keys up took twice as long).
    /// Sorting two halves on two threads and merging them was measured too: no faster
    /// beside the id check, whose thread it would share, and 12-40 MB more at the peak.
    /// - Complexity: O(*n* log *n*).
    static func sortedPositions(_ events: UnsafeBufferPointer<Event>) -> [Int] {
        var keys = events.indices.map { (lower: events[$0].date.lower, upper: events[$0].date.upper, position: $0) }
        keys.sort { a, b in
            if a.lower != b.lower { return a.lower < b.lower }
            if a.upper != b.upper { return a.upper < b.upper }
            return events[a.position].id < events[b.position].id
        }
        return keys.map(\.position)
    }

    /// Moves each event of `events` to its place in `order` (``sortedPositions(_:)``).
    /// - Returns: for each old position, the new one.
    ///
    /// A file's events are nearly in order already: most keep their order relative to each
    /// other, and a few move far (at a million synthetic events, the 0.75 % with an open
    /// start go to the front, shifting every other event). Following the permutation's
    /// cycles moved each event once but strided across the array (20 cycles at 1M, every
    /// step a cache and TLB miss: 140–250 ms). Instead, in three passes that each read and
    /// write memory in order: the events outside a longest run that is already in order
    /// (``inOrder(_:)``) are moved out into a buffer, in their new order; the others are
    /// packed against the end of the array, keeping their order; then both are merged
    /// into place from the front (never overtaking the packed events it reads).
    /// - Complexity: O(*n* log *n*) to find the run (O(*n*) when the events are nearly in
    ///   order); O(*n*) moves, each event at most twice, with O(*n* − *run*) extra room.
    static func arrange(_ events: inout [Event], by order: [Int]) -> [Int] {
        var newPosition = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { newPosition[old] = new }
        let (kept, keptCount) = inOrder(order)
        events.withUnsafeMutableBufferPointer { events in
            guard let base = events.baseAddress else { return }
            let count = events.count
            // The moved-out events, in their new order.
            let outside = UnsafeMutablePointer<Event>.allocate(capacity: max(1, count - keptCount))
            defer { outside.deallocate() }
            var outsideCount = 0
            for old in order where !kept.contains(old) {
                (outside + outsideCount).moveInitialize(from: base + old, count: 1)
                outsideCount += 1
            }
            // The kept events packed against the end, from the last backwards.
            var write = count
            for old in stride(from: count - 1, through: 0, by: -1) where kept.contains(old) {
                write -= 1
                if write != old { (base + write).moveInitialize(from: base + old, count: 1) }
            }
            // Merged from the front: position `new` takes the next kept event or the next
            // moved-out one. The next kept event is at `write` ≥ `new`, so none is overwritten unread.
            var taken = 0
            for new in 0..<count {
                if kept.contains(order[new]) {
                    if write != new { (base + new).moveInitialize(from: base + write, count: 1) }
                    write += 1
                } else {
                    (base + new).moveInitialize(from: outside + taken, count: 1)
                    taken += 1
                }
            }
        }
        return newPosition
    }

    /// Old positions whose events are already in order with each other: the longest
    /// increasing run of `order` (patience sorting: each old position extends the longest
    /// run so far, the common case, or replaces the smallest greater end, found by galloping
    /// back from the last end and then binary search): the set of their old positions and how many there are.
    static func inOrder(_ order: [Int]) -> (positions: PositionBitmap, count: Int) {
        var ends: [Int] = []  // ends[k]: where in `order` the best run of length k + 1 ends
        var previous = [Int](repeating: -1, count: order.count)
        for (new, old) in order.enumerated() {
            if let last = ends.last, order[last] > old {
                // The first run end above `old`: galloping back from the last (an event out
                // of place is most often only a little out of place), then binary search.
                var high = ends.count - 1
                var step = 1
                while high - step >= 0 && order[ends[high - step]] > old {
                    high -= step
                    step *= 2
                }
                var low = max(0, high - step + 1)
                while low < high {
                    let middle = (low + high) / 2
                    if order[ends[middle]] < old { low = middle + 1 } else { high = middle }
                }
                previous[new] = low > 0 ? ends[low - 1] : -1
                ends[low] = new
            } else {
                previous[new] = ends.last ?? -1
                ends.append(new)
            }
        }
        var kept = PositionBitmap(universe: order.count)
        var new = ends.last ?? -1
        while new >= 0 {
            kept.insert(order[new])
            new = previous[new]
        }
        return (kept, ends.count)
    }
}
