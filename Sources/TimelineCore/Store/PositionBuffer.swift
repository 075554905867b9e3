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

    /// The positions kept, in the order kept.
    consuming func positions() -> [Int] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }
}
