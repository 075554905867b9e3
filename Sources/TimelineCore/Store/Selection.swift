/// The events a query selected, in the store's date order.
public struct Selection: Sendable, RandomAccessCollection {
    private let events: [Event]

    init(events: [Event]) { self.events = events }

    public var startIndex: Int { events.startIndex }
    public var endIndex: Int { events.endIndex }
    /// The event at `position`, yielded in place: `selection[i].date` copies the date, not the whole event.
    public subscript(position: Int) -> Event {
        _read { yield events[position] }
    }
}
