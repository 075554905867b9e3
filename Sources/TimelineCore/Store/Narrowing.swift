/// One thing that narrows a query before any event is matched: a set of
/// positions that holds every match, known from an index.
///
/// `select` draws its candidates from the smallest narrowing and keeps those
/// every other one holds, each tested the cheapest way its form allows.
enum Narrowing {
    /// Ascending positions: the events with an id, or with a free text.
    case list([Int])
    /// The events carrying a label.
    case posting(PostingList)
    /// The events that may overlap a range of days: those that start before it
    /// and reach it (all before `window`, in lists merged only when walked or
    /// tested), then those starting in it.
    case dated(reaching: ReachingEvents, window: Range<Int>)

    /// How many positions it holds.
    var count: Int {
        switch self {
        case .list(let positions): positions.count
        case .posting(let list): list.count
        case .dated(let reaching, let window): reaching.count + window.count
        }
    }

    /// Calls `body` with each position below `end`, ascending.
    func forEach(below end: Int, _ body: (Int) -> Void) {
        switch self {
        case .list(let positions):
            for position in positions {
                guard position < end else { return }
                body(position)
            }
        case .posting(let list): list.forEach(in: 0..<end, body)
        case .dated(let reaching, let window):
            for position in reaching.positions {
                guard position < end else { return }
                body(position)
            }
            let stop = min(window.upperBound, end)
            if window.lowerBound < stop { for position in window.lowerBound..<stop { body(position) } }
        }
    }

    /// A test of membership for ascending positions.
    var membership: Membership { Membership(self) }

    /// Tests positions, asked in ascending order, for membership of a narrowing: a
    /// bitmap or a window by arithmetic, a list by a cursor that only moves forward
    /// (galloping, so a sparse walk through a long list skips most of it).
    struct Membership {
        private let narrowing: Narrowing
        /// A dated narrowing's reaching events, merged.
        private let reaching: [Int]
        private var cursor = 0

        init(_ narrowing: Narrowing) {
            self.narrowing = narrowing
            if case .dated(let reaching, _) = narrowing { self.reaching = reaching.positions } else { reaching = [] }
        }

        /// Whether `position` is held; each call's position above the last one's.
        mutating func contains(_ position: Int) -> Bool {
            switch narrowing {
            case .posting(let list): return list.contains(position)
            case .list(let positions): return Self.advance(&cursor, in: positions, to: position)
            case .dated(_, let window):
                return window.contains(position) || Self.advance(&cursor, in: reaching, to: position)
            }
        }

        /// Moves `cursor` to the first element of `values` not below `value` and tells
        /// whether that element is `value`.
        private static func advance(_ cursor: inout Int, in values: [Int], to value: Int) -> Bool {
            cursor = values.firstIndex(notBelow: value, gallopingFrom: cursor)
            return cursor < values.count && values[cursor] == value
        }
    }
}
