/// Events kept out of an `Array`, so that they can be moved onto the end of
/// one without a copy.
///
/// The second thread of the parallel decoder collects its half here. Appending
/// an array of events to another copies each event (a retain of each of its
/// strings and arrays), and dropping the source then releases them all: at a
/// million events, a few percent of the load on the thread that waits for it.
/// ``move(onto:)`` hands each event over as it is, and leaves the buffer empty.
///
/// ```swift
/// var half = EventBuffer(capacity: 1024)
/// half.append(event)
/// half.move(onto: &events)  // half.count == 0
/// ```
struct EventBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<Event>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    mutating func append(_ event: consuming Event) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Event>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            (base, capacity) = (larger, capacity * 2)
        }
        (base + count).initialize(to: event)
        count += 1
    }

    /// Moves every event, in order, onto the end of `events`.
    mutating func move(onto events: inout [Event]) {
        let (source, moving) = (base, count)
        count = 0  // whatever happens below, the buffer no longer owns them
        events.reserveCapacity(events.count + moving)
        events.append(contentsOf: (0..<moving).lazy.map { (source + $0).move() })
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
