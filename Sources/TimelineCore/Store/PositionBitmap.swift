/// A set of event positions, one bit each: for a label most events carry, an
/// eighth of a byte an event instead of the eight bytes of a list entry, and
/// membership is one word read.
struct PositionBitmap: Sendable, Equatable {
    private var words: [UInt64]

    /// An empty set of positions below `universe`.
    init(universe: Int) {
        words = Array(repeating: 0, count: (max(universe, 0) + 63) / 64)
    }

    /// The positions in `list` (each below `universe`).
    init(_ list: [Int], universe: Int) {
        self.init(universe: universe)
        for position in list { insert(position) }
    }

    /// Adds `position` (below the universe the set was made for).
    mutating func insert(_ position: Int) {
        words[position >> 6] |= 1 << UInt64(position & 63)
    }

    /// Whether `position` is in the set (false for any position outside its universe).
    @inline(__always)
    func contains(_ position: Int) -> Bool {
        let word = position >> 6
        guard position >= 0, word < words.count else { return false }
        return words[word] & (1 << UInt64(position & 63)) != 0
    }

    /// The positions in both sets (made for the same universe).
    func intersection(_ other: PositionBitmap) -> PositionBitmap {
        var both = self
        for i in both.words.indices { both.words[i] &= i < other.words.count ? other.words[i] : 0 }
        return both
    }

    /// Calls `body` with each position in `range` that is in the set, ascending.
    func forEach(in range: Range<Int>, _ body: (Int) -> Void) {
        var members = members(in: range)
        while let position = members.next() { body(position) }
    }

    /// The positions in `range` that are in the set, ascending.
    /// - Complexity: O(*r*/64 + *k*) for a range of *r* positions holding *k* members.
    func members(in range: Range<Int>) -> Members {
        Members(words: words, range: range)
    }

    /// The members of a bitmap within a range, ascending, a word at a time.
    struct Members: IteratorProtocol {
        private let words: [UInt64]
        private let upper: Int
        private var index: Int
        private var word: UInt64

        fileprivate init(words: [UInt64], range: Range<Int>) {
            self.words = words
            let lower = max(range.lowerBound, 0)
            upper = min(range.upperBound, words.count * 64)
            index = lower >> 6
            // The first word without the bits below `lower`; none when the range is empty.
            word = lower < upper ? words[index] & (~0 << UInt64(lower & 63)) : 0
            if lower >= upper { index = words.count }
        }

        mutating func next() -> Int? {
            while word == 0 {
                index += 1
                guard index << 6 < upper else { return nil }
                word = words[index]
            }
            let position = index << 6 | word.trailingZeroBitCount
            guard position < upper else { return nil }
            word &= word - 1
            return position
        }
    }
}
