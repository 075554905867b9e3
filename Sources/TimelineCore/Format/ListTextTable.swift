/// Lists of labels read before, found by their text: from the `[` to the first `]`, byte for
/// byte. Events repeat a few hundred lists of tags, actors and sources; a list met again is
/// then one lookup of its bytes instead of a lookup per label and one of the positions.
///
/// Sound because the same bytes read by the same decoder give the same list: a text is kept
/// only after it was read whole and accepted, and only when its first `]` is its own end (a
/// label holding `]` is never kept); the catalogues it was checked against only grow. At most
/// ``capacity`` texts of at most ``maximumLength`` bytes are kept; past that, lists are read
/// label by label as before.
struct ListTextTable {
    static let capacity = 4096
    static let maximumLength = 256

    private var texts = LabelTable()
    /// The list read for each text, by its entry position in `texts`.
    private var lists: [[String]] = []

    /// The list whose text starts at `start` (a `[`) in `base[..<count]`, and the offset just past
    /// its `]`; nil when no such text is kept.
    @inline(__always)
    func find(at start: Int, in base: UnsafePointer<UInt8>, count: Int) -> (list: [String], end: Int)? {
        guard let close = Self.close(at: start, in: base, count: count) else { return nil }
        guard let position = texts.find(base + start, close + 1 - start) else { return nil }
        return (lists[position], close + 1)
    }

    /// Keeps `list`, read from the text at `start..<end` (from its `[` to just past its `]`).
    mutating func keep(_ list: [String], from start: Int, to end: Int, in base: UnsafePointer<UInt8>, count: Int) {
        guard lists.count < Self.capacity, Self.close(at: start, in: base, count: count) == end - 1,
            texts.find(base + start, end - start) == nil
        else { return }
        _ = texts.insert(base + start, end - start, value: "")
        lists.append(list)
    }

    /// The offset of the first `]` after the `[` at `start`, within ``maximumLength`` bytes.
    @inline(__always)
    private static func close(at start: Int, in base: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard start < count, base[start] == UInt8(ascii: "[") else { return nil }
        let limit = min(count, start + maximumLength)
        var i = start + 1
        while i < limit {
            if base[i] == UInt8(ascii: "]") { return i }
            i += 1
        }
        return nil
    }
}
