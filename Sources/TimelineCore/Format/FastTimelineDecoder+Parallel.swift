import Dispatch
import Synchronization

/// Decoding the event list on two threads.
///
/// The rest of the list is cut into pieces at guessed event boundaries (a `}`
/// then `,` then `{`, whitespace allowed). The first thread decodes from the
/// start, straight on through the pieces, into the list it returns; the second
/// takes pieces from the end, last first, each into a buffer of its own, with
/// one set of caches for all. Each piece is claimed by one thread, so when the
/// two meet, each has decoded about what it could: a thread that runs slower
/// (the machine's two cores are not always equally free) simply takes fewer
/// pieces. (Two fixed halves left one thread waiting up to 0.4 s of a 2 s read.)
///
/// A guess is known to be a boundary only when a decode arrives exactly at it,
/// after a whole event and its comma: the first thread checks the one where it
/// meets the second, and each of the second thread's pieces the one its next
/// piece starts at. If a guess fell inside a string, the first thread goes on to
/// the end alone and the second thread's pieces are dropped: the result is the
/// same either way.
extension FastTimelineDecoder {
    /// Lists shorter than this are decoded on one thread: starting a thread and
    /// merging costs more than it saves.
    package static var defaultParallelThreshold: Int { 8 << 20 }

    /// About how long a piece is: short enough that the thread that finishes
    /// first waits at most a piece's time (~70 ms at 16 MB), long enough that
    /// guessing a piece's start costs nothing.
    package static var defaultPieceBytes: Int { 16 << 20 }

    /// Where the pieces of what is left of the list start: the first where the
    /// reader is, the others at guessed boundaries about `pieceBytes` apart (at
    /// least two pieces); nil when no boundary is found past the first.
    func pieceStarts(pieceBytes: Int) -> [Int]? {
        let cuts = Self.cuts(of: count - reader.index, pieceBytes: pieceBytes)
        var starts = [reader.index]
        for k in 1..<cuts.count {
            let near = reader.index + cuts.at(k)
            if near <= starts[starts.count - 1] { continue }
            guard let start = boundaryGuess(near: near), start > starts[starts.count - 1] else { continue }
            starts.append(start)
        }
        return starts.count > 1 ? starts : nil
    }

    /// The position of an event's `{` at or after `position`, judged by the bytes around
    /// it: `}`, `,`, `{`, whitespace allowed; nil when none is found within 1 MB. A `{`
    /// followed by the key `"id"`, which ``JSONExporter`` writes first, is taken when
    /// there is one in reach: the same bytes also join two measures inside an event,
    /// and one wrong guess among two dozen pieces sent whole lists back to one thread.
    func boundaryGuess(near position: Int) -> Int? {
        var i = position
        let end = min(count, position + (1 << 20))
        var plain: Int?  // the first `},{` met, for a list whose events do not start with their id
        while i < end {
            if base[i] == UInt8(ascii: "}") {
                var j = i + 1
                while j < end, Self.isWhitespace(base[j]) { j += 1 }
                if j < end, base[j] == UInt8(ascii: ",") {
                    j += 1
                    while j < end, Self.isWhitespace(base[j]) { j += 1 }
                    if j < end, base[j] == UInt8(ascii: "{") {
                        if startsWithID(j) { return j }
                        if plain == nil { plain = j }
                        if j - position > 1 << 16 { break }  // no `"id"` in 64 KB: take the first
                    }
                }
            }
            i += 1
        }
        return plain
    }

