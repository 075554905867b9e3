/// Each event's date as queries and counts read it, by position: its bounds
/// (``DateKey``, 24 bytes an event, read in order), and for the few one-of
/// sets their members' day ranges, kept apart in one flat table.
///
/// Counting a million events by month reads the column, not the events: a set's
/// members were read from its date, a cache miss and a retain of the date's
/// box at each of tens of thousands of sets, which was most of the count.
struct DateColumn: Sendable, Equatable {
    /// Every event's bounds, by position.
    private(set) var keys: [DateKey] = []
    /// The positions of the one-of sets, ascending.
    private var setPositions: [Int] = []
    /// Where each set's members start in `memberRanges` (one more entry than sets: the end).
    private var setStarts: [Int] = [0]
    private var memberRanges: [DayRange] = []

    init() {}

    mutating func reserveCapacity(_ count: Int) { keys.reserveCapacity(count) }

    /// Adds the date of the event at the next position; returns its key.
    @discardableResult
    mutating func append(_ date: FuzzyDate) -> DateKey {
        let key = DateKey(date)
        if key.isSet, let members = date.memberRanges {
            setPositions.append(keys.count)
            memberRanges += members
            setStarts.append(memberRanges.count)
        }
        keys.append(key)
        return key
    }

    /// The members' day ranges of the one-of set at `position`; nil when it holds no set.
    /// - Complexity: O(log *s*) for *s* sets.
    func members(at position: Int) -> ArraySlice<DayRange>? {
        var cursor = setPositions.firstIndex(notBelow: position)
        return members(at: position, from: &cursor)
    }

    /// The same, looking no further back than `cursor` (a set's number), which it moves to
    /// the set at or after `position`: a walk through positions in ascending order reads
    /// each set once, in step, instead of searching for it (the next set is mostly the
    /// next one asked about: one comparison).
    func members(at position: Int, from cursor: inout Int) -> ArraySlice<DayRange>? {
        cursor = setPositions.firstIndex(notBelow: position, gallopingFrom: cursor)
        guard cursor < setPositions.count, setPositions[cursor] == position else { return nil }
        return memberRanges[setStarts[cursor]..<setStarts[cursor + 1]]
    }
}
