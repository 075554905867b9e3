/// Counting the pairs of ``ConflictIndex`` without listing them.
extension ConflictIndex {
    /// The number of conflicting pairs of each kind, without listing them.
    /// - Complexity: O(*m* log *m*) for figures with one reading each, plus the
    ///   ranges a one-of set's readings meet.
    func counts() -> Counts {
        // The sweeps and the one-of sets' partners, each about half of the count on
        // event-level data, side by side on the two cores.
        let (swept, withSets) = sideBySide(
            { members.reduce(0) { Interruption.isRequested ? $0 : $0 + sweep($1.filter { readings($0) == 1 }) } },
            { [self] in members.reduce(0) { Interruption.isRequested ? $0 : $0 + pairsWithSets($1) } })
        let total = swept + withSets
        let sure = surePairs()
        var sameReadings = 0
        var i = 0
        while i < figures.count {  // the figures of one event are neighbours
            var end = i + 1
            while end < figures.count, event[end] == event[i] { end += 1 }
            for a in i..<end {
                for b in (a + 1)..<end
                where group[a] == group[b] && disagree(a, b) && !self.sure(a, b) && sameReading(a, b) {
                    sameReadings += 1
                }
            }
            i = end
        }
        return Counts(sure: sure, unsure: total - sure, sameReadings: sameReadings)
    }

    /// Pairs among figures of one reading each that share a day and disagree: in order of
    /// first day, each figure is counted against those before it whose period is still open.
    private func sweep(_ group: [Int]) -> Int {
        let n = group.count
        guard n > 1 else { return 0 }
        let first = group.map { lowers[rangeStart[$0]] }
        let last = group.map { uppers[rangeStart[$0]] }
        let lo = group.map { low[$0] }
        let hi = group.map { high[$0] }
        // Each order sorted with its keys beside the positions: read in order, not through them.
        func order<Key: Comparable>(_ keys: [Key]) -> [Int] {
            var pairs = keys.indices.map { (keys[$0], $0) }
            pairs.sort { $0.0 < $1.0 }
            return pairs.map(\.1)
        }
        let (byStart, byEnd, byHigh, byLow) = (order(first), order(last), order(hi), order(lo))
        var (highRank, lowRank) = ([Int](repeating: 0, count: n), [Int](repeating: 0, count: n))
        for (rank, k) in byHigh.enumerated() { highRank[k] = rank }
        for (rank, k) in byLow.enumerated() { lowRank[k] = rank }
        let sortedHighs = byHigh.map { hi[$0] }
        let sortedLows = byLow.map { lo[$0] }
        var openHighs = RankCounter(size: n)
        var openLows = RankCounter(size: n)
        var (open, ended, pairs) = (0, 0, 0)
        for k in byStart {
            while ended < n, last[byEnd[ended]] < first[k] {
                openHighs.add(highRank[byEnd[ended]], -1)
                openLows.add(lowRank[byEnd[ended]], -1)
                open -= 1
                ended += 1
            }
            // below: an open figure's high under this one's low; above: its low over this one's high
            pairs += openHighs.count(below: sortedHighs.firstIndex(notBelow: lo[k]))
            pairs += open - openLows.count(below: sortedLows.firstIndex(above: hi[k]))
            openHighs.add(highRank[k])
            openLows.add(lowRank[k])
            open += 1
        }
        return pairs
    }

    /// Pairs with at least one figure of several readings: each such figure meets its
    /// partners through the index, reading by reading. A partner of one reading is counted
    /// at the first of the figure's readings it meets; two sets count from the first, once.
    private func pairsWithSets(_ group: [Int]) -> Int {
        var pairs = 0
        var seen: [Int: Int] = [:]  // a set partner -> the figure that last met it
        for i in group where readings(i) > 1 {
            let (lo, hi) = (low[i], high[i])
            for r in rangeStart[i]..<rangeStart[i + 1] {
                indexes[self.group[i]].forEach(overlapping: lowers[r], uppers[r]) { first, last, partner in
                    guard partner.high < lo || hi < partner.low else { return }  // they agree
                    if partner.isSet {
                        guard partner.figure > i, seen[partner.figure] != i else { return }
                        seen[partner.figure] = i
                    } else if (rangeStart[i]..<r).contains(where: { lowers[$0] <= last && uppers[$0] >= first }) {
                        return  // met at an earlier reading
                    }
                    pairs += 1
                }
            }
        }
        return pairs
    }

    /// Pairs of pinned figures of one span whose values disagree: per span, each
    /// figure against those whose high lies under its low.
    private func surePairs() -> Int {
        var pairs = 0
        for mates in spanMates where mates.count > 1 {
            let highs = mates.map { high[$0] }.sorted()
            for i in mates { pairs += highs.firstIndex(notBelow: low[i]) }
        }
        return pairs
    }
}