    /// True when the object opened at `brace` starts with the key `"id"`.
    private func startsWithID(_ brace: Int) -> Bool {
        var k = brace + 1
        while k < count, Self.isWhitespace(base[k]) { k += 1 }
        guard k + 4 <= count else { return false }
        return base[k] == UInt8(ascii: "\"") && base[k + 1] == UInt8(ascii: "i") && base[k + 2] == UInt8(ascii: "d")
            && base[k + 3] == UInt8(ascii: "\"")
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The rest of the event list (its `[` read), on two threads; `events` holds
    /// what is decoded so far. `starts` are the pieces' starts (``pieceStarts(pieceBytes:)``).
    mutating func eventListInParallel(pieces starts: [Int], into events: inout [Event]) throws(GiveUp) {
        let (other, group) = startSecondThread(pieces: starts, lines: false)
        defer { Self.stop(other, group) }
        let pieces = other.pieces
        var next = 1  // the next piece this thread reaches
        var alone = false  // a guess was wrong: this thread reads the rest of the list itself
        repeat {
            try skipWhitespace()
            if !alone, next < starts.count, reader.index >= starts[next] {
                if pieces.claimFront(next) {
                    // At a piece nobody started, or past a guess that was no boundary which nobody
                    // started at either: this thread reads on through it.
                    next += 1
                } else if reader.index == starts[next] {
                    break  // at the second thread's first piece
                } else {
                    // Past a guess that was no boundary, where the second thread started: its
                    // pieces cannot be trusted.
                    alone = true
                    other.cancelled.store(true, ordering: .relaxed)
                }
            }
            events.append(try event())
            try tick(
                events.count,
                extra: (other.bytesDone.load(ordering: .relaxed), other.eventsDone.load(ordering: .relaxed)))
        } while try moreElements()
        guard !alone, next < starts.count, reader.index == starts[next] else {
            // This thread read to the end of the list: either alone, or the second thread took no piece.
            return
        }
        guard try take(other, group: group, into: &events) else {
            // A real error (its first piece starts at a boundary this thread arrived at), or a
            // later guess that was no boundary: which, only a read on from here can tell.
            try readOnAlone(into: &events)
            return
        }
    }

    /// Starts the second thread on `starts`' pieces, from the end, with a copy of this
    /// decoder (its caches as they are, its pending references its own).
    func startSecondThread(pieces starts: [Int], lines: Bool) -> (SecondThread, DispatchGroup) {
        var second = self
        second.pendingRelated = []
        second.texts = TextBlockWriter()  // its own blocks: a copy would write where this one does
        let other = SecondThread(second, pieces: Pieces(starts: starts), lines: lines)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { other.run() }
        return (other, group)
    }

    /// Tells the second thread to stop and waits for it: it reads the caller's buffer, so no
    /// read may return before it ends.
    static func stop(_ other: SecondThread, _ group: DispatchGroup) {
        other.cancelled.store(true, ordering: .relaxed)
        group.wait()
    }

    /// How many pieces `left` bytes are cut into, and where the `k`th cut falls (from 1),
    /// before it is moved to a boundary.
    static func cuts(of left: Int, pieceBytes: Int) -> (count: Int, at: (Int) -> Int) {
        let pieces = max(2, min(256, left / max(pieceBytes, 1)))
        return (pieces, { k in Int((Double(left) * Double(k) / Double(pieces)).rounded(.down)) })
    }

    /// Waits for the second thread (keeping the progress line moving), then moves its pieces'
    /// events onto `events` and the reader to where it ended; false if it failed.
    mutating func take(_ other: SecondThread, group: DispatchGroup, into events: inout [Event]) throws(GiveUp)
        -> Bool
    {
        while group.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            try tick(
                0,
                extra: (
                    other.bytesDone.load(ordering: .relaxed), other.eventsDone.load(ordering: .relaxed) + events.count
                ))
        }
        guard !other.failed else { return false }
        // Ids and references are checked once the whole list is read (``checkIDs(_:)``).
        pendingRelated += other.decoder.pendingRelated
        let first = other.pieces.firstOfTheBack
        let decoded = other.decoded[first...]
        events.reserveCapacity(events.count + decoded.reduce(0) { $0 + ($1?.events.count ?? 0) })
        for part in decoded { part?.events.move(onto: &events) }
        reader.index = other.end
        return true
    }

    /// Reads the rest of the list on this thread, from an event's start.
    private mutating func readOnAlone(into events: inout [Event]) throws(GiveUp) {
        repeat {
            try skipWhitespace()
            events.append(try event())
            try tick(events.count)
        } while try moreElements()
    }
}
