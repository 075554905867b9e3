import TimelineCore

/// Lays a ``TimelineView`` out on `width` columns: each event's mark, its
/// label (`K id [1,3]`: kind letter, id, and the numbers of its sources in the
/// legend) beside it, and the lanes they share.
///
/// A label goes right of its mark when it fits, else left of it, else inside
/// a long span, else cut with `…` where there is most room. Events are placed
/// in date order in the first lane where mark and label touch nothing.
/// - Complexity: O(n · l) lanes tried for n events, each check O(events in lane).
struct TimelineLayout {
    let columns: AxisColumns
    let width: Int
    /// The drawn rows, top first, each exactly `width` characters.
    private(set) var rows: [[Character]] = []
    /// The lane of each item, in the view's order.
    private(set) var lanes: [Int] = []
    /// The mark shapes used, for the legend.
    private(set) var used: Set<String> = []

    init(_ view: TimelineView, width: Int) {
        self.width = width
        columns = AxisColumns(view.axis, width: width)
        let numbers = Self.sourceNumbers(view)
        var occupied: [[ClosedRange<Int>]] = []
        for item in view.items {
            var (cells, lo, hi) = mark(item)
            let cited = item.sources.compactMap { numbers[$0] }.sorted().map(String.init)
            let short = "\(item.letter) \(item.id)"
            let label = short + (cited.isEmpty ? "" : " [" + cited.joined(separator: ",") + "]")
            // The source numbers go when keeping them would cut the id.
            var (start, text) = place(label, lo: lo, hi: hi)
            if text.hasSuffix("…") { (start, text) = place(short, lo: lo, hi: hi) }
            if start > lo, start + text.count <= hi {  // inside a span: clear a space either side
                cells[start - 1] = " "
                cells[start + text.count] = " "
            }
            for (offset, character) in text.enumerated() { cells[start + offset] = character }
            let extent = min(lo, start)...max(hi, start + text.count - 1)
            let padded = (extent.lowerBound - 1)...(extent.upperBound + 1)
            let lane =
                occupied.firstIndex { taken in !taken.contains { $0.overlaps(padded) } } ?? occupied.count
            if lane == occupied.count {
                occupied.append([])
                rows.append(Array(repeating: " ", count: width))
            }
            occupied[lane].append(extent)
            for (column, character) in cells where (0..<width).contains(column) { rows[lane][column] = character }
            lanes.append(lane)
        }
    }

    /// The cells of an item's mark and its first and last column.
    private mutating func mark(_ item: TimelineView.Item) -> (cells: [Int: Character], lo: Int, hi: Int) {
        var cells: [Int: Character] = [:]
        func line(_ a: Int, _ b: Int, _ fill: Character) {
            guard a <= b else { return }
            for column in a...b { cells[column] = columns.isBreakMiddle(column) ? "≈" : fill }
        }
        func vague(_ range: DayRange, single: Character) -> (Int, Int) {
            let lo = range.lower.map { columns.columns(of: $0).lowerBound } ?? 0
            let hi = range.upper.map { columns.columns(of: $0).upperBound } ?? width - 1
            if hi - lo < 2 || range.count == 1 {
                let center = range.lower.map { columns.center(of: $0) } ?? lo
                cells[center] = single
                used.insert(String(single))
                return (center, center)
            }
            line(lo, hi, "=")
            cells[lo] = range.lower == nil ? "◀" : "["
            cells[hi] = range.upper == nil ? "▶" : "]"
            used.insert("[=]")
            if range.lower == nil || range.upper == nil { used.insert("◀▶") }
            return (lo, hi)
        }
        let ranges = item.ranges
        let whole = DayRange(lower: ranges.first?.lower, upper: ranges.last?.upper)
        switch item.shape {
        case .day:
            let (lo, hi) = vague(whole, single: "●")
            return (cells, lo, hi)
        case .vague:
            let (lo, hi) = vague(whole, single: "○")
            return (cells, lo, hi)
        case .span:
            let lo = whole.lower.map { columns.columns(of: $0).lowerBound } ?? 0
            let hi = whole.upper.map { columns.columns(of: $0).upperBound } ?? width - 1
            line(lo, hi, "─")
            cells[lo] = whole.lower == nil ? "◀" : "├"
            cells[hi] = whole.upper == nil ? "▶" : "┤"
            if lo == hi { cells[lo] = "│" }
            used.insert("├┤")
            if whole.lower == nil || whole.upper == nil { used.insert("◀▶") }
            return (cells, lo, hi)
        case .oneOf:
            var first: Int?
            var previous: Int?
            for range in ranges {
                var member: [Int: Character] = [:]
                swap(&cells, &member)
                let (lo, hi) = vague(range, single: "◆")
                swap(&cells, &member)
                if let previous { line(previous + 1, lo - 1, "┄") }
                cells.merge(member) { _, new in new }
                first = first ?? lo
                previous = hi
            }
            used.insert("◆┄◆")
            return (cells, first ?? 0, previous ?? 0)
        }
    }

    /// Each cited source's number in the legend: 1, 2, … in id order.
    static func sourceNumbers(_ view: TimelineView) -> [String: Int] {
        let ids = Set(view.items.flatMap(\.sources)).sorted()
        return Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, $0.offset + 1) })
    }

    /// Where a label of a mark over `lo…hi` goes, and its text (cut when nothing fits).
    private func place(_ label: String, lo: Int, hi: Int) -> (start: Int, text: String) {
        let n = label.count
        if hi + 2 + n <= width { return (hi + 2, label) }
        if lo - 1 - n >= 0 { return (lo - 1 - n, label) }
        if hi - lo - 3 >= n {
            // Inside a span, after any break it crosses, so the ≈ stays visible.
            let breaks = columns.axis.gaps.indices.map { columns.breakRange($0).upperBound }
            let after = breaks.filter { $0 > lo && $0 + 2 + n <= hi - 1 }.max()
            return ((after ?? lo) + 2, label)
        }
        let right = width - (hi + 2)
        let left = lo - 2
        let inside = hi - lo - 3
        let room = max(right, left, inside, 2)
        let text = String(label.prefix(room - 1)) + "…"
        if room == right { return (hi + 2, text) }
        if room == left { return (0, text) }
        if room == inside { return (lo + 2, text) }
        return (max(0, min(hi + 2, width - room)), text)
    }
}
