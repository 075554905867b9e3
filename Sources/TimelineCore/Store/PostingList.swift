/// The ascending positions of the events carrying one label: a list while the
/// label is rare, a ``PositionBitmap`` once it is common.
///
/// A tag on half of a million events took 4 MB as a list (8 bytes a position,
/// and up to as much again in spare capacity) and 125 KB as a bitmap; and a
/// range query that meets it tests a bit per candidate instead of merging
/// its half a million positions. A list turns into a bitmap when it holds
/// one position in 64 of the universe, where the two take the same room.
struct PostingList: Sendable, Equatable {
    /// The number of positions.
    private(set) var count = 0
    private var list: [Int] = []
    private var bits: PositionBitmap?

    init() {}

    /// The positions of `list` (ascending, each below `universe`).
    init(_ list: [Int], universe: Int) {
        for position in list { append(position, universe: universe) }
    }

    /// The length from which a list over `universe` positions becomes a bitmap.
    static func denseCount(universe: Int) -> Int { max(universe / 64, 16) }

    /// Appends `position`, above every position held and below `universe`.
    mutating func append(_ position: Int, universe: Int) {
        count += 1
        if bits != nil {
            bits?.insert(position)
            return
        }
        list.append(position)
        if list.count >= Self.denseCount(universe: universe) {
            bits = PositionBitmap(list, universe: universe)
            list = []
        }
    }

    /// True when held as a bitmap.
    var isDense: Bool { bits != nil }

    /// The bitmap, when held as one.
    var bitmap: PositionBitmap? { bits }

    /// Whether `position` is held. - Complexity: O(1) as a bitmap, O(log *k*) as a list.
    @inline(__always)
    func contains(_ position: Int) -> Bool {
        if let bits { return bits.contains(position) }
        let index = list.firstIndex(notBelow: position)
        return index < list.count && list[index] == position
    }

    /// The positions, ascending. - Complexity: O(*k*) as a list, O(*n*/64 + *k*) as a bitmap.
    var positions: [Int] { positions(in: 0..<Int.max) }

    /// The positions in `range`, ascending.
    func positions(in range: Range<Int>) -> [Int] {
        var out: [Int] = []
        forEach(in: range) { out.append($0) }
        return out
    }

    /// Calls `body` with each position in `range`, ascending.
    func forEach(in range: Range<Int>, _ body: (Int) -> Void) {
        if let bits { return bits.forEach(in: range, body) }
        for index in list.firstIndex(notBelow: range.lowerBound)..<list.count {
            guard list[index] < range.upperBound else { return }
            body(list[index])
        }
    }
}
