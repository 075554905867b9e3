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
struct SearchText: Sendable {
    private var bytes: [UInt8] = []
    /// Where each event's text starts; one more entry than events, for the end of the last.
    private var starts: [Int] = [0]

    init(_ texts: [String]) {
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            TextFolding.appendFolded(text, to: &bytes)
            starts.append(bytes.count)
        }
    }

    /// True when the event at `position` contains `needle` (already folded); an empty needle is in every text.
    func contains(_ needle: [UInt8], at position: Int) -> Bool {
        guard !needle.isEmpty else { return true }
        let (start, end) = (starts[position], starts[position + 1])
        guard end - start >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                guard let text = haystack.baseAddress, let needleBase = needle.baseAddress else { return false }
                return Self.find(needleBase, needle.count, in: text + start, end - start)
            }
        }
    }

    /// True when the `count` bytes at `needle` occur in the `length` bytes at `text`:
    /// memchr finds each place the first byte occurs, memcmp checks the rest.
    private static func find(
        _ needle: UnsafePointer<UInt8>, _ count: Int, in text: UnsafePointer<UInt8>, _ length: Int
    ) -> Bool {
        var from = text
        let last = text + (length - count)  // the last place a match can start
        while from <= last {
            guard let hit = memchr(from, Int32(needle[0]), last - from + 1) else { return false }
            let place = hit.assumingMemoryBound(to: UInt8.self)
            if memcmp(place, needle, count) == 0 { return true }
            from = UnsafePointer(place) + 1
        }
        return false
    }
}
