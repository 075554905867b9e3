/// Counts of items by rank, with prefix sums: a Fenwick (binary indexed) tree.
///
/// `conflicting-values` counts, among the figures whose periods are still
/// open in its sweep, those whose values lie wholly below (or above) a bound:
/// one `add` as a figure enters or leaves, one `count(below:)` a question.
///
/// ```swift
/// var counter = RankCounter(size: 4)
/// counter.add(1); counter.add(3)
/// counter.count(below: 3)  // 1
/// ```
struct RankCounter {
    private var tree: [Int]

    /// Ranks `0..<size`, all counts 0.
    init(size: Int) { tree = Array(repeating: 0, count: size + 1) }

    /// Adds `delta` to the count at `rank`. - Complexity: O(log *n*).
    mutating func add(_ rank: Int, _ delta: Int = 1) {
        var i = rank + 1
        while i < tree.count {
            tree[i] += delta
            i += i & -i
        }
    }

    /// The sum of the counts at ranks `0..<rank`. - Complexity: O(log *n*).
    func count(below rank: Int) -> Int {
        var sum = 0
        var i = rank
        while i > 0 {
            sum += tree[i]
            i -= i & -i
        }
        return sum
    }
}
