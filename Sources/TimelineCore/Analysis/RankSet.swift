/// A set of distinct ranks `0..<size`, with how many members lie below a rank:
/// the open figures of ``ConflictIndex``'s sweep, each entered once at its rank
/// and taken out once.
///
/// A bit per rank, and a ``RankCounter`` (Fenwick tree) of members per block of
/// 512 ranks: a count is the blocks' prefix sum, at most eight words' popcounts
/// and one masked word. At 150,000 figures the bits take 19 KB and the blocks'
/// tree 2 KB, against 1.2 MB for a Fenwick tree over the ranks, whose every
/// query and update waited on memory at its deeper levels.
///
/// ```swift
/// var open = RankSet(size: 1000)
/// open.insert(3); open.insert(700)
/// open.count(below: 700)  // 1
/// ```
struct RankSet {
    private static let wordsPerBlock = 8
    private static let blockShift = 9  // 512 ranks = 8 words of 64 bits

    private var words: [UInt64]
    private var blocks: RankCounter

    /// An empty set of ranks `0..<size`.
    init(size: Int) {
        words = [UInt64](repeating: 0, count: (size + 63) / 64)
        blocks = RankCounter(size: (size + 511) >> Self.blockShift)
    }

    /// Adds `rank`, which is not a member. - Complexity: O(log(*n* / 512)).
    mutating func insert(_ rank: Int) {
        words[rank >> 6] |= 1 << UInt64(rank & 63)
        blocks.add(rank >> Self.blockShift)
    }

    /// Takes out `rank`, a member. - Complexity: O(log(*n* / 512)).
    mutating func remove(_ rank: Int) {
        words[rank >> 6] &= ~(1 << UInt64(rank & 63))
        blocks.add(rank >> Self.blockShift, -1)
    }

    /// How many members lie in `0..<rank` (`rank` at most the size).
    /// - Complexity: O(log(*n* / 512)) and at most eight words.
    func count(below rank: Int) -> Int {
        let block = rank >> Self.blockShift
        var total = blocks.count(below: block)
        let word = rank >> 6
        words.withUnsafeBufferPointer { words in
            for w in (block * Self.wordsPerBlock)..<word { total += words[w].nonzeroBitCount }
            if rank & 63 != 0 { total += (words[word] & ((1 << UInt64(rank & 63)) - 1)).nonzeroBitCount }
        }
        return total
    }
}
