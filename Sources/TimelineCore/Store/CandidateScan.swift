/// The last stage of `select`: each candidate, in ascending order, tested against
/// the narrowings it was not drawn from, then matched by what is left of the
/// plan; the matches kept in order.
///
/// A range and tag query at a million events meets tens of thousands of
/// candidates, so the common tests are done inline: a bit of a common label's
/// bitmap, and a lone date term as two comparisons of the date column (a
/// one-of set excepted, whose members are read by the plan).
struct CandidateScan: ~Copyable {
    /// The common labels' bitmaps, intersected: one bit to test however many there are.
    private var bitmap: PositionBitmap?
    private var memberships: [Narrowing.Membership] = []
    /// Whether there are `memberships` (asking the array at each candidate was a call).
    private let hasMemberships: Bool
    private let plan: MatchPlan
    private let matcher: PlanMatcher
    private let check: Check
    /// The positions that passed, ascending.
    private var chosen: PositionBuffer

    /// What is left to check of the plan, when that can be done inline.
    private enum Check {
        case all
        case date(lower: Int, upper: Int, mode: MatchMode)
        case plan
    }

    /// A scan testing `tests` and then `plan` (by `matcher`), of at most `most` candidates.
    init(tests: [Narrowing], plan: MatchPlan, matcher: PlanMatcher, most: Int) {
        chosen = PositionBuffer(capacity: most)
        for test in tests {
            if case .posting(let list) = test, let other = list.bitmap {
                bitmap = bitmap.map { $0.intersection(other) } ?? other
            } else {
                memberships.append(test.membership)
            }
        }
        hasMemberships = !memberships.isEmpty
        self.plan = plan
        self.matcher = matcher
        switch plan {
        case .all: check = .all
        case .date(let lower, let upper, let mode, _): check = .date(lower: lower, upper: upper, mode: mode)
        default: check = .plan
        }
    }

    /// A bitmap to draw candidates from instead of testing them against it: it leaves
    /// the tests, so take it only for candidates not yet considered.
    mutating func takeBitmap() -> PositionBitmap? {
        defer { bitmap = nil }
        return bitmap
    }

    /// What the events that may overlap `lower...upper` (ordinals; `Int.max` for an open
    /// end) hold of the plan when all that is left of it is a date term over that very range:
    /// read *possibly*, every such event overlaps it (its bounds do: a one-of set's members
    /// may not); read *certainly*, none that starts before the range is inside it.
    func dateTerm(overlapping lower: Int, _ upper: Int) -> (holds: Bool, failsBefore: Bool) {
        guard case .date(lower, upper, let mode) = check else { return (false, false) }
        return (mode == .possibly, mode == .certainly)
    }

    /// Whether a candidate that a bitmap holds passes with no test of its own: there is no
    /// other narrowing, and nothing of the plan is left to check (or only the date term,
    /// known to hold when `checkingDate` is false).
    private func passesOnTheBit(checkingDate: Bool) -> Bool {
        guard !hasMemberships else { return false }
        switch check {
        case .all: return true
        case .date: return !checkingDate
        case .plan: return false
        }
    }

    /// Considers the events that start before a range and reach it (`reaching`) up to
    /// `end`; the one-of sets among them always have their date checked, the others only
    /// when `checkingDate`. When the bitmap's bit is all that is left to test, the bitmap's
    /// members among them are found list by list (``ReachingEvents/positions(heldBy:)``) and
    /// the runs between the sets kept whole: through ``consider(_:_:checkingDate:)``, the
    /// scan's state was read from memory at each of thousands of positions.
    mutating func considerReaching(
        _ reaching: ReachingEvents, below end: Int, _ keys: UnsafeBufferPointer<DateKey>, checkingDate: Bool
    ) {
        guard passesOnTheBit(checkingDate: checkingDate) else {
            let positions = reaching.positions
            var sets = reaching.sets[...]
            for position in positions[..<positions.firstIndex(notBelow: end)] {
                let isSet = sets.first == position
                if isSet { sets = sets.dropFirst() }
                consider(position, keys, checkingDate: checkingDate || isSet)
            }
            return
        }
        // Only the bitmap's members are kept: each list filtered on it before the merge.
        let held = bitmap.map { reaching.positions(heldBy: $0) } ?? reaching.positions
        let stop = held.firstIndex(notBelow: end)
        var from = 0
        for set in reaching.sets {
            let at = held.firstIndex(notBelow: set, gallopingFrom: from)
            guard at < stop else { break }
            guard held[at] == set else { continue }  // (a set the bitmap does not hold)
            chosen.append(held[from..<at], heldBy: nil)
            consider(set, keys, checkingDate: true)
            from = at + 1
        }
        if from < stop { chosen.append(held[from..<stop], heldBy: nil) }
    }

    /// Considers the members of `bitmap` (taken with ``takeBitmap()``) in `range`; when they
    /// pass on the bit alone, they are kept in a tight loop.
    mutating func considerMembers(
        of bitmap: PositionBitmap, in range: Range<Int>, _ keys: UnsafeBufferPointer<DateKey>, checkingDate: Bool
    ) {
        guard self.bitmap == nil, passesOnTheBit(checkingDate: checkingDate) else {
            var members = bitmap.members(in: range)
            while let position = members.next() { consider(position, keys, checkingDate: checkingDate) }
            return
        }
        chosen.append(membersOf: bitmap, in: range)
    }

    /// Keeps `position` if it passes; `keys` is the store's date column. With `checkingDate`
    /// false, the date term (when it is all that is left of the plan) is known to hold, and the
    /// event's date is not read: for events scattered over the store, reading it was a cache
    /// miss each.
    @inline(__always)
    mutating func consider(_ position: Int, _ keys: UnsafeBufferPointer<DateKey>, checkingDate: Bool = true) {
        if let bitmap, !bitmap.contains(position) { return }
        // Checked first: otherwise making the array unique for the loop below (hoisted out of
        // it) copied the shared empty array at every candidate.
        if hasMemberships {
            for i in memberships.indices where !memberships[i].contains(position) { return }
        }
        switch check {
        case .all: break
        case .date where !checkingDate: break
        case .date(let lower, let upper, let mode):
            let key = keys[position]
            if key.isSet {
                guard matcher.matches(plan, at: position) else { return }
            } else {
                guard key.meets(lower: lower, upper: upper, mode: mode) else { return }
            }
        case .plan:
            guard matcher.matches(plan, at: position) else { return }
        }
        chosen.append(position)
    }

    /// The positions that passed, ascending.
    consuming func positions() -> [Int] {
        chosen.positions()
    }
}
