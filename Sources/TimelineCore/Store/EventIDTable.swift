internal import CInterrupt

/// Each event's position in a list of events, found by its id: a hash table of
/// positions alone, the ids themselves read from the events.
///
/// A `[String: Int]` of a million ids took 48 MB and ~0.4 s to fill; this
/// table takes 8 bytes a slot (16 MB for a million events, at most half full)
/// and stores no string, so building it retains nothing. Each slot packs the
/// upper half of the id's hash with the position plus one (0 is an empty
/// slot), so most probes that miss are told apart without reading an event.
struct EventIDTable: Sendable {
    private var slots: [UInt64]
    private var mask: Int

    /// An empty table.
    init() {
        slots = [0]
        mask = 0
    }

    /// The table of `events`' ids; nil when two events share an id.
    /// - Complexity: O(*n*) expected.
    init?(_ events: UnsafeBufferPointer<Event>) {
        var size = 1
        while size < 2 * events.count { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        let mask = mask
        // Hashed first, so that the slot of the event a few places ahead can be fetched while
        // this one is put in: each insertion is a cache miss, and otherwise they come in turn.
        let hashes = Self.hashes(of: events)
        let ahead = 16
        let fits = slots.withUnsafeMutableBufferPointer { slots in
            guard let base = slots.baseAddress else { return true }
            for position in events.indices {
                if position + ahead < hashes.count {
                    timeline_prefetch_for_write(base + (Int(truncatingIfNeeded: hashes[position + ahead]) & mask))
                }
                let id = events[position].id
                let hash = hashes[position]
                var i = Int(truncatingIfNeeded: hash) & mask
                while slots[i] != 0 {
                    if slots[i] >> 32 == hash >> 32, events[Int(slots[i] & 0xFFFF_FFFF) - 1].id == id { return false }
                    i = (i + 1) & mask
                }
                slots[i] = (hash >> 32) << 32 | UInt64(position + 1)
            }
            return true
        }
        guard fits else { return nil }
    }

    /// Each event's id hashed, in two halves side by side for a long list (hashing was
    /// about half of building the table, on one core while the other waited).
    private static func hashes(of events: UnsafeBufferPointer<Event>) -> [UInt64] {
        let shared = SharedBuffer(events)
        let (first, second) = sideBySide(halvesOf: events.count, from: EventOrder.parallelThreshold) { range in
            range.map { UInt64(truncatingIfNeeded: shared.buffer[$0].id.hashValue) }
        }
        guard let second else { return first }
        return first + second
    }

    /// The table of `events`' ids; nil when two events share an id.
    init?(_ events: [Event]) {
        guard let table = events.withUnsafeBufferPointer({ Self($0) }) else { return nil }
        self = table
    }

    /// Follows the events to new positions: `newPosition[p]` is where the event at `p` went.
    /// - Complexity: O(*n*), without hashing an id again.
    mutating func move(to newPosition: [Int]) {
        slots.withUnsafeMutableBufferPointer { slots in
            for i in slots.indices where slots[i] != 0 {
                let position = Int(slots[i] & 0xFFFF_FFFF) - 1
                slots[i] = slots[i] & ~0xFFFF_FFFF | UInt64(newPosition[position] + 1)
            }
        }
    }

    /// The position of the event with this id in the events the table was made of (`events`).
    /// - Complexity: O(1) expected.
    func position(of id: String, in events: UnsafeBufferPointer<Event>) -> Int? {
        let hash = UInt64(truncatingIfNeeded: id.hashValue)
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != 0 {
            let position = Int(slots[i] & 0xFFFF_FFFF) - 1
            if slots[i] >> 32 == hash >> 32, position < events.count, events[position].id == id { return position }
            i = (i + 1) & mask
        }
        return nil
    }

    /// The position of the event with this id in `events` (the events the table was made of).
    func position(of id: String, in events: [Event]) -> Int? {
        events.withUnsafeBufferPointer { position(of: id, in: $0) }
    }
}
