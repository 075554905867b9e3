import TimelineCore

/// Draws `chart`: one horizontal bar per figure under its date, the value at
/// the right (`~` when hedged, `low–high` for a range, whose part above the
/// low end is `▒`), target bands as `┆` columns, a scale and a legend.
///
/// Bars start at zero and share one scale with the bands. `width` is the
/// terminal's columns, or nil when piped (then 80); no line is longer.
struct ChartRenderer {
    static let defaultWidth = 80
    static let minimumWidth = 30

    var width: Int?

    func render(_ view: ChartView) -> String {
        guard !view.rows.isEmpty else { return "no figures of \(view.metric.id)\n" }
        let width = max(Self.minimumWidth, self.width ?? Self.defaultWidth)
        let values = view.rows.map(Self.valueText)
        let valueWidth = values.map(\.count).max() ?? 0
        let sources = view.rows.map(\.source)
        var sourceWidth = sources.map(\.count).max() ?? 0
        sourceWidth = min(sourceWidth, max(4, width - 2 - 2 - 2 - valueWidth - 12))
        let scale = ChartScale(
            maximum: (view.rows.map(\.value.upper) + view.bands.map(\.value.upper)).max() ?? 1,
            columns: max(4, width - 2 - sourceWidth - 2 - 2 - valueWidth))
        let marks = view.bands.flatMap { [scale.marker($0.value.lower), scale.marker($0.value.upper)] }
        let noun = view.rows.count == 1 ? "figure" : "figures"
        var lines = TextWrap.lines("\(view.metric.id): \(view.metric.name), in \(view.metric.unit)", width: width)
        lines.append("\(view.rows.count) \(noun), dates by \(view.grouping.rawValue)")
        var heading: String?
        for (row, value) in zip(view.rows, values) {
            if row.label != heading {
                lines.append("")
                lines.append(row.label)
                heading = row.label
            }
            var bar = scale.bar(row.value)
            for mark in marks where bar[mark] == " " { bar[mark] = "┆" }
            let source = Self.fit(row.source, sourceWidth)
            let pad = String(repeating: " ", count: sourceWidth - source.count)
            let valuePad = String(repeating: " ", count: valueWidth - value.count)
            lines.append("  " + source + pad + "  " + String(bar) + "  " + valuePad + value)
        }
        let indent = String(repeating: " ", count: 2 + sourceWidth + 2)
        lines.append(indent + String(scale.ticks()))
        lines.append("")
        var key: [String] = ["█ value"]
        if view.rows.contains(where: { if case .range = $0.value { true } else { false } }) {
            key.append("▒ rest of a range")
        }
        if view.rows.contains(where: \.approximate) { key.append("~ hedged by the source") }
        lines += TimelineRenderer.legend("key:", key, width: width)
        for band in view.bands {
            let value = (band.approximate ? "~" : "") + band.value.formatted
            lines += TextWrap.lines(
                "┆ \(band.metric.id) \(value) \(band.metric.unit): \(band.metric.name), stated by \(band.source) "
                    + "(\(band.event), \(band.date.display))", width: width)
        }
        lines += TextWrap.lines("(figures are drawn apart, never added together)", width: width)
        return lines.map { line in
            var line = Self.fit(line, width)
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    /// `956`, `~52`, `1,200–1,500`.
    static func valueText(_ row: ChartView.Row) -> String {
        (row.approximate ? "~" : "") + row.value.formatted
    }

    private static func fit(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// The view as data; see docs/pictures.md.
    static func json(_ view: ChartView) -> JSON {
        func value(_ value: MeasureValue) -> JSON {
            switch value {
            case .exact(let v): return ["low": .double(v), "high": .double(v)]
            case .range(let lo, let hi): return ["low": .double(lo), "high": .double(hi)]
            }
        }
        return [
            "command": "chart", "metric": .string(view.metric.id), "name": .string(view.metric.name),
            "unit": .string(view.metric.unit), "query": .string(view.query),
            "grouping": .string(view.grouping.rawValue),
            "rows": .array(
                view.rows.map { row in
                    [
                        "label": .string(row.label), "spansBuckets": .bool(row.spansBuckets),
                        "date": .string(row.date.edtf), "value": value(row.value),
                        "approximate": .bool(row.approximate), "source": .string(row.source),
                        "wording": .string(row.wording), "event": .string(row.event),
                    ]
                }),
            "bands": .array(
                view.bands.map { band in
                    [
                        "metric": .string(band.metric.id), "unit": .string(band.metric.unit),
                        "value": value(band.value), "approximate": .bool(band.approximate),
                        "source": .string(band.source), "event": .string(band.event), "date": .string(band.date.edtf),
                    ]
                }),
        ]
    }
}
