internal import CInterrupt

/// Where an ``Event`` keeps the references to its arrays' storage (tags, actors, sources,
/// measures: each array is its own heap allocation), for the index build's two ways of not
/// waiting on them: asking the processor for that storage a few events ahead
/// (``prefetch(at:of:lines:)``), and knowing a shared list by its storage (``ListSlotMemo``).
///
/// Without the first, the index build of a million events waited on a cache miss per array:
/// half of its sources part was spent on one load, a measures count. Both only read an
/// array's storage reference as a number: it is never retained, and nothing is read or
/// written through it here; a prefetch of any address changes no result.
enum EventLayout {
    /// Byte offsets of the arrays within an event (-1 if unknown, which a stored property
    /// of a struct of this module never is).
    static let tags = MemoryLayout<Event>.offset(of: \Event.tags) ?? -1
    static let actors = MemoryLayout<Event>.offset(of: \Event.actors) ?? -1
    static let sources = MemoryLayout<Event>.offset(of: \Event.sources) ?? -1
    static let measures = MemoryLayout<Event>.offset(of: \Event.measures) ?? -1

    /// True when each array is one word at a known offset, as on the platforms Swift runs
    /// on today; otherwise nothing here is used.
    static let usable =
        MemoryLayout<[String]>.size == MemoryLayout<UInt>.size
        && MemoryLayout<[Measure]>.size == MemoryLayout<UInt>.size
        && [tags, actors, sources, measures].allSatisfy { $0 >= 0 }

    /// How many events ahead of the one being read to ask for.
    static let distance = 8

    /// The event `distance` after the one at `position`, to ask for its arrays, when there
    /// is one before `end` and the layout is usable; nil otherwise.
    @inline(__always)
    static func ahead(of position: Int, in events: UnsafeBufferPointer<Event>, before end: Int)
        -> UnsafePointer<Event>?
    {
        guard usable, position + distance < end, let first = events.baseAddress else { return nil }
        return first + position + distance
    }

    /// The storage reference of the array at `offset` (one of the above) in `event`, as a number.
    @inline(__always)
    static func storage(at offset: Int, of event: UnsafePointer<Event>) -> UInt {
        UnsafeRawPointer(event).load(fromByteOffset: offset, as: UInt.self)
    }

    /// Asks for the first `lines` cache lines of the storage of the array at `offset` in `event`.
    @inline(__always)
    static func prefetch(at offset: Int, of event: UnsafePointer<Event>, lines: Int = 1) {
        guard let storage = UnsafeRawPointer(bitPattern: storage(at: offset, of: event)) else { return }
        for line in 0..<lines { timeline_prefetch_for_read(storage + 64 * line) }
    }
}
