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
/// reaches a later one and is not kept at all. Events with an open or unknown
/// start or end, or spanning more than a decade, are in a class of their own,
/// always looked at.
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

        /// The positions of members `range` whose latest day is at least `day`, appended to
        /// `out`, and those of one-of sets among them to `sets`.
        func reaching(_ day: Int, among range: Range<Int>, into out: inout [Int], sets: inout [Int]) {
            latest.withUnsafeBufferPointer { latest in
                positions.withUnsafeBufferPointer { positions in
                    for i in range where latest[i] >= day {
                        out.append(positions[i])
                        if isSet[i] { sets.append(positions[i]) }
                    }
                }
            }
        }

        /// The first member starting on or after `day`.
        func firstIndex(startingOnOrAfter day: Int) -> Int {
            var (lo, hi) = (0, earliest.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                if earliest[mid] < day { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }

    private var classes = Array(repeating: Members(), count: classSpans.count)
    /// Events with an open or unknown end or start, or spanning more than a decade.
    private var unbounded = Members()

    init() {}

    /// Adds the event at `position`, whose date's bounds are the ordinals `lower...upper`
    /// (``DateKey``: `Int.min`/`Int.max` for an open or unknown end) and which may be a
    /// one-of set; positions come in ascending order of earliest day.
    mutating func add(lower: Int, upper: Int, isSet: Bool = false, at position: Int) {
        guard lower != Int.min, upper != Int.max else {
            return unbounded.append(lower: lower, upper: upper, isSet: isSet, at: position)
        }
        let span = upper - lower
        guard span > 0 else { return }  // a single day reaches no later day
        guard let place = Self.classSpans.firstIndex(where: { span <= $0 }) else {
            return unbounded.append(lower: lower, upper: upper, isSet: isSet, at: position)
        }
        classes[place].append(lower: lower, upper: upper, isSet: isSet, at: position)
    }

    /// Ascending positions of every event that starts before `day` (or has an open or
    /// unknown start) and whose latest day is on or after it (or open or unknown); and
    /// those of the one-of sets among them, whose members may still all miss `day`.
    /// - Complexity: O(log *n* + *c*) for *c* events of the classes that start close
    ///   enough before `day` to reach it (and every unbounded one that starts before it).
    func reaching(_ day: Day) -> (positions: [Int], sets: [Int]) {
        let day = day.ordinal
        var lists: [[Int]] = []
        var sets: [[Int]] = []
        for place in classes.indices + [classes.count] {
            let members = place < classes.count ? classes[place] : unbounded
            let from =
                place < classes.count ? members.firstIndex(startingOnOrAfter: day - Self.classSpans[place]) : 0
            var found: [Int] = []
            var foundSets: [Int] = []
            members.reaching(
                day, among: from..<members.firstIndex(startingOnOrAfter: day), into: &found, sets: &foundSets)
            lists.append(found)
            sets.append(foundSets)
        }
        return (Self.merge(lists), Self.merge(sets))
    }

    /// The elements of ascending lists with none in common, ascending; the shortest
    /// merged first, which copies least.
    private static func merge(_ lists: [[Int]]) -> [Int] {
        let lists = lists.sorted { $0.count < $1.count }
        return lists.dropFirst().reduce(lists.first ?? []) { merge($0, $1) }
    }

    /// The elements of two ascending lists with none in common, ascending.
    static func merge(_ a: [Int], _ b: [Int]) -> [Int] {
        guard !a.isEmpty else { return b }
        guard !b.isEmpty else { return a }
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                out.append(a[i])
                i += 1
            } else {
                out.append(b[j])
                j += 1
            }
        }
        out += a[i...]
        out += b[j...]
        return out
    }
}

extension DateSpanIndex: Equatable {}
