import Synchronization

/// The pieces two threads read a big event list (or JSON Lines file) in, and the
/// second thread's side of it (``FastTimelineDecoder/eventListInParallel(pieces:into:)``).
extension FastTimelineDecoder {
    /// The pieces' start positions, and which thread has claimed which: the
    /// first thread claims from the front, the second from the back.
    final class Pieces: Sendable {
        /// Where each piece starts (a guessed boundary); the first piece starts where the first thread is.
        let starts: [Int]
        /// (pieces claimed by the first thread, counted from the front; the first piece claimed by the second).
        private let claims: Mutex<(front: Int, back: Int)>

        init(starts: [Int]) {
            self.starts = starts
            claims = Mutex((front: 1, back: starts.count))
        }

        /// The first thread takes piece `piece`, if the second has not.
        func claimFront(_ piece: Int) -> Bool {
            claims.withLock { claims in
                guard piece < claims.back else { return false }
                claims.front = piece + 1
                return true
            }
        }

        /// The second thread takes the last piece not yet claimed, if any.
        func claimBack() -> Int? {
            claims.withLock { claims in
                guard claims.back - 1 >= claims.front else { return nil }
                claims.back -= 1
                return claims.back
            }
        }

        /// The first piece the second thread decoded (`starts.count` if none).
        var firstOfTheBack: Int { claims.withLock { $0.back } }
    }

    /// What the second thread hands back.
    final class SecondThread: @unchecked Sendable {
        // Written by the second thread before it signals the group, read by the
        // first only after `wait()`: the group orders the accesses.
        var decoder: FastTimelineDecoder
        let pieces: Pieces
        /// Each piece's events, by piece; kept out of an array: moved onto the
        /// first thread's list, not copied (``EventBuffer``).
        var decoded: [PieceEvents?]
        /// Where the list ended (after its `]`, or the file's end for JSON Lines), once the
        /// last piece is decoded.
        var end = 0
        /// JSON Lines: pieces start at lines, and an event is a line (``eventLine()``).
        let lines: Bool
        var failed = false
        /// How far this thread has got, for the first thread's progress reports.
        let bytesDone = Atomic<Int>(0)
        let eventsDone = Atomic<Int>(0)
        /// Set by the first thread when these pieces are not needed (stopped, or a guess was wrong).
        let cancelled = Atomic<Bool>(false)

        init(_ decoder: FastTimelineDecoder, pieces: Pieces, lines: Bool = false) {
            self.decoder = decoder
            self.lines = lines
            self.decoder.progress = nil
            self.pieces = pieces
            decoded = Array(repeating: nil, count: pieces.starts.count)
        }

        func run() {
            var (bytes, events) = (0, 0)
            do throws(GiveUp) {
                while !cancelled.load(ordering: .relaxed), let piece = pieces.claimBack() {
                    let start = pieces.starts[piece]
                    let stop = piece + 1 < pieces.starts.count ? pieces.starts[piece + 1] : nil
                    let part = PieceEvents(capacity: ((stop ?? decoder.count) - start) / 256 + 1)
                    decoded[piece] = part
                    let done = { (b: Int, e: Int) in (bytes + b, events + e) }
                    decoder.reader.index = start
                    decoder.releasedTo = start
                    if lines {
                        try decodeLines(from: start, to: stop, into: part, done: done)
                    } else {
                        try decode(from: start, to: stop, into: part, done: done)
                    }
                    // Not left for the unmapping: ~2 MB a piece, two dozen pieces at 1M events.
                    decoder.releaseBehind(all: true)
                    (bytes, events) = (bytes + decoder.reader.index - start, events + part.events.count)
                }
            } catch {
                failed = true
            }
        }

        /// Decodes the events from `start` (where the reader is put): up to `stop`, which it
        /// must arrive at exactly, or to the end of the list when `stop` is nil.
        private func decode(
            from start: Int, to stop: Int?, into part: PieceEvents, done: (Int, Int) -> (Int, Int)
        ) throws(GiveUp) {
            while true {
                try decoder.skipWhitespace()
                if let stop {
                    if decoder.reader.index == stop { return }
                    if decoder.reader.index > stop { throw GiveUp() }  // `stop` was not a boundary
                }
                part.events.append(try decoder.event())
                try report(start, part, done)
                guard try decoder.moreElements() else { break }
            }
            guard stop == nil else { throw GiveUp() }  // the list ended inside a piece: `stop` was no boundary
            end = decoder.reader.index
        }

        /// Decodes the lines from `start` (a line's start, where the reader is put) up to `stop` (another's), or to the
        /// end of the file when `stop` is nil. Blank lines before `stop` are the next piece's.
        private func decodeLines(
            from start: Int, to stop: Int?, into part: PieceEvents, done: (Int, Int) -> (Int, Int)
        ) throws(GiveUp) {
            while true {
                decoder.reader.skipWhitespace()
                if let stop, decoder.reader.index >= stop { return }
                if decoder.reader.index == decoder.count { break }
                part.events.append(try decoder.eventLine())
                try report(start, part, done)
            }
            end = decoder.count
        }

        /// Every 4096 events of a piece: pages let go, progress told, a cancel heeded.
        func report(_ start: Int, _ part: PieceEvents, _ done: (Int, Int) -> (Int, Int)) throws(GiveUp) {
            guard part.events.count % 4096 == 0 else { return }
            decoder.releaseBehind()
            let (bytes, events) = done(decoder.reader.index - start, part.events.count)
            bytesDone.store(bytes, ordering: .relaxed)
            eventsDone.store(events, ordering: .relaxed)
            if cancelled.load(ordering: .relaxed) { throw GiveUp() }
        }
    }

    /// One piece's events, in a class so that the pieces can sit in an array.
    final class PieceEvents {
        var events: EventBuffer
        init(capacity: Int) { events = EventBuffer(capacity: capacity) }
    }
}
