/// The days a picture draws: the span from the first to the last dated end,
/// cut into segments where a long quiet stretch is compressed. The terminal
/// picture and the SVG export both lay out on it, so they compress alike.
///
/// A stretch between two consecutive *key days* (days on which some drawn
/// range starts or ends) is compressed when it is longer than
/// ``minimumGapDays`` and longer than ``gapShare`` (half) of what would still be
/// drawn. The rule is applied to the longest stretch first, then again to
/// what is left, so a 1990s event and a cluster of 2025 events give two
/// segments, while events spread evenly over years, or all within a week,
/// give one.
///
/// ```swift
/// let axis = DateAxis(keyDays: [day("1990-01-01"), day("2025-01-20"), day("2025-02-05")])
/// axis.segments.count  // 2
/// axis.gaps[0].first   // 1990-01-02
/// ```
/// - Complexity: O(k log k) for k key days (each compression step is linear in the gaps).
public struct DateAxis: Hashable, Sendable {
    /// A stretch of days drawn at a linear scale.
    public struct Segment: Hashable, Sendable {
        public var first: Day
        public var last: Day
        public var days: Int { last.ordinal - first.ordinal + 1 }
    }

    /// Days left out between two segments; drawn as a `≈` break.
    public struct Gap: Hashable, Sendable {
        public var first: Day
        public var last: Day
        public var days: Int { last.ordinal - first.ordinal + 1 }
    }

    /// No stretch shorter than this is compressed: a month is never cut.
    static let minimumGapDays = 30
    /// A stretch must take more than this share of the drawn days to be compressed.
    static let gapShare = 0.5

    /// In date order; empty when nothing has a dated end.
    public var segments: [Segment]
    /// `gaps[i]` lies between `segments[i]` and `segments[i + 1]`.
    public var gaps: [Gap]
    /// The distinct key days, in order.
    public var keyDays: [Day]

    public init(keyDays: [Day]) {
        let days = Array(Set(keyDays)).sorted()
        self.keyDays = days
        guard let first = days.first, let last = days.last else {
            segments = []
            gaps = []
            return
        }
        var cut = Set<Int>()  // index i: the stretch after days[i] is compressed
        var drawn = last.ordinal - first.ordinal + 1
        while true {
            let open = days.indices.dropLast().filter { !cut.contains($0) }
            guard let longest = open.max(by: { Self.quiet(days, $0) < Self.quiet(days, $1) }) else { break }
            let quiet = Self.quiet(days, longest)
            guard quiet > Self.minimumGapDays, Double(quiet) > Self.gapShare * Double(drawn) else { break }
            cut.insert(longest)
            drawn -= quiet
        }
        var segments: [Segment] = []
        var gaps: [Gap] = []
        var start = first
        for index in days.indices.dropLast() where cut.contains(index) {
            segments.append(Segment(first: start, last: days[index]))
            gaps.append(Gap(first: days[index].adding(days: 1), last: days[index + 1].adding(days: -1)))
            start = days[index + 1]
        }
        segments.append(Segment(first: start, last: last))
        self.segments = segments
        self.gaps = gaps
    }

    /// Days strictly between `days[index]` and the next key day.
    private static func quiet(_ days: [Day], _ index: Int) -> Int {
        days[index + 1].ordinal - days[index].ordinal - 1
    }

    /// "12 days", "4 months", "35 years": the length of a gap for people.
    public static func duration(days: Int) -> String {
        switch days {
        case ..<60: return days == 1 ? "1 day" : "\(days) days"
        case ..<730: return "\(days / 30) months"
        default: return "\(Int((Double(days) / 365.2425).rounded())) years"
        }
    }
}
