/// The figures of a check, grouped by metric and unit, for
/// `conflicting-values`: how many pairs disagree, counted without listing
/// them, and the pairs themselves in order, as far as a reader asks.
///
/// Two figures conflict when they are of one metric and unit, some reading of
/// one period shares a day with some reading of the other, and their values,
/// widened by their tolerances, do not meet (``Figure/disagrees(with:)``). On
/// event-level data the pairs grow with the square of the density (every
/// open-ended period meets half the timeline), so `check` shows the first
/// few and counts the rest:
///
/// - pairs of figures with one reading each: a sweep over the periods by
///   first day, with the figures whose period is still open counted by where
///   their values lie (``RankCounter``): O(*m* log *m*);
/// - pairs with a one-of set (several readings): each set's figures met
///   through the ``OverlapIndex``, once each;
/// - the errors (both periods surely one span): figures of one certain span
///   counted together.
///
/// The pairs come out in the order of the figures, `(i, j)` with `i < j`,
/// as a check of every pair would meet them.
struct ConflictIndex {
    /// Which pairs a walk or a count is about.
    enum Kind {
        /// Every conflicting pair.
        case all
        /// Pairs whose periods are surely the same span (errors).
        case sure
        /// Pairs whose periods only may be the same (warnings).
        case unsure
        /// Warnings that rest on two readings of a date: all but those of one
        /// event and one period (what `vague-date` qualifies).
        case resting
    }

    /// Exact numbers of conflicting pairs.
    struct Counts: Equatable {
        var sure = 0
        var unsure = 0
        /// Of `unsure`, those whose figures are of one event and one period.
        var sameReadings = 0

        func count(_ kind: Kind) -> Int {
            switch kind {
            case .all: sure + unsure
            case .sure: sure
            case .unsure: unsure
            case .resting: unsure - sameReadings
            }
        }
    }

    let figures: [Figure]
    private let group: [Int]
    private let event: [Int]
    private let low: [Double]
    private let high: [Double]
    /// The figure's readings, `rangeStart[i]..<rangeStart[i + 1]` in `lowers`/`uppers`.
    private let rangeStart: [Int]
    private let lowers: [Int]
    private let uppers: [Int]
    /// Certain, with one reading: may be surely the same period as another.
    private let pinned: [Bool]
    private let indexes: [OverlapIndex<Partner>]
    private let members: [[Int]]
    /// Pinned figures of one group and one span, in order: the only pairs that may be sure.
    private let spanMates: [[Int]]
    /// Each figure's list in `spanMates`, -1 when it is not pinned.
    private let spanList: [Int]

    init(_ input: CheckInput) {
        let figures = input.figures
        self.figures = figures
        event = input.eventOfFigure
        var groupOf: [MetricUnit: Int] = [:]
        var group: [Int] = []
        var members: [[Int]] = []
        var (low, high) = ([Double](), [Double]())
        var (rangeStart, lowers, uppers, pinned) = ([0], [Int](), [Int](), [Bool]())
        for i in figures.indices {  // by index: a loop over the figures would copy each
            let key = MetricUnit(metric: figures[i].measure.metric, unit: figures[i].measure.unit)
            let g = groupOf[key] ?? members.count
            if g == members.count {
                groupOf[key] = g
                members.append([])
            }
            group.append(g)
            members[g].append(i)
            let (lo, hi) = figures[i].widened
            low.append(lo)
            high.append(hi)
            if let members = figures[i].period.memberRanges {  // possibleRanges, without an array for one
                for range in members {
                    lowers.append(range.lowerOrdinal)
                    uppers.append(range.upperOrdinal)
                }
            } else {
                lowers.append(figures[i].period.lower)
                uppers.append(figures[i].period.upper)
            }
            pinned.append(lowers.count - rangeStart[i] == 1 && figures[i].period.isCertain)
            rangeStart.append(lowers.count)
        }
        (self.group, self.members, self.low, self.high) = (group, members, low, high)
        (self.rangeStart, self.lowers, self.uppers, self.pinned) = (rangeStart, lowers, uppers, pinned)
        var listOf: [SpanKey: Int] = [:]
        var spanMates: [[Int]] = []
        var spanList = [Int](repeating: -1, count: figures.count)
        for i in figures.indices where pinned[i] {
            let key = SpanKey(group: group[i], lower: lowers[rangeStart[i]], upper: uppers[rangeStart[i]])
            let list = listOf[key] ?? spanMates.count
            if list == spanMates.count {
                listOf[key] = list
                spanMates.append([])
            }
            spanMates[list].append(i)
            spanList[i] = list
        }
        (self.spanMates, self.spanList) = (spanMates, spanList)
        indexes = members.map { group in
            OverlapIndex(
                group.flatMap { i in
                    let partner = Partner(
                        figure: i, low: low[i], high: high[i], isSet: rangeStart[i + 1] - rangeStart[i] > 1)
                    return (rangeStart[i]..<rangeStart[i + 1]).map { (lowers[$0], uppers[$0], partner) }
                })
        }
    }

