/// The events a query selected, in the store's date order.
///
/// A selection names positions in the store's event array, which it shares
/// (copy on write) rather than copying the events: counting a hundred
/// thousand matches copies no event.
public struct Selection: Sendable, RandomAccessCollection {
    private let events: [Event]
    /// The store's ``DateKey`` column, beside `events`.
    private let dates: DateColumn
    /// Ascending positions in `events`; nil for every event.
    private let positions: [Int]?

    /// The events of `events` at `positions` (ascending), or all of them.
    init(events: [Event], dates: DateColumn, positions: [Int]? = nil) {
        self.events = events
        self.dates = dates
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions?.count ?? events.count }
    /// The event at `position`. From another module this copies the whole event (each
    /// of its strings and arrays retained); a loop over many events reads what it needs
    /// with ``date(at:)`` and ``dateBounds(at:)``, which copy only that.
    public subscript(position: Int) -> Event {
        _read {
            if let positions { yield events[positions[position]] } else { yield events[position] }
        }
    }

    /// The selected events as an array. Every event of the store is its array itself,
    /// shared (no event copied); a part of it copies the events it holds.
    public var array: [Event] {
        guard let positions else { return events }
        return positions.map { events[$0] }
    }

    /// Whether the selection holds the event at `position` in the store.
    /// - Complexity: O(log *k*) for *k* events selected.
    func contains(position: Int) -> Bool {
        guard let positions else { return events.indices.contains(position) }
        let index = positions.firstIndex(notBelow: position)
        return index < positions.count && positions[index] == position
    }

    /// Whether the selection was made over `events` (the same storage, so the same store as it is).
    func isOver(_ events: [Event]) -> Bool {
        self.events.withUnsafeBufferPointer { mine in
            events.withUnsafeBufferPointer { mine.baseAddress == $0.baseAddress && mine.count == $0.count }
        }
    }

    /// Calls `body` with each event in order, its index and a pointer to it, while `body`
    /// returns true. A loop that reads the events this way copies none: the subscript,
    /// met through a generic collection or from another module, copies each one whole.
    func forEachInPlace(_ body: (_ index: Int, _ event: UnsafePointer<Event>) -> Bool) {
        events.withUnsafeBufferPointer { events in
            guard let base = events.baseAddress else { return }
            guard let positions else {
                for index in events.indices where !body(index, base + index) { return }
                return
            }
            positions.withUnsafeBufferPointer { positions in
                for index in positions.indices where !body(index, base + positions[index]) { return }
            }
        }
    }

    /// The date of the event at `position`, read in place.
    public func date(at position: Int) -> FuzzyDate {
        events[positions?[position] ?? position].date
    }

    /// The bounds of the date of the event at `position`, and whether it is a one-of set
    /// (whose members are ranges of their own), from the store's date column: a scan
    /// of every event's dates reads 24 bytes an event, not the events themselves.
    public func dateBounds(at position: Int) -> (bounds: DayRange, isSet: Bool) {
        let key = dates.keys[positions?[position] ?? position]
        return (key.bounds, key.isSet)
    }

    /// Calls `body` once for each run of neighbouring events whose dates have the same
    /// bounds, with the run's first position, those bounds, a one-of set's members' day
    /// ranges (nil for any other date), and how many events the run holds. Events are in
    /// date order, so equal bounds are neighbours: a million events make tens of thousands
    /// of runs, and a scan that decides by the bounds (`count by month`) decides once a run.
    /// One-of sets make runs only of sets with the same members.
    /// - Complexity: O(*n*) reading the date column (and O(log *s*) for each of *s* sets).
    public func forEachRunOfEqualDates(
        _ body: (_ first: Int, _ bounds: DayRange, _ members: ArraySlice<DayRange>?, _ count: Int) -> Void
    ) {
        forEachRunOfEqualDates(in: indices, body)
    }

    /// The same over the events at `range` of the selection's indices (a run ends at the
    /// range's end): two halves may be read on two threads.
    public func forEachRunOfEqualDates(
        in range: Range<Int>,
        _ body: (_ first: Int, _ bounds: DayRange, _ members: ArraySlice<DayRange>?, _ count: Int) -> Void
    ) {
        let all = positions == nil
        let count = range.upperBound
        // Through buffer pointers: indexing the arrays (an optional one at that) retained
        // and released them at each step.
        (positions ?? []).withUnsafeBufferPointer { positions in
            dates.keys.withUnsafeBufferPointer { keys in
                var start = range.lowerBound
                var cursor = 0  // in the sets, which come in position order as the events do (found by galloping)
                while start < count {
                    let key = keys[all ? start : positions[start]]
                    let members = key.isSet ? dates.members(at: all ? start : positions[start], from: &cursor) : nil
                    var end = start + 1
                    while end < count {
                        let position = all ? end : positions[end]
                        let next = keys[position]
                        guard next.lower == key.lower, next.upper == key.upper, next.isSet == key.isSet else { break }
                        if let members, dates.members(at: position, from: &cursor) != members { break }
                        end += 1
                    }
                    body(start, key.bounds, members, end - start)
                    start = end
                }
            }
        }
    }
}
