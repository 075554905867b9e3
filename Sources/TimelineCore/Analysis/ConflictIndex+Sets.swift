/// Counting the conflicting pairs of ``ConflictIndex`` that have a one-of set in them.
extension ConflictIndex {
    /// Pairs with at least one figure of several readings (a one-of set), each counted once
    /// however many of the set's readings it meets:
    ///
    /// - a set and a later set: met through an index of the sets' readings alone;
    /// - a set and a figure of one bounded period: the group's figures of one period are
    ///   kept together with their values sorted (``PeriodValues``), so each period a set's
    ///   readings meet counts its disagreeing figures by binary search, at the first
    ///   reading that meets it;
    /// - a set and a figure open at one end: an open-below period meets the set when it
    ///   reaches the set's first day, an open-above one when it starts by the set's last,
    ///   counted by ``ReachCount``.
    ///
    /// Meeting each set's partners one by one (~2,000 a reading on event-level data, most of
    /// them year-long or open-ended periods) had been half of the count at 1M events.
    /// - Complexity: O((*s* + *f*) log *f*) for *s* sets and *f* figures of one reading,
    ///   plus the distinct periods and the other sets' readings that the sets' readings meet.
    func pairsWithSets(_ group: [Int]) -> Int {
        let sets = group.filter { readings($0) > 1 }
        guard !sets.isEmpty else { return 0 }
        var bounded: [(lower: Int, upper: Int, low: Double, high: Double)] = []
        var (openBelow, openAbove) = ([ReachCount.Entry](), [ReachCount.Entry]())
        for j in group where readings(j) == 1 {
            let (first, last) = (lowers[rangeStart[j]], uppers[rangeStart[j]])
            if first == Int.min {  // open below (or at both ends): reaches the days up to `last`
                openBelow.append(.init(key: last, low: low[j], high: high[j]))
            } else if last == Int.max {  // open above: keyed so that an earlier start is a larger key
                openAbove.append(.init(key: ~first, low: low[j], high: high[j]))
            } else {
                bounded.append((first, last, low[j], high[j]))
            }
        }
        let (reachingBelow, reachingAbove) = (
            sets.map { i in ReachCount.Entry(key: readingDays(i).first, low: low[i], high: high[i]) },
            sets.map { i in ReachCount.Entry(key: ~readingDays(i).last, low: low[i], high: high[i]) }
        )
        return pairsAmong(sets) + pairs(of: sets, with: PeriodValues(bounded))
            + ReachCount.pairs(openBelow, reachingBelow) + ReachCount.pairs(openAbove, reachingAbove)
    }

    /// The first and last days of a figure's readings.
    private func readingDays(_ i: Int) -> (first: Int, last: Int) {
        let readings = rangeStart[i]..<rangeStart[i + 1]
        return (lowers[readings].min() ?? Int.min, uppers[readings].max() ?? Int.max)
    }

    /// Pairs of two sets, `(i, j)` with `i < j`, counted at the first reading of `i` that meets `j`.
    private func pairsAmong(_ sets: [Int]) -> Int {
        let index = OverlapIndex(
            sets.indices.flatMap { k in
                (rangeStart[sets[k]]..<rangeStart[sets[k] + 1]).map { (lowers[$0], uppers[$0], k) }
            })
        var lastMet = [Int](repeating: -1, count: sets.count)  // the set that last met each one
        var pairs = 0
        for (k, i) in sets.enumerated() {
            for r in rangeStart[i]..<rangeStart[i + 1] {
                index.forEach(overlapping: lowers[r], uppers[r]) { _, _, m in
                    guard m > k, lastMet[m] != k, disagree(i, sets[m]) else { return }
                    lastMet[m] = k
                    pairs += 1
                }
            }
        }
        return pairs
    }

    /// Pairs of a set and a figure of one bounded period, counted period by period.
    private func pairs(of sets: [Int], with periods: PeriodValues) -> Int {
        guard !periods.isEmpty else { return 0 }
        let index = OverlapIndex(periods.indices.map { (periods.lowers[$0], periods.uppers[$0], $0) })
        var pairs = 0
        for i in sets {
            let readings = rangeStart[i]..<rangeStart[i + 1]
            for r in readings {
                index.forEach(overlapping: lowers[r], uppers[r]) { first, last, k in
                    // a period met at an earlier reading was counted there
                    if (readings.lowerBound..<r).contains(where: { lowers[$0] <= last && uppers[$0] >= first }) {
                        return
                    }
                    pairs += periods.disagreeing(k, low: low[i], high: high[i])
                }
            }
        }
        return pairs
    }
}
