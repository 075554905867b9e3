import TimelineCore

/// Draws `timeline`: the events on a date axis, a legend of kinds and marks.
///
/// Plain text is complete: kinds are letters, vagueness is a shape, compressed
/// stretches are `≈` with the skipped days written out. `width` is the
/// terminal's columns, or nil when piped (then 80, so output is stable); no
/// line is longer than the width.
struct TimelineRenderer {
    static let defaultWidth = 80
    static let minimumWidth = 30

    var width: Int?

    func render(_ view: TimelineView) -> String {
        guard !view.items.isEmpty else { return "no events match\n" }
        let width = max(Self.minimumWidth, self.width ?? Self.defaultWidth)
        let layout = TimelineLayout(view, width: width)
        var lines = layout.rows.map { String($0) }
        lines += axisLines(layout.columns, view: view)
        for gap in view.axis.gaps {
            lines.append(
                "≈ skips \(gap.first) … \(gap.last) (\(DateAxis.duration(days: gap.days)) with no event starting or ending)"
            )
        }
        lines.append("")
        lines += Self.legend("kinds:", view.kinds.map { "\($0.letter) \($0.kind)" }, width: width)
        let numbers = TimelineLayout.sourceNumbers(view).sorted { $0.value < $1.value }
        lines += Self.legend("sources:", numbers.map { "\($0.value) \($0.key)" }, width: width)
        lines += Self.legend(
            "marks:", Self.markLegend.filter { layout.used.contains($0.key) }.map(\.text), width: width)
        let noun = view.items.count == 1 ? "event" : "events"
        lines += TextWrap.lines("(\(view.items.count) \(noun); 'show ID' for one)", width: width)
        return lines.map { Self.fit(Self.trimmed($0), width) + "\n" }.joined()
    }

    private static let markLegend: [(key: String, text: String)] = [
        ("●", "● a day"), ("○", "○ a vague day"), ("[=]", "[==] a vague period"), ("├┤", "├──┤ from … to"),
        ("◀▶", "◀ ▶ open end"), ("◆┄◆", "◆┄◆ one of these days"),
    ]

    /// The rule with ticks on the key days, and the dates under it.
    private func axisLines(_ columns: AxisColumns, view: TimelineView) -> [String] {
        let width = columns.width
        guard !view.axis.segments.isEmpty else { return [String(repeating: "─", count: width), "(no dated ends)"] }
        var rule = Array(repeating: Character(" "), count: width)
        for (index, segment) in view.axis.segments.enumerated() {
            let lo = columns.columns(of: segment.first).lowerBound
            let hi = columns.columns(of: segment.last).upperBound
            for column in lo...hi where column < width { rule[column] = "─" }
            if index < view.axis.gaps.count {
                let middle = columns.breakRange(index).lowerBound + 1
                if middle < width { rule[middle] = "≈" }
            }
        }
        var labels = Array(repeating: Character(" "), count: width)
        var free = 0
        var lastYear: Int?
        var lastSegment = -1
        for day in view.axis.keyDays {
            let center = columns.center(of: day)
            if center < width { rule[center] = "┬" }
            let segment = view.axis.segments.firstIndex { $0.first <= day && day <= $0.last } ?? 0
            let full = day.description
            let short = String(full.dropFirst(5))
            let text = (lastYear == day.year && segment == lastSegment) ? short : full
            let start = min(center, width - text.count)
            guard start >= free else { continue }
            for (offset, character) in text.enumerated() { labels[start + offset] = character }
            free = start + text.count + 1
            lastYear = day.year
            lastSegment = segment
        }
        return [String(rule), String(labels)]
    }

    /// `title` and the entries, two spaces apart, wrapped between entries.
    static func legend(_ title: String, _ entries: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = title
        for entry in entries {
            if line.count + 2 + entry.count > width, line != title {
                lines.append(line)
                line = String(repeating: " ", count: title.count)
            }
            line += (line.allSatisfy { $0 == " " } ? " " : line == title ? " " : "  ") + entry
        }
        return lines + [line]
    }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    private static func fit(_ line: String, _ width: Int) -> String {
        line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }

    /// The view as data; see docs/pictures.md.
    static func json(_ view: TimelineView) -> JSON {
        func day(_ day: Day?) -> JSON { day.map { .string($0.description) } ?? .null }
        return [
            "command": "timeline", "query": .string(view.query),
            "segments": .array(
                view.axis.segments.map { ["first": day($0.first), "last": day($0.last), "days": .int($0.days)] }),
            "gaps": .array(
                view.axis.gaps.map { ["first": day($0.first), "last": day($0.last), "days": .int($0.days)] }),
            "kinds": .array(view.kinds.map { ["letter": .string(String($0.letter)), "kind": .string($0.kind)] }),
            "events": .array(
                view.items.map { item in
                    [
                        "id": .string(item.id), "title": .string(item.title), "kind": .string(item.kind),
                        "letter": .string(String(item.letter)), "date": .string(item.date.edtf),
                        "display": .string(item.date.display), "shape": .string(item.shape.rawValue),
                        "earliest": day(item.date.earliest), "latest": day(item.date.latest),
                        "ranges": .array(item.ranges.map { ["first": day($0.lower), "last": day($0.upper)] }),
                        "sources": .array(item.sources.map { .string($0) }), "lane": .int(item.lane),
                    ]
                }),
        ]
    }
}
