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
    ///
    /// Where each figure's values fall among the others' (how many highs lie under its low,
    /// how many lows at or under its high) is read off in value order once, and the sweep
    /// reads its figures laid out in the order it meets them: a binary search per figure
    /// and value, and a cache miss per array read, had been three quarters of the sweep.
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
        var entries = [SweepEntry](repeating: SweepEntry(), count: n)
        for (rank, k) in byHigh.enumerated() { entries[k].highRank = Int32(rank) }
        for (rank, k) in byLow.enumerated() { entries[k].lowRank = Int32(rank) }
        var below = 0  // highs under the low of each figure, lows ascending
        for k in byLow {
            while below < n, hi[byHigh[below]] < lo[k] { below += 1 }
            entries[k].highsBelow = Int32(below)
        }
        var notAbove = 0  // lows at or under the high of each figure, highs ascending
        for k in byHigh {
            while notAbove < n, lo[byLow[notAbove]] <= hi[k] { notAbove += 1 }
            entries[k].lowsNotAbove = Int32(notAbove)
        }
        let starting = byStart.map { k in
            var entry = entries[k]
            entry.day = first[k]
            return entry
        }
        let ending = byEnd.map { k in
            var entry = entries[k]
            entry.day = last[k]
            return entry
        }
        var openHighs = RankCounter(size: n)
        var openLows = RankCounter(size: n)
        var (open, ended, pairs) = (0, 0, 0)
        for entry in starting {
            while ended < n, ending[ended].day < entry.day {
                openHighs.add(Int(ending[ended].highRank), -1)
                openLows.add(Int(ending[ended].lowRank), -1)
                open -= 1
                ended += 1
            }
            // below: an open figure's high under this one's low; above: its low over this one's high
            pairs += openHighs.count(below: Int(entry.highsBelow))
            pairs += open - openLows.count(below: Int(entry.lowsNotAbove))
            openHighs.add(Int(entry.highRank))
            openLows.add(Int(entry.lowRank))
            open += 1
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

/// A figure as ``ConflictIndex``'s sweep reads it: a day (its first or its last) and
/// where its values rank among the group's.
private struct SweepEntry {
    var day = 0
    var highRank: Int32 = 0
    var lowRank: Int32 = 0
    /// How many of the group's highs lie under this figure's low.
    var highsBelow: Int32 = 0
    /// How many of the group's lows lie at or under this figure's high.
    var lowsNotAbove: Int32 = 0
}
