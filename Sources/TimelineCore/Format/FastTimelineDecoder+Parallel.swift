import Dispatch
import Synchronization

/// Decoding the event list on two threads.
///
/// The second thread starts at a guessed event boundary near the middle of the
/// list (a `}` then `,` then `{`, whitespace allowed) and decodes to the end of
/// the list with its own caches. The first thread decodes from the start; only
/// if it arrives exactly at the guessed boundary, after a whole event and its
/// comma, is the guess known to be a boundary, and the second half is taken.
/// If the guess fell inside a string, the first thread simply goes on to the
/// end and the second half is dropped: the result is the same either way.
extension FastTimelineDecoder {
    /// Lists shorter than this are decoded on one thread: starting a thread and
    /// merging costs more than it saves.
    package static var defaultParallelThreshold: Int { 8 << 20 }

    /// What the second thread hands back.
    private final class SecondHalf: @unchecked Sendable {
        // Written by the second thread before it signals the group, read by the
        // first only after `wait()`: the group orders the accesses.
        var decoder: FastTimelineDecoder
        /// Kept out of an array: moved onto the first half's, not copied (``EventBuffer``).
        var events = EventBuffer(capacity: 0)
        var failed = false
        /// How far this half has got, for the first thread's progress reports.
        let bytesDone = Atomic<Int>(0)
        let eventsDone = Atomic<Int>(0)
        /// Set by the first thread when this half is not needed (stopped, or not a boundary).
        let cancelled = Atomic<Bool>(false)

        init(_ decoder: FastTimelineDecoder) {
            self.decoder = decoder
            self.decoder.progress = nil
        }

        func run() {
            let start = decoder.reader.index
            do throws(GiveUp) {
                events = EventBuffer(capacity: decoder.eventCountGuess)
                repeat {
                    try decoder.skipWhitespace()
                    events.append(try decoder.event())
                    if events.count % 4096 == 0 {
                        decoder.releaseBehind()
                        bytesDone.store(decoder.reader.index - start, ordering: .relaxed)
                        eventsDone.store(events.count, ordering: .relaxed)
                        if cancelled.load(ordering: .relaxed) { throw GiveUp() }
                    }
                } while try decoder.moreElements()
            } catch {
                failed = true
            }
        }
    }

    /// A boundary between two events near the middle of what is left of the
    /// list: the position of an event's `{`; nil when none is found nearby.
    func boundaryGuess() -> Int? {
        let middle = reader.index + (count - reader.index) / 2
        var i = middle
        let end = min(count, middle + (1 << 20))
        while i < end {
            if base[i] == UInt8(ascii: "}") {
                var j = i + 1
                while j < end, Self.isWhitespace(base[j]) { j += 1 }
                if j < end, base[j] == UInt8(ascii: ",") {
                    j += 1
                    while j < end, Self.isWhitespace(base[j]) { j += 1 }
                    if j < end, base[j] == UInt8(ascii: "{") { return j }
                }
            }
            i += 1
        }
        return nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The rest of the event list (its `[` read), on two threads; `events` holds
    /// what is decoded so far.
    mutating func eventListInParallel(from split: Int, into events: inout [Event]) throws(GiveUp) {
        var second = self
        second.reader.index = split
        second.releasedTo = split
        second.pendingRelated = []
        let half = SecondHalf(second)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { half.run() }
        defer {
            half.cancelled.store(true, ordering: .relaxed)
            group.wait()  // the second thread reads the caller's buffer: never return before it ends
        }
        var joined = false
        repeat {
            try skipWhitespace()
            if reader.index == split {
                joined = true
                break
            }
            if reader.index > split { half.cancelled.store(true, ordering: .relaxed) }
            events.append(try event())
            try tick(
                events.count,
                extra: (half.bytesDone.load(ordering: .relaxed), half.eventsDone.load(ordering: .relaxed)))
        } while try moreElements()
        guard joined else { return }  // the guess was not a boundary: this thread read the whole list
        while !half.cancelled.load(ordering: .relaxed),
            group.wait(timeout: .now() + .milliseconds(100)) == .timedOut
        {
            // The first half is done before the second: keep the progress line moving.
            try tick(
                0,
                extra: (
                    half.bytesDone.load(ordering: .relaxed), half.eventsDone.load(ordering: .relaxed) + events.count
                ))
        }
        group.wait()
        guard !half.failed else { throw GiveUp() }
        // Ids and references are checked once the whole list is read (``checkIDs(_:)``).
        pendingRelated += half.decoder.pendingRelated
        half.events.move(onto: &events)
        reader.index = half.decoder.reader.index
    }
}
