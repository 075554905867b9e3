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
///   their values lie (``RankSet``: a bit per rank and a Fenwick tree of blocks; the orders by ``RadixOrder``):
///   O(*m* log *m*);
/// - pairs with a one-of set (several readings): its partners of one bounded
///   period counted per distinct period (``PeriodValues``), open-ended ones by
///   how far they reach (``ReachCount``), other sets met through an
///   ``OverlapIndex`` of the sets' readings;
/// - the errors (both periods surely one span): figures of one certain span
///   counted together.
///
/// Its groups, values and days come from the input's plain facts
/// (``FigureFacts``). The pairs come out in the order of the figures, `(i, j)`
/// with `i < j`, as a check of every pair would meet them, through an overlap
/// index of every group's readings made on the first walk that needs it.
struct ConflictIndex: Sendable {
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

    let figures: FigureList
    let group: [Int]
    let event: [Int]
    let low: [Double]
    let high: [Double]
    /// The figure's readings, `rangeStart[i]..<rangeStart[i + 1]` in `lowers`/`uppers`.
    let rangeStart: [Int]
    let lowers: [Int]
    let uppers: [Int]
    /// Certain, with one reading: may be surely the same period as another.
    let pinned: [Bool]
    /// Each group's figures by the ranges of their readings, for walks through the unsure
    /// pairs: made on the first such walk (a report whose limit the errors fill needs none).
    private let walkIndexes = MadeOnce<[OverlapIndex<Int>]>()
    let members: [[Int]]
    /// Pinned figures of one group and one span, in order: the only pairs that may be sure.
    let spanMates: [[Int]]
    /// Each figure's list in `spanMates`, -1 when it is not pinned.
    let spanList: [Int]

    init(_ input: CheckInput) {
        let (figures, facts) = (input.figures, input.facts)
        self.figures = figures
        event = input.eventOfFigure
        var members = [[Int]](repeating: [], count: input.groups.count)
        var (rangeStart, lowers, uppers, pinned) = ([0], [Int](), [Int](), [Bool]())
        rangeStart.reserveCapacity(facts.count + 1)
        lowers.reserveCapacity(facts.count)
        uppers.reserveCapacity(facts.count)
        pinned.reserveCapacity(facts.count)
        let group = facts.map { Int($0.group) }
        let (low, high) = (facts.map(\.low), facts.map(\.high))
        for i in facts.indices {
            members[group[i]].append(i)
            if facts[i].isSet, let members = figures.period(i).memberRanges {  // a set's readings: its members
                for range in members {
                    lowers.append(range.lowerOrdinal)
                    uppers.append(range.upperOrdinal)
                }
            } else {
                lowers.append(facts[i].lower)
                uppers.append(facts[i].upper)
            }
            pinned.append(lowers.count - rangeStart[i] == 1 && facts[i].isCertain)
            rangeStart.append(lowers.count)
        }
        (self.group, self.members, self.low, self.high) = (group, members, low, high)
        (self.rangeStart, self.lowers, self.uppers, self.pinned) = (rangeStart, lowers, uppers, pinned)
        var listOf: [SpanKey: Int] = [:]
        listOf.reserveCapacity(figures.count / 4)
        var spanMates: [[Int]] = []
        var spanList = [Int](repeating: -1, count: figures.count)
        // Each group's last span and its list, looked at before the table: figures that take
        // their event's date come in order of span, so most follow one of their own span.
        var last = [(key: SpanKey, list: Int)?](repeating: nil, count: members.count)
        for i in figures.indices where pinned[i] {
            let key = SpanKey(group: group[i], lower: lowers[rangeStart[i]], upper: uppers[rangeStart[i]])
            if let last = last[group[i]], last.key == key {
                spanMates[last.list].append(i)
                spanList[i] = last.list
                continue
            }
            let list = listOf[key] ?? spanMates.count
            last[group[i]] = (key, list)
            if list == spanMates.count {
                listOf[key] = list
                spanMates.append([])
            }
            spanMates[list].append(i)
            spanList[i] = list
        }
        (self.spanMates, self.spanList) = (spanMates, spanList)
    }

    func readings(_ i: Int) -> Int { rangeStart[i + 1] - rangeStart[i] }

    func disagree(_ i: Int, _ j: Int) -> Bool { high[i] < low[j] || high[j] < low[i] }

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

    func sameReading(_ i: Int, _ j: Int) -> Bool {
        event[i] == event[j] && figures.period(i) == figures.period(j)
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
        let indexes = walkIndexes.value(overlapIndexes)
        var partners: [Int] = []
        for i in figures.indices {
            if Interruption.shouldStop(at: i) { return }
            partners.removeAll(keepingCapacity: true)
            for r in rangeStart[i]..<rangeStart[i + 1] {
                indexes[group[i]].forEach(overlapping: lowers[r], uppers[r]) { _, _, j in
                    if j > i { partners.append(j) }
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

    /// Each group's readings, with the figure each is of, by range.
    private func overlapIndexes() -> [OverlapIndex<Int>] {
        members.map { group in
            var ranges: [(lower: Int, upper: Int, item: Int)] = []
            ranges.reserveCapacity(group.count)
            for i in group {
                for r in rangeStart[i]..<rangeStart[i + 1] { ranges.append((lowers[r], uppers[r], i)) }
            }
            return OverlapIndex(ranges)
        }
    }

    private struct SpanKey: Hashable {
        var group: Int
        var lower: Int
        var upper: Int
    }
}
