/// Searches in ascending arrays (positions, day numbers, `check`'s sorted values): the
/// one binary search the posting lists, selections, span classes, the date column, the
/// narrowings of `select` and the conflict index share.
extension Array where Element: Comparable {
    /// The first index at or after `start` whose value is at least `value`; `count` if none.
    /// The array is ascending. - Complexity: O(log *n*).
    func firstIndex(notBelow value: Element, from start: Int = 0) -> Int {
        firstIndex(notBelow: value, in: start, count)
    }

    /// The same, looked for from `start` in steps that double, then by halving: a walk
    /// through ascending values that moves a cursor with it pays O(log *d*) for a step
    /// of *d* elements, and a step to the next element is one comparison.
    func firstIndex(notBelow value: Element, gallopingFrom start: Int) -> Int {
        var step = 1
        var base = start
        var hi = start
        while hi < count && self[hi] < value {
            base = hi + 1
            hi = base + step
            step *= 2
        }
        return firstIndex(notBelow: value, in: base, Swift.min(hi, count))
    }

    /// The first index whose value is above `value` (every one before it is at most
    /// `value`); `count` if none. The array is ascending. - Complexity: O(log *n*).
    func firstIndex(above value: Element) -> Int {
        var (lo, hi) = (0, count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] <= value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The first index in `lo..<hi` whose value is at least `value`, or `hi`.
    private func firstIndex(notBelow value: Element, in lo: Int, _ hi: Int) -> Int {
        var (lo, hi) = (lo, hi)
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
