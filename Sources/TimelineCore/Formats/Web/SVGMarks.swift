/// The mark and label of one event in the SVG picture (see ``SVGExporter``
/// for what each mark means).
enum SVGMarks {
    typealias Markup = (markup: String, lo: Double, hi: Double)

    /// A `<g>` with the event's tooltip, mark and label, centred on row `cy`.
    static func event(_ event: Event, cy: Double, axis: SVGAxis, kinds: SVGKinds, in slice: Timeline) -> String {
        let colour = kinds.colour(event.kind)
        let (markup, lo, hi) = mark(event.date, cy: cy, axis: axis, colour: colour)
        var out = "<g id=\"\(XMLEscaping.escape("event-" + event.id))\" class=\"event\">\n"
        out += "<title>\(XMLEscaping.escape(tooltip(event, in: slice)))</title>\n"
        out += markup
        out += label(event, letter: kinds.letter(event.kind), colour: colour, cy: cy, lo: lo, hi: hi, axis: axis)
        out += "</g>\n"
        return out
    }

    /// `Title` / `date as displayed` / `kind: tally; sources: ICE, via …`.
    static func tooltip(_ event: Event, in slice: Timeline) -> String {
        var lines = [event.title, event.date.display]
        if let open = WebText.openEnds(event.date) { lines.append(open) }
        lines.append("kind: \(event.kind)")
        let credits = event.citedSources.map { WebText.credit($0, in: slice) }
        if !credits.isEmpty { lines.append("sources: " + credits.joined(separator: "; ")) }
        return lines.joined(separator: "\n")
    }

    static func mark(_ date: FuzzyDate, cy: Double, axis: SVGAxis, colour: String) -> Markup {
        if case .oneOf = date.shape {
            var out = ""
            var first: Double?
            var previous: Double?
            for range in date.possibleRanges {
                let member = vague(range, cy: cy, axis: axis, colour: colour, single: .diamond)
                if let previous {
                    out += SVGExporter.line(
                        previous + 2, cy, member.lo - 2, cy,
                        extra: " stroke=\"\(colour)\" stroke-width=\"1.5\" stroke-dasharray=\"3 3\"")
                }
                out += member.markup
                first = first ?? member.lo
                previous = member.hi
            }
            return (out, first ?? axis.left, previous ?? axis.left)
        }
        let range = date.bounds
        guard range.lower != nil, range.upper != nil else { return open(range, cy: cy, axis: axis, colour: colour) }
        if date.precision == .interval {
            let (lo, hi) = span(range, axis: axis)
            if hi - lo >= 6 {
                let dash = date.isUncertain || date.isApproximate ? " stroke-dasharray=\"3 2\"" : ""
                let rect = SVGExporter.rect(
                    lo, cy - 4, hi - lo, 8, extra: " fill=\"\(colour)\" stroke=\"\(colour)\"\(dash) rx=\"2\"")
                return (rect, lo, hi)
            }
        }
        return vague(range, cy: cy, axis: axis, colour: colour, single: date.isExact ? .dot : .ring)
    }

    enum Single { case dot, ring, diamond }

    /// A bounded range: a point when it is one day or too narrow to see, else a pale dashed bar.
    static func vague(_ range: DayRange, cy: Double, axis: SVGAxis, colour: String, single: Single) -> Markup {
        let (lo, hi) = span(range, axis: axis)
        if range.count == 1 || hi - lo < 6 {
            let cx = (lo + hi) / 2
            return (point(cx, cy, colour: colour, style: range.count == 1 ? single : .ring), cx - 6, cx + 6)
        }
        let bar = SVGExporter.rect(
            lo, cy - 5, hi - lo, 10,
            extra: " fill=\"\(colour)\" fill-opacity=\"0.25\" stroke=\"\(colour)\" stroke-dasharray=\"3 2\" rx=\"2\"")
        return (bar, lo, hi)
    }

    /// A range with an open or unknown end: a pale bar to the edge, with an arrow there.
    static func open(_ range: DayRange, cy: Double, axis: SVGAxis, colour: String) -> Markup {
        let lo = range.lower.map(axis.start(of:)) ?? axis.left
        let hi = range.upper.map(axis.end(of:)) ?? axis.right
        var out = SVGExporter.rect(lo, cy - 4, hi - lo, 8, extra: " fill=\"\(colour)\" fill-opacity=\"0.3\"")
        let arrow = " fill=\"\(colour)\""
        if range.lower == nil {
            out += SVGExporter.polygon([(lo, cy - 6), (lo - 8, cy), (lo, cy + 6)], extra: arrow)
        } else {
            out += SVGExporter.line(lo, cy - 6, lo, cy + 6, extra: " stroke=\"\(colour)\" stroke-width=\"2\"")
        }
        if range.upper == nil {
            out += SVGExporter.polygon([(hi, cy - 6), (hi + 8, cy), (hi, cy + 6)], extra: arrow)
        } else {
            out += SVGExporter.line(hi, cy - 6, hi, cy + 6, extra: " stroke=\"\(colour)\" stroke-width=\"2\"")
        }
        return (out, lo - (range.lower == nil ? 8 : 0), hi + (range.upper == nil ? 8 : 0))
    }

    static func point(_ cx: Double, _ cy: Double, colour: String, style: Single) -> String {
        let n = SVGExporter.n
        switch style {
        case .dot:
            return "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"5.5\" fill=\"\(colour)\"/>\n"
        case .ring:
            return "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"5\" fill=\"#ffffff\" stroke=\"\(colour)\""
                + " stroke-width=\"2\" stroke-dasharray=\"2 2\"/>\n"
        case .diamond:
            return SVGExporter.polygon(
                [(cx, cy - 6.5), (cx + 6.5, cy), (cx, cy + 6.5), (cx - 6.5, cy)], extra: " fill=\"\(colour)\"")
        }
    }

    /// The left edge of the first day and the right edge of the last.
    static func span(_ range: DayRange, axis: SVGAxis) -> (Double, Double) {
        (range.lower.map(axis.start(of:)) ?? axis.left, range.upper.map(axis.end(of:)) ?? axis.right)
    }

    /// `B ice-leadership-call-2025-01-25` right of the mark when it fits, else
    /// left of it, else inside it over a white halo.
    static func label(
        _ event: Event, letter: Character, colour: String, cy: Double, lo: Double, hi: Double, axis: SVGAxis
    ) -> String {
        let width = Double(event.id.count + 2) * SVGExporter.labelCharacterWidth
        let y = SVGExporter.n(cy + 4)
        let content =
            "<tspan font-weight=\"bold\" fill=\"\(colour)\">\(XMLEscaping.escape(String(letter)))</tspan> "
            + XMLEscaping.escape(event.id)
        func text(_ x: Double, anchor: String, extra: String = "") -> String {
            "<text x=\"\(SVGExporter.n(x))\" y=\"\(y)\" font-size=\"11\" text-anchor=\"\(anchor)\"\(extra)>"
                + content + "</text>\n"
        }
        if hi + 8 + width <= SVGExporter.width - 4 { return text(hi + 8, anchor: "start") }
        if lo - 8 - width >= 4 { return text(lo - 8, anchor: "end") }
        let x = max(lo, axis.left) + 12
        let halo = " fill=\"none\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" aria-hidden=\"true\""
        return text(x, anchor: "start", extra: halo) + text(x, anchor: "start")
    }
}
