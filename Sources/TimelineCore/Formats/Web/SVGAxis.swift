/// The date axis of the SVG picture: the days from the first to the last dated
/// end, laid out left to right in pixels, with long quiet stretches compressed
/// into a fixed-width break.
///
/// The compression rule is the terminal picture's (`DateAxis` in
/// TimelineCommands, which the core cannot import): between two consecutive
/// *key days* (days on which a drawn range starts or ends), a stretch is cut
/// when it is longer than 30 days and longer than half of what would still be
/// drawn, longest first, repeatedly. Each drawn segment then gets a minimum
/// width and a share of the rest in proportion to its days.
///
/// - Complexity: O(k log k + k · c) for k key days and c cuts.
struct SVGAxis {
    /// A stretch of days drawn at a linear scale, from `x0` (left edge of
    /// `first`) to `x1` (right edge of `last`).
    struct Segment: Hashable {
        var first: Day
        var last: Day
        var x0: Double
        var x1: Double
        var days: Int { last.ordinal - first.ordinal + 1 }
        var pixelsPerDay: Double { (x1 - x0) / Double(days) }
    }

    /// Days left out between two segments, drawn as a break from `x0` to `x1`.
    struct Gap: Hashable {
        var first: Day
        var last: Day
        var x0: Double
        var x1: Double
        var days: Int { last.ordinal - first.ordinal + 1 }
    }

    static let minimumGapDays = 30
    static let gapShare = 0.5
    static let breakWidth = 36.0
    static let minimumSegmentWidth = 28.0

    let left: Double
    let right: Double
    private(set) var segments: [Segment] = []
    private(set) var gaps: [Gap] = []

    init(keyDays: [Day], left: Double, right: Double) {
        self.left = left
        self.right = right
        let days = Array(Set(keyDays)).sorted()
        guard let first = days.first, let last = days.last else { return }
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
        var spans: [(Day, Day)] = []
        var start = first
        for index in days.indices.dropLast() where cut.contains(index) {
            spans.append((start, days[index]))
            start = days[index + 1]
        }
        spans.append((start, last))
        let width = right - left - Double(spans.count - 1) * Self.breakWidth
        let spare = max(0, width - Double(spans.count) * Self.minimumSegmentWidth)
        let total = Double(spans.reduce(0) { $0 + $1.1.ordinal - $1.0.ordinal + 1 })
        var x = left
        for (index, span) in spans.enumerated() {
            let days = Double(span.1.ordinal - span.0.ordinal + 1)
            let end = x + Self.minimumSegmentWidth + spare * days / total
            segments.append(Segment(first: span.0, last: span.1, x0: x, x1: end))
            x = end
            if index < spans.count - 1 {
                gaps.append(
                    Gap(
                        first: span.1.adding(days: 1), last: spans[index + 1].0.adding(days: -1), x0: x,
                        x1: x + Self.breakWidth))
                x += Self.breakWidth
            }
        }
    }

    /// Days strictly between `days[index]` and the next key day.
    private static func quiet(_ days: [Day], _ index: Int) -> Int {
        days[index + 1].ordinal - days[index].ordinal - 1
    }

    /// The left edge of `day`'s column; a day inside a break maps into the break.
    func start(of day: Day) -> Double {
        for segment in segments where day <= segment.last {
            if day < segment.first { break }
            return segment.x0 + Double(day.ordinal - segment.first.ordinal) * segment.pixelsPerDay
        }
        for gap in gaps where gap.first <= day && day <= gap.last {
            return gap.x0 + (gap.x1 - gap.x0) * Double(day.ordinal - gap.first.ordinal) / Double(gap.days)
        }
        return day < (segments.first?.first ?? day) ? left : right
    }

    /// The right edge of `day`'s column.
    func end(of day: Day) -> Double {
        if let segment = segments.first(where: { $0.first <= day && day <= $0.last }) {
            return start(of: day) + segment.pixelsPerDay
        }
        return start(of: day.adding(days: 1))
    }

    /// The middle of `day`'s column.
    func center(of day: Day) -> Double { (start(of: day) + end(of: day)) / 2 }

    /// "12 days", "4 months", "35 years": the length of a break for people.
    static func duration(days: Int) -> String {
        switch days {
        case ..<60: return days == 1 ? "1 day" : "\(days) days"
        case ..<730: return "\(days / 30) months"
        default: return "\(Int((Double(days) / 365.2425).rounded())) years"
        }
    }
}
