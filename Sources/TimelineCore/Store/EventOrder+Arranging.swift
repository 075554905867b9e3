internal import CInterrupt

/// Putting a list of events in ``EventOrder``: the order found from the events'
/// day bounds, then each event moved once to its place.
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
    /// - Complexity: O(*n*); each event is moved once.
    static func arrange(_ events: inout [Event], by order: [Int]) -> [Int] {
        var order = order
        var newPosition = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { newPosition[old] = new }
        // Follow each cycle of the permutation: the event that belongs at `i` is at `order[i]`.
        // The cycle's first event is lifted out and each other one moved once into the hole it
        // fills (a swap moved each event three times). Each move waits for an event somewhere
        // in memory; the cycle is known ahead, so the event `ahead` moves on is asked for early
        // (at 1M events the swaps took 0.25-0.36 s, the moves with the hint 0.20-0.22 s).
        let ahead = 8
        events.withUnsafeMutableBufferPointer { events in
            guard let base = events.baseAddress else { return }
            for start in order.indices where order[start] != start {
                let lifted = (base + start).move()
                var probe = start
                for _ in 0..<ahead { probe = order[probe] }
                var i = start
                while order[i] != start {
                    let next = order[i]
                    prefetch(base + probe)
                    probe = order[probe]
                    (base + i).moveInitialize(from: base + next, count: 1)
                    order[i] = i
                    i = next
                }
                (base + i).initialize(to: lifted)
                order[i] = i
            }
        }
        return newPosition
    }

    /// Asks for every cache line of the event at `event` (about to be moved, its slot written).
    /// A hint only: whatever the probe points at, nothing is read or written through it.
    @inline(__always)
    private static func prefetch(_ event: UnsafeMutablePointer<Event>) {
        let bytes = UnsafeRawPointer(event)
        for offset in stride(from: 0, to: MemoryLayout<Event>.size, by: 64) {
            timeline_prefetch_for_write(bytes + offset)
        }
        timeline_prefetch_for_write(bytes + MemoryLayout<Event>.size - 1)
    }
}
