/// Draws a slice as a standalone SVG 1.1 picture: one row per event on a
/// shared date axis, like the terminal `timeline` picture.
///
/// - A plain day is a filled circle; a day with `?`/`~`/`%` a hollow dashed one.
/// - An interval is a solid bar; a vague single date (a month, a year, a
///   decade, a season) a pale bar with a dashed outline, so vagueness shows.
/// - A one-of set draws each member as a diamond (or pale bar), joined by a
///   dashed line: exactly one of them, not the stretch between.
/// - An open or unknown end runs to the edge of the picture and ends in an arrow.
/// - Long empty stretches are compressed into a grey break labelled with
///   their length (`35 years`), by the terminal picture's rule.
/// - Each event is labelled with its kind's letter and its id, and carries a
///   `<title>` tooltip (title, date as displayed, kind, sources); a legend
///   explains letters, colours and marks.
///
/// All text is escaped (``XMLEscaping``); fonts are generic (`sans-serif`);
/// nothing is referenced outside the document, and the same slice always
/// gives the same bytes.
///
/// ```swift
/// let svg = SVGExporter.export(slice)   // "<?xml version=\"1.0\" …"
/// ```
/// - Complexity: O(*e* · *s*) for *e* events and *s* segments of the axis.
public enum SVGExporter {
    static let width = 960.0
    static let margin = 16.0
    static let rowHeight = 22.0
    static let top = 64.0
    /// Width of a character of an 11 px label, an estimate on the wide side.
    static let labelCharacterWidth = 6.6

    /// The SVG document, with an XML declaration, ending in a newline.
    public static func export(_ slice: Timeline) -> [UInt8] {
        Array(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(slice, standalone: true)).utf8)
    }

    /// The `<svg>` element; `standalone` adds the namespace declarations a
    /// separate file needs (inline in HTML5 the parser supplies them).
    static func svg(_ slice: Timeline, standalone: Bool) -> String {
        let events = WebText.ordered(slice)
        let keyDays = events.flatMap { $0.date.possibleRanges.flatMap { [$0.lower, $0.upper].compactMap { $0 } } }
        let axis = SVGAxis(keyDays: keyDays, left: margin + 8, right: width - margin - 8)
        let kinds = SVGKinds(events.map(\.kind))
        let axisY = top + rowHeight * Double(events.count) + 6
        let legend = SVGLegend(kinds: kinds, top: axisY + 34, width: width, margin: margin)
        let footerY = legend.bottom + 18
        let height = footerY + (slice.provenance == nil ? 0 : 16)

        var out = "<svg"
        if standalone { out += " xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"" }
        out += " width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\""
        out += " font-family=\"sans-serif\" role=\"img\" aria-labelledby=\"timeline-svg-title\">\n"
        out += "<title id=\"timeline-svg-title\">\(XMLEscaping.escape(slice.title))</title>\n"
        if let provenance = slice.provenance {
            out += "<desc>\(XMLEscaping.escape(ExportText.provenance(provenance)))</desc>\n"
        }
        out += "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"#ffffff\"/>\n"
        out += text(margin, 24, slice.title, size: 16, extra: " font-weight=\"bold\"")
        out += text(margin, 42, summaryLine(events, axis: axis), size: 11, extra: " fill=\"#555555\"")
        for index in events.indices where index % 2 == 1 {
            out += rect(0, top + rowHeight * Double(index), width, rowHeight, extra: " fill=\"#f3f3f3\"")
        }
        out += breaks(axis, bottom: axisY)
        if events.isEmpty { out += text(margin, top + 14, "No events.", size: 12, extra: " fill=\"#555555\"") }
        for (index, event) in events.enumerated() {
            let cy = top + rowHeight * (Double(index) + 0.5)
            out += SVGMarks.event(event, cy: cy, axis: axis, kinds: kinds, in: slice)
        }
        out += axisLine(axis, y: axisY)
        out += legend.markup()
        if let provenance = slice.provenance {
            out += text(margin, footerY + 4, ExportText.provenance(provenance), size: 10, extra: " fill=\"#555555\"")
        }
        out += "</svg>\n"
        return out
    }

    /// `20 events, 1990-01-01 … 2025-02-05 (one break)`.
    private static func summaryLine(_ events: [Event], axis: SVGAxis) -> String {
        var line = events.count == 1 ? "1 event" : "\(events.count) events"
        if let first = axis.segments.first?.first, let last = axis.segments.last?.last {
            line += ", drawn from \(first) to \(last)"
        }
        if !axis.gaps.isEmpty {
            line +=
                axis.gaps.count == 1
                ? "; one empty stretch compressed" : "; \(axis.gaps.count) empty stretches compressed"
        }
        return line
    }

    /// A grey band down the rows for each compressed stretch, labelled with its length.
    private static func breaks(_ axis: SVGAxis, bottom: Double) -> String {
        var out = ""
        for gap in axis.gaps {
            out += rect(gap.x0, top - 4, gap.x1 - gap.x0, bottom - top + 4, extra: " fill=\"#dddddd\"")
            out += text(
                (gap.x0 + gap.x1) / 2, top - 7, DateAxis.duration(days: gap.days), size: 9,
                extra: " text-anchor=\"middle\" fill=\"#555555\"")
        }
        return out
    }

    /// The axis line across each segment, break marks between, and the ticks.
    private static func axisLine(_ axis: SVGAxis, y: Double) -> String {
        var out = "<g stroke=\"#333333\" stroke-width=\"1\">\n"
        for segment in axis.segments {
            out += line(segment.x0, y, segment.x1, y)
        }
        for gap in axis.gaps {
            out += line(gap.x0 + 6, y + 5, gap.x0 + 12, y - 5) + line(gap.x1 - 12, y + 5, gap.x1 - 6, y - 5)
        }
        let ticks = axis.ticks()
        for tick in ticks { out += line(tick.x, y, tick.x, y + 5) }
        out += "</g>\n"
        for tick in ticks { out += text(tick.x, y + 17, tick.label, size: 10, extra: " fill=\"#333333\"") }
        return out
    }

    // MARK: Markup helpers

    /// A number with at most one decimal, `-0` written `0`: stable across platforms.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    static func text(_ x: Double, _ y: Double, _ content: String, size: Double, extra: String = "") -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\"\(extra)>\(XMLEscaping.escape(content))</text>\n"
    }

    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, extra: String = "") -> String {
        "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(max(0, w)))\" height=\"\(n(max(0, h)))\"\(extra)/>\n"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, extra: String = "") -> String {
        "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"\(extra)/>\n"
    }

    static func polygon(_ points: [(Double, Double)], extra: String = "") -> String {
        "<polygon points=\"" + points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ") + "\"\(extra)/>\n"
    }
}
