/// The positions a scan keeps, written through a pointer into room made once
/// for the most there can be; handed over as an array of just those.
///
/// Appending to an array checked, at each of tens of thousands of matches,
/// that the array was not shared: a tenth of a range query. Room for every
/// candidate costs only address space until written (a big allocation is
/// mapped on demand), and the array handed over holds the kept ones alone.
struct PositionBuffer: ~Copyable {
    private let base: UnsafeMutablePointer<Int>
    private let capacity: Int
    /// How many positions are kept.
    private(set) var count = 0

    /// Room for `capacity` positions.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Keeps `position`; there is room for at most the capacity asked for.
    @inline(__always)
    mutating func append(_ position: Int) {
        precondition(count < capacity, "PositionBuffer: more positions than room was made for")
        (base + count).initialize(to: position)
        count += 1
    }

    /// Keeps each member of `bitmap` in `range`, ascending.
    mutating func append(membersOf bitmap: PositionBitmap, in range: Range<Int>) {
        var members = bitmap.members(in: range)
        // Counted in a local: a count kept in `self` was reloaded after each write through `base`.
        var kept = count
        while let position = members.next() {
            precondition(kept < capacity, "PositionBuffer: more positions than room was made for")
            (base + kept).initialize(to: position)
            kept += 1
        }
        count = kept
    }

    /// Keeps each of `positions` that `bitmap` holds (each one, without a bitmap), in order.
    mutating func append(_ positions: ArraySlice<Int>, heldBy bitmap: PositionBitmap?) {
        var kept = count
        for position in positions where bitmap?.contains(position) ?? true {
            precondition(kept < capacity, "PositionBuffer: more positions than room was made for")
            (base + kept).initialize(to: position)
            kept += 1
        }
        count = kept
    }

    /// The positions kept, in the order kept.
    consuming func positions() -> [Int] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }
}
