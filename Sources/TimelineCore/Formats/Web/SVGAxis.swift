/// The date axis of the SVG picture: ``DateAxis``'s segments (the same
/// compression of long quiet stretches as the terminal picture), laid out left
/// to right in pixels, each break a fixed width. Each drawn segment gets a
/// minimum width and a share of the rest in proportion to its days.
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

    static let breakWidth = 36.0
    static let minimumSegmentWidth = 28.0

    let left: Double
    let right: Double
    private(set) var segments: [Segment] = []
    private(set) var gaps: [Gap] = []

    init(keyDays: [Day], left: Double, right: Double) {
        self.left = left
        self.right = right
        let spans = DateAxis(keyDays: keyDays).segments.map { ($0.first, $0.last) }
        guard !spans.isEmpty else { return }
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
}
