/// The events a query selected, in the store's date order.
public struct Selection: Sendable, RandomAccessCollection {
    private let events: [Event]

    init(events: [Event]) { self.events = events }

    public var startIndex: Int { events.startIndex }
    public var endIndex: Int { events.endIndex }
    public subscript(position: Int) -> Event { events[position] }
}
