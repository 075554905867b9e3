/// The events a query selected, in the store's date order.
///
/// A selection names positions in the store's event array, which it shares
/// (copy on write) rather than copying the events: counting a hundred
/// thousand matches copies no event.
public struct Selection: Sendable, RandomAccessCollection {
    private let events: [Event]
    /// The store's ``DateKey`` column, beside `events`.
    private let dateKeys: [DateKey]
    /// Ascending positions in `events`; nil for every event.
    private let positions: [Int]?

    /// The events of `events` at `positions` (ascending), or all of them.
    init(events: [Event], dateKeys: [DateKey], positions: [Int]? = nil) {
        self.events = events
        self.dateKeys = dateKeys
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

    /// The date of the event at `position`, read in place.
    public func date(at position: Int) -> FuzzyDate {
        events[positions?[position] ?? position].date
    }

    /// The bounds of the date of the event at `position`, and whether it is a one-of set
    /// (whose members are ranges of their own), from the store's date column: a scan
    /// of every event's dates reads 24 bytes an event, not the events themselves.
    public func dateBounds(at position: Int) -> (bounds: DayRange, isSet: Bool) {
        let key = dateKeys[positions?[position] ?? position]
        return (key.bounds, key.isSet)
    }
}