    private func readings(_ i: Int) -> Int { rangeStart[i + 1] - rangeStart[i] }

    private func disagree(_ i: Int, _ j: Int) -> Bool { high[i] < low[j] || high[j] < low[i] }

    /// Both periods are one certain, identical span of days (``Figure/surelyShares(periodWith:)``).
    func sure(_ i: Int, _ j: Int) -> Bool {
        pinned[i] && pinned[j] && lowers[rangeStart[i]] == lowers[rangeStart[j]]
            && uppers[rangeStart[i]] == uppers[rangeStart[j]]
    }

    private func accepts(_ kind: Kind, _ i: Int, _ j: Int) -> Bool {
        switch kind {
        case .all: true
        case .sure: sure(i, j)
        case .unsure: !sure(i, j)
        case .resting: !sure(i, j) && !sameReading(i, j)
        }
    }

    private func sameReading(_ i: Int, _ j: Int) -> Bool {
        event[i] == event[j] && figures[i].period == figures[j].period
    }

    /// Calls `body` with every conflicting pair of `kind`, `(i, j)` with `i < j`, in
    /// order, until it returns false. - Complexity: the ranges met per figure walked.
    func forEachPair(_ kind: Kind, _ body: (Int, Int) -> Bool) {
        if kind == .sure {
            for i in figures.indices where spanList[i] >= 0 {
                if Interruption.shouldStop(at: i) { return }
                let mates = spanMates[spanList[i]]
                for k in (mates.firstIndex(notBelow: i + 1))..<mates.count where disagree(i, mates[k]) {
                    if !body(i, mates[k]) { return }
                }
            }
            return
        }
        var partners: [Int] = []
        for i in figures.indices {
            if Interruption.shouldStop(at: i) { return }
            partners.removeAll(keepingCapacity: true)
            for r in rangeStart[i]..<rangeStart[i + 1] {
                indexes[group[i]].forEach(overlapping: lowers[r], uppers[r]) { _, _, partner in
                    if partner.figure > i { partners.append(partner.figure) }
                }
            }
            partners.sort()
            var previous = -1
            for j in partners where j != previous {
                previous = j
                if disagree(i, j), accepts(kind, i, j), !body(i, j) { return }
            }
        }
    }

    /// The number of conflicting pairs of each kind, without listing them.
    /// - Complexity: O(*m* log *m*) for figures with one reading each, plus the
    ///   ranges a one-of set's readings meet.
    func counts() -> Counts {
        var total = 0
        for group in members {
            if Interruption.isRequested { break }
            total += sweep(group.filter { readings($0) == 1 })
            total += pairsWithSets(group)
        }
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
            pairs += openHighs.count(below: Self.firstIndex(in: sortedHighs, notBelow: lo[k]))
            pairs += open - openLows.count(below: Self.firstIndex(in: sortedLows, above: hi[k]))
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
            for i in mates { pairs += Self.firstIndex(in: highs, notBelow: low[i]) }
        }
        return pairs
    }

    /// A figure as the overlap index keeps it: what a pair needs, beside its range.
    private struct Partner {
        var figure: Int
        var low: Double
        var high: Double
        /// The figure has several readings (a one-of set).
        var isSet: Bool
    }

    private struct MetricUnit: Hashable {
        var metric: String
        var unit: String
    }

    private struct SpanKey: Hashable {
        var group: Int
        var lower: Int
        var upper: Int
    }

    /// The first index whose value is at least `value` (all before it are below).
    private static func firstIndex(in values: [Double], notBelow value: Double) -> Int {
        var (lo, hi) = (0, values.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The first index whose value is above `value` (all before it are at most `value`).
    private static func firstIndex(in values: [Double], above value: Double) -> Int {
        var (lo, hi) = (0, values.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] <= value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
