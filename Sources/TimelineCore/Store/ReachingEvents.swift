/// The events that start before a day and reach it, as ``DateSpanIndex`` finds
/// them: a few ascending lists with none in common (one per class of span, one of
/// the unbounded, and the open-ended ones as a run of the index's own list, not
/// copied), merged only when asked.
///
/// A range and tag query keeps only the reaching events the tag's bitmap holds
/// (about half, at a million events): filtering each list before merging merges
/// half as much, and the open-ended run (most of them) is read where it lies.
/// Merging them all first, then testing each, was 40 % of the query.
///
/// ```swift
/// let reaching = ReachingEvents(lists: [[1, 5], [2, 3]], sets: [3])
/// reaching.positions                      // [1, 2, 3, 5]
/// reaching.positions(heldBy: bitmap)      // those of them the bitmap holds
/// ```
struct ReachingEvents {
    /// Ascending lists with none in common.
    let lists: [ArraySlice<Int>]
    /// The one-of sets among them, ascending.
    let sets: [Int]

    /// How many there are.
    var count: Int { lists.reduce(0) { $0 + $1.count } }

    /// All of them, ascending.
    var positions: [Int] { Self.merge(lists) }

    /// Those `bitmap` holds, ascending: each list filtered, then the results merged.
    func positions(heldBy bitmap: PositionBitmap) -> [Int] {
        Self.merge(
            lists.map { list in
                [Int](unsafeUninitializedCapacity: list.count) { out, kept in
                    kept = 0
                    for position in list where bitmap.contains(position) {
                        out[kept] = position
                        kept += 1
                    }
                }[...]
            })
    }

    /// The elements of ascending lists with none in common, ascending; the shortest
    /// merged first, which copies least.
    static func merge(_ lists: [ArraySlice<Int>]) -> [Int] {
        let lists = lists.filter { !$0.isEmpty }.sorted { $0.count < $1.count }
        guard let first = lists.first else { return [] }
        return Array(lists.dropFirst().reduce(first) { merge($0, $1)[...] })
    }

    /// The elements of two ascending lists with none in common, ascending.
    static func merge(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>) -> [Int] {
        [Int](unsafeUninitializedCapacity: a.count + b.count) { out, count in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    var (i, j, k) = (0, 0, 0)
                    while i < a.count && j < b.count {
                        if a[i] < b[j] {
                            out[k] = a[i]
                            i += 1
                        } else {
                            out[k] = b[j]
                            j += 1
                        }
                        k += 1
                    }
                    while i < a.count {
                        out[k] = a[i]
                        (i, k) = (i + 1, k + 1)
                    }
                    while j < b.count {
                        out[k] = b[j]
                        (j, k) = (j + 1, k + 1)
                    }
                }
            }
            count = a.count + b.count
        }
    }
}
