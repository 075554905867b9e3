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
            for part in [event.title, event.summary, event.kind, event.dateNote ?? ""] + event.tags {
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
        guard end - start >= needle.bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.bytes.withUnsafeBufferPointer { bytes in
                guard let text = haystack.baseAddress, let base = bytes.baseAddress else { return false }
                return Self.find(base, bytes.count, rare: needle.rare, in: text + start, end - start)
            }
        }
    }

    /// The positions of the events that contain `needle`, ascending, found in one pass
    /// over the whole buffer: memchr runs on from hit to hit rather than being started
    /// afresh for each event, and after a match the scan skips to the next event.
    /// - Complexity: O(*b*) in the bytes of text.
    func positions(containing needle: Needle) -> [Int] {
        let count = needle.bytes.count
        guard count > 0 else { return Array(0..<(starts.count - 1)) }
        var result: [Int] = []
        bytes.withUnsafeBufferPointer { haystack in
            needle.bytes.withUnsafeBufferPointer { needleBytes in
                guard let text = haystack.baseAddress, let needleBase = needleBytes.baseAddress,
                    haystack.count >= count
                else { return }
                let rare = needle.rare
                var event = 0
                var from = rare  // offset of the rare byte of the next possible match
                let last = haystack.count - count + rare
                while from <= last {
                    guard let hit = memchr(text + from, Int32(needleBase[rare]), last - from + 1) else { return }
                    let start = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - rare - text
                    while starts[event + 1] <= start { event += 1 }
                    if start + count <= starts[event + 1] && text[start] == needleBase[0]
                        && memcmp(text + start, needleBase, count) == 0
                    {
                        result.append(event)
                        from = starts[event + 1] + rare  // the next event
                    } else {
                        from = start + rare + 1
                    }
                }
            }
        }
        return result
    }

    /// True when the `count` bytes at `needle` occur in the `length` bytes at `text`:
    /// memchr(3) finds each place the needle's rarest byte (at offset `rare`) occurs,
    /// memcmp(3) checks the whole needle around it. Looking for the `u` of "court"
    /// rather than its `c` stops memchr a third as often.
    private static func find(
        _ needle: UnsafePointer<UInt8>, _ count: Int, rare: Int, in text: UnsafePointer<UInt8>, _ length: Int
    ) -> Bool {
        var from = text + rare  // where the rare byte of the first possible match is
        let last = text + (length - count) + rare  // and of the last
        while from <= last {
            guard let hit = memchr(from, Int32(needle[rare]), last - from + 1) else { return false }
            let place = hit.assumingMemoryBound(to: UInt8.self)
            if memcmp(place - rare, needle, count) == 0 { return true }
            from = UnsafePointer(place) + 1
        }
        return false
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
