#if canImport(Glibc)
    import Glibc
#endif

/// The folded text of every event, as UTF-8 bytes in one buffer, searched
/// with memchr(3) and memcmp(3): a free-text `find` over a million events scans ~250 MB of
/// bytes instead of matching a million Swift strings by `Character`.
///
/// Folding (``TextFolding``) is done once per event, when the first search
/// needs it; ASCII text, the common case, is folded byte by byte without
/// Foundation.
struct SearchText: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// Where each event's text starts; one more entry than events, for the end of the last.
    private var starts: [Int] = [0]
    /// How often each byte value occurs (in a sample of every 16th byte), to pick which
    /// byte of a needle memchr looks for: the one rarest in this text.
    private(set) var byteCounts: [Int] = Array(repeating: 0, count: 256)

    init(_ texts: [String]) {
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            TextFolding.appendFolded(text, to: &bytes)
            starts.append(bytes.count)
        }
        countBytes()
    }

    /// The searchable text of each event, folded: id, title, summary, kind, date
    /// note, tags, actors' and cited sources' names, and each figure's wording,
    /// scope and note, one to a line. Written straight into the buffer, field by
    /// field (names folded once per id), not joined into a String per event first.
    init(events: [Event], actorName: (String) -> String, sourceName: (String) -> String) {
        var actorNames: [String: [UInt8]] = [:]
        var sourceNames: [String: [UInt8]] = [:]
        func folded(_ id: String, in names: inout [String: [UInt8]], _ name: (String) -> String) -> [UInt8] {
            if let known = names[id] { return known }
            var bytes: [UInt8] = []
            TextFolding.appendFolded(name(id), to: &bytes)
            names[id] = bytes
            return bytes
        }
        let (newline, space) = (UInt8(ascii: "\n"), UInt8(ascii: " "))
        starts.reserveCapacity(events.count + 1)
        bytes.reserveCapacity(events.count * 256)
        var cited: [String] = []
        for event in events {
            // One part to a line, empty parts too (as the parts joined by a newline).
            TextFolding.appendFolded(event.id, to: &bytes)
            bytes.append(newline)
            event.text.withTitleBytes { TextFolding.appendFolded($0, to: &bytes) }
            bytes.append(newline)
            event.text.withSummaryBytes { TextFolding.appendFolded($0, to: &bytes) }
            for part in [event.kind, event.dateNote ?? ""] + event.tags {
                bytes.append(newline)
                TextFolding.appendFolded(part, to: &bytes)
            }
            for actor in event.actors {
                bytes.append(newline)
                bytes += folded(actor, in: &actorNames, actorName)
            }
            // The sources cited directly or by a figure, each once, in order of first citation.
            cited.removeAll(keepingCapacity: true)
            for id in event.sources where !cited.contains(id) { cited.append(id) }
            for measure in event.measures where !cited.contains(measure.source) { cited.append(measure.source) }
            for source in cited {
                bytes.append(newline)
                bytes += folded(source, in: &sourceNames, sourceName)
            }
            for measure in event.measures {
                bytes.append(newline)
                TextFolding.appendFolded(measure.wording, to: &bytes)
                bytes.append(space)
                TextFolding.appendFolded(measure.scope ?? "", to: &bytes)
                bytes.append(space)
                TextFolding.appendFolded(measure.note ?? "", to: &bytes)
            }
            starts.append(bytes.count)
        }
        countBytes()
    }

    private mutating func countBytes() {
        var counts = Array(repeating: 0, count: 256)
        for i in stride(from: 0, to: bytes.count, by: 16) { counts[Int(bytes[i])] += 1 }
        byteCounts = counts
    }

    /// A folded needle, with the byte to look for chosen by this text's byte counts.
    func needle(_ bytes: [UInt8]) -> Needle { Needle(bytes, counts: byteCounts) }

    /// True when the event at `position` contains `needle` (already folded); an empty needle is in every text.
    func contains(_ needle: [UInt8], at position: Int) -> Bool {
        contains(self.needle(needle), at: position)
    }

    /// True when the event at `position` contains `needle`.
    func contains(_ needle: Needle, at position: Int) -> Bool {
        guard !needle.bytes.isEmpty else { return true }
        let (start, end) = (starts[position], starts[position + 1])
        return search(needle, orElse: false) { text, needle in
            Self.firstMatch(of: needle, in: text, from: start, lastStart: end - needle.count) != nil
        }
    }

    /// The positions of the events that contain `needle`, ascending, found in one pass
    /// over the whole buffer: the search runs on from match to match rather than being
    /// started afresh for each event, and after a match it skips to the next event. A
    /// text of at least `parallelBytes` is searched in two halves (by events: no match
    /// crosses from one event's text to the next), one on each of two threads.
    /// - Complexity: O(*b*) in the bytes of text.
    func positions(containing needle: Needle, parallelBytes: Int = Self.parallelBytes) -> [Int] {
        let events = starts.count - 1
        guard !needle.bytes.isEmpty else { return Array(0..<events) }
        guard bytes.count >= parallelBytes, events >= 2 else { return positions(containing: needle, in: 0..<events) }
        let middle = events / 2
        let (first, second) = sideBySide(
            { positions(containing: needle, in: 0..<middle) }, { positions(containing: needle, in: middle..<events) })
        return first + second
    }

    /// Texts at least this big (a search text of ~60,000 events) are searched on two threads.
    static let parallelBytes = 16 << 20

    /// The positions in `events` whose texts contain `needle` (not empty), ascending.
    private func positions(containing needle: Needle, in events: Range<Int>) -> [Int] {
        search(needle, orElse: []) { text, needle in
            var result: [Int] = []
            var (event, from) = (events.lowerBound, starts[events.lowerBound])
            let end = starts[events.upperBound]
            while let start = Self.firstMatch(of: needle, in: text, from: from, lastStart: end - needle.count) {
                while starts[event + 1] <= start { event += 1 }
                if start + needle.count <= starts[event + 1] {
                    result.append(event)
                    from = starts[event + 1]  // the next event
                } else {
                    from = start + 1  // the match ran into the next event's text
                }
            }
            return result
        }
    }

    /// `body` run on the text's bytes and the needle's; `fallback` when either has none.
    private func search<T>(_ needle: Needle, orElse fallback: T, _ body: (UnsafePointer<UInt8>, NeedleBytes) -> T)
        -> T
    {
        bytes.withUnsafeBufferPointer { haystack in
            needle.bytes.withUnsafeBufferPointer { bytes in
                guard let text = haystack.baseAddress, let base = bytes.baseAddress else { return fallback }
                return body(text, NeedleBytes(base: base, count: bytes.count, rare: needle.rare))
            }
        }
    }

    /// A needle's bytes in place, with the offset of the byte memchr looks for.
    private struct NeedleBytes {
        let base: UnsafePointer<UInt8>
        let count: Int
        let rare: Int
    }

    /// The first offset in `from...lastStart` at which `needle` occurs in `text`: memchr(3)
    /// finds each place the needle's rarest byte occurs, memcmp(3) checks the whole needle
    /// around it. Looking for the `u` of "court" rather than its `c` stops memchr a third as often.
    private static func firstMatch(
        of needle: NeedleBytes, in text: UnsafePointer<UInt8>, from: Int, lastStart: Int
    ) -> Int? {
        let rare = needle.rare
        var at = from + rare  // where the rare byte of the next possible match is
        let last = lastStart + rare  // and of the last
        while at <= last {
            guard let hit = memchr(text + at, Int32(needle.base[rare]), last - at + 1) else { return nil }
            let start = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - rare - text
            if text[start] == needle.base[0] && memcmp(text + start, needle.base, needle.count) == 0 { return start }
            at = start + rare + 1
        }
        return nil
    }
}

/// A folded needle and the offset of the byte of it that is rarest in the text
/// searched (``SearchText/byteCounts``): for "court" in text full of `c`s, its `u`.
struct Needle: Sendable {
    let bytes: [UInt8]
    let rare: Int

    init(_ bytes: [UInt8], counts: [Int]) {
        self.bytes = bytes
        var best = 0
        for (i, byte) in bytes.enumerated() where counts[Int(byte)] < counts[Int(bytes[best])] { best = i }
        rare = best
    }
}
