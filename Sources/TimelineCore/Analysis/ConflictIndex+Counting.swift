import Synchronization

/// Counting the pairs of ``ConflictIndex`` without listing them.
extension ConflictIndex {
    /// The number of conflicting pairs of each kind, without listing them.
    /// - Complexity: O(*m* log *m*) for figures with one reading each, plus the
    ///   distinct periods and other sets' readings a one-of set's readings meet.
    func counts() -> Counts {
        // Each group's sweep and its sets' partners, the errors, and the pairs of one
        // reading: independent counts, taken one at a time by two threads, the biggest
        // first, so that both cores stay busy to the end (a sweep of one thread beside the
        // sets of the other had left one core idle for a third of the count).
        let bySize = members.indices.sorted { members[$0].count > members[$1].count }
        let tasks = bySize.map(CountTask.sweep) + bySize.map(CountTask.sets) + [.sure, .sameReadings]
        let claims = TaskClaims()
        let (mine, theirs) = sideBySide({ run(tasks, claims) }, { [self] in run(tasks, claims) })
        var results = [Int](repeating: 0, count: tasks.count)
        for (task, result) in mine + theirs { results[task] = result }
        var (pairs, sure, sameReadings) = (0, 0, 0)
        for (task, result) in zip(tasks, results) {
            switch task {
            case .sweep, .sets: pairs += result
            case .sure: sure = result
            case .sameReadings: sameReadings = result
            }
        }
        return Counts(sure: sure, unsure: pairs - sure, sameReadings: sameReadings)
    }

    /// One of the independent counts ``counts()`` adds up.
    private enum CountTask: Sendable {
        /// The sweep of a group's figures of one reading.
        case sweep(Int)
        /// The pairs of a group's one-of sets.
        case sets(Int)
        /// The pairs surely of one span (errors).
        case sure
        /// The unsure pairs of one event and one period.
        case sameReadings
    }

    /// Hands out the tasks of ``counts()``, each once.
    private final class TaskClaims: Sendable {
        private let next = Atomic<Int>(0)

        func claim() -> Int { next.add(1, ordering: .relaxed).oldValue }
    }

    /// Takes tasks until none are left (or a stop is asked for): each task's number and count.
    private func run(_ tasks: [CountTask], _ claims: TaskClaims) -> [(Int, Int)] {
        var done: [(Int, Int)] = []
        while !Interruption.isRequested {
            let k = claims.claim()
            guard k < tasks.count else { break }
            switch tasks[k] {
            case .sweep(let g): done.append((k, sweep(members[g].filter { readings($0) == 1 })))
            case .sets(let g): done.append((k, pairsWithSets(members[g])))
            case .sure: done.append((k, surePairs()))
            case .sameReadings: done.append((k, sameReadingPairs()))
            }
        }
        return done
    }

    /// Unsure pairs of one event and one period (two figures of an event that share its date).
    private func sameReadingPairs() -> Int {
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
        return sameReadings
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
        let (byStart, byEnd) = (
            RadixOrder.positions(first.map(RadixOrder.key)), RadixOrder.positions(last.map(RadixOrder.key))
        )
        let (byHigh, byLow) = (
            RadixOrder.positions(hi.map(RadixOrder.key)), RadixOrder.positions(lo.map(RadixOrder.key))
        )
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
        // Each figure's ranks are its own (positions in value order): sets of ranks, not counts.
        var openHighs = RankSet(size: n)
        var openLows = RankSet(size: n)
        var (open, ended, pairs) = (0, 0, 0)
        for entry in starting {
            while ended < n, ending[ended].day < entry.day {
                openHighs.remove(Int(ending[ended].highRank))
                openLows.remove(Int(ending[ended].lowRank))
                open -= 1
                ended += 1
            }
            // below: an open figure's high under this one's low; above: its low over this one's high
            pairs += openHighs.count(below: Int(entry.highsBelow))
            pairs += open - openLows.count(below: Int(entry.lowsNotAbove))
            openHighs.insert(Int(entry.highRank))
            openLows.insert(Int(entry.lowRank))
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
