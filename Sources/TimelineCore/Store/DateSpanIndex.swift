/// Finds the events that start before a day and reach it, without looking at
/// the others: with the events that start inside a range (one run of
/// positions, since events are kept in order of their earliest day), they
/// are every event that may overlap the range, in O(log *n* + *k*).
///
/// An event starting before a day reaches it only if its date spans long
/// enough; so events are put in classes by how many days their date spans (up
/// to a month, a year, a decade), and in a class whose spans are at most *d*
/// days only the events starting at most *d* days before the day are looked
/// at, by their latest day, kept beside them. An event of a single day never
/// reaches a later one and is not kept at all. An event with an open or unknown
/// end reaches every day after its start: those starting before the day are
/// taken as one run. Events with an open or unknown start (and a known end),
/// or spanning more than a decade, are in a class of their own, always looked
/// at.
///
/// The result is by bounds: a one-of set's members are left to the matcher,
/// and the sets among the events are named apart for it.
struct DateSpanIndex: Sendable {
    /// The longest span, in days, of each bounded class.
    static let classSpans = [31, 366, 3_660]

    /// The members of one class, in order of earliest day (and so of position).
    private struct Members: Sendable, Equatable {
        var earliest: [Int] = []
        var latest: [Int] = []
        var positions: [Int] = []
        /// Whether each is a one-of set.
        var isSet: [Bool] = []

        mutating func append(lower: Int, upper: Int, isSet: Bool, at position: Int) {
            earliest.append(lower)
            latest.append(upper)
            positions.append(position)
            self.isSet.append(isSet)
        }

        /// The positions of members `range` whose latest day is at least `day` (all of them
        /// when `checked` is false), and those of the one-of sets among them to `sets`.
        func reaching(_ day: Int, among range: Range<Int>, checked: Bool = true, sets: inout [Int])
            -> ArraySlice<Int>
        {
            guard checked else {
                for i in range where isSet[i] { sets.append(positions[i]) }
                return positions[range]  // (shares the list's storage: nothing copied)
            }
            // Written through a pointer into room for the whole range: appending checked
            // the array's uniqueness at each of thousands of positions.
            return [Int](unsafeUninitializedCapacity: range.count) { out, kept in
                kept = 0
                latest.withUnsafeBufferPointer { latest in
                    positions.withUnsafeBufferPointer { positions in
                        for i in range where latest[i] >= day {
                            out[kept] = positions[i]
                            kept += 1
                            if isSet[i] { sets.append(positions[i]) }
                        }
                    }
                }
            }[...]
        }

        /// The first member starting on or after `day`.
        func firstIndex(startingOnOrAfter day: Int) -> Int {
            earliest.firstIndex(notBelow: day)
        }
    }

    private var classes = Array(repeating: Members(), count: classSpans.count)
    /// Events with an open or unknown end: each reaches every day after its start.
    private var openEnded = Members()
    /// Events with an open or unknown start (and a known end), or spanning more than a decade.
    private var unbounded = Members()

    init() {}

    /// Adds the event at `position`, whose date's bounds are the ordinals `lower...upper`
    /// (``DateKey``: `Int.min`/`Int.max` for an open or unknown end) and which may be a
    /// one-of set; positions come in ascending order of earliest day.
    mutating func add(lower: Int, upper: Int, isSet: Bool = false, at position: Int) {
        guard upper != Int.max else { return openEnded.append(lower: lower, upper: upper, isSet: isSet, at: position) }
        guard lower != Int.min else { return unbounded.append(lower: lower, upper: upper, isSet: isSet, at: position) }
        let span = upper - lower
        guard span > 0 else { return }  // a single day reaches no later day
        guard let place = Self.classSpans.firstIndex(where: { span <= $0 }) else {
            return unbounded.append(lower: lower, upper: upper, isSet: isSet, at: position)
        }
        classes[place].append(lower: lower, upper: upper, isSet: isSet, at: position)
    }

    /// Every event that starts before `day` (or has an open or unknown start) and whose
    /// latest day is on or after it (or open or unknown), and the one-of sets among them,
    /// whose members may still all miss `day`.
    /// - Complexity: O(log *n* + *c*) for *c* events of the classes that start close
    ///   enough before `day` to reach it (and every unbounded one that starts before it).
    func reaching(_ day: Day) -> ReachingEvents {
        let day = day.ordinal
        var lists: [ArraySlice<Int>] = []
        var sets: [Int] = []
        for (place, members) in classes.enumerated() {
            let from = members.firstIndex(startingOnOrAfter: day - Self.classSpans[place])
            let to = members.firstIndex(startingOnOrAfter: day)
            lists.append(members.reaching(day, among: from..<to, sets: &sets))
        }
        lists.append(unbounded.reaching(day, among: 0..<unbounded.firstIndex(startingOnOrAfter: day), sets: &sets))
        // Every open-ended event that starts before the day reaches it: a run of the list.
        let open = 0..<openEnded.firstIndex(startingOnOrAfter: day)
        lists.append(openEnded.reaching(day, among: open, checked: false, sets: &sets))
        return ReachingEvents(lists: lists, sets: sets.sorted())
    }
}

extension DateSpanIndex: Equatable {}
