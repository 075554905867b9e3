import TimelineCore

/// Lays out `compare`: the two sides in columns A | B, how many days apart,
/// a metric table (B − A, B ÷ A, percent change), tallies against targets,
/// sums and means, the figures as worded, then warnings and notes.
///
/// Rounding follows ``CompareRounding``; JSON carries the unrounded numbers.
struct CompareRenderer {
    var width: Int?

    func render(_ report: CompareReport) -> String {
        var out = sides(report)
        out += "\ndays apart  \(Self.daysApart(report.distance))\n"
        let same = report.rows.filter { $0.kind != .tallyAgainstRate }
        if !same.isEmpty {
            var table = TextTable(
                ["METRIC", "A", "B", "B − A", "B ÷ A", "CHANGE"],
                alignments: [.left, .right, .right, .right, .right, .right])
            for row in same {
                let metric = row.left?.metric ?? row.right?.metric ?? ""
                let unit = row.inPoints ? "points" : (row.left?.unit ?? row.right?.unit ?? "")
                table.add([
                    metric, Self.cell(row.left), Self.cell(row.right),
                    row.difference.map { CompareRounding.figure($0, signed: true) + " " + unit } ?? "n/a",
                    row.ratio.map { CompareRounding.ratio($0) + "×" } ?? "n/a",
                    row.change.map { CompareRounding.percent($0, signed: true) + " %" } ?? "n/a",
                ])
            }
            out += "\n" + table.render(width: nil)
        }
        let targets = report.rows.compactMap { row in row.target.map { (row, $0) } }
        if !targets.isEmpty {
            out += "\nagainst a rate per day\n"
            for (row, target) in targets { out += Self.target(row, target) }
        }
        out += Self.only(report)
        out += Self.totals(report)
        out += figures(report)
        if !report.notes.isEmpty {
            out += "\nnotes\n"
            for note in report.notes {
                let lines = TextWrap.lines("\(note.level.rawValue): \(note.text)", width: max(40, (width ?? 100) - 4))
                out += lines.enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element + "\n" }.joined()
            }
        }
        return out
    }

    // MARK: Sections

    private func sides(_ report: CompareReport) -> String {
        let (a, b) = (report.left, report.right)
        var table = TextTable(["", "A", "B"])
        table.add([
            a.kind.rawValue == b.kind.rawValue ? a.kind.rawValue : "\(a.kind.rawValue) | \(b.kind.rawValue)", a.label,
            b.label,
        ])
        table.add(["", a.title, b.title])
        table.add(["date", a.date, b.date])
        table.add(["events", Self.kinds(a), Self.kinds(b)])
        return table.render(width: width)
    }

    private static func kinds(_ side: CompareReport.Side) -> String {
        guard !side.kinds.isEmpty else { return "0" }
        let kinds = side.kinds.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
        return "\(side.events.count): \(kinds)" + (side.possiblyOnly > 0 ? " (\(side.possiblyOnly) only possibly)" : "")
    }

    static func daysApart(_ distance: DayDistance?) -> String {
        guard let distance else { return "n/a (a side has no events)" }
        let apart = distance.apart
        let count: String
        if apart.count <= 4 {
            count = apart.map(days).joined(separator: " or ")
        } else {
            count = days(DayOffsets(distance.fewest, distance.most))
        }
        let unbounded = distance.most == nil ? "; no upper bound: a date is open-ended" : ""
        var facts: [String] = []
        switch distance.order {
        case .same: facts.append("the same day")
        case .after: facts.append("B after A")
        case .before: facts.append("B before A")
        case .either: facts.append("B may be before or after A")
        }
        if distance.sameDayPossible && !distance.sameDayCertain { facts.append("same day possible") }
        let noun = distance.most == 1 && distance.fewest == 1 ? "day" : "days"
        return "\(count) \(noun) (\(facts.joined(separator: "; "))\(unbounded))"
    }

    /// `7`, `1–6`, `9,158–12,816`, `3 or more`.
    private static func days(_ offsets: DayOffsets) -> String {
        let lower = NumberText.grouped(Double(offsets.lower ?? 0))
        guard let upper = offsets.upper else { return lower + " or more" }
        return offsets.isSingle ? lower : lower + "–" + NumberText.grouped(Double(upper))
    }

    private static func cell(_ figures: CompareReport.MetricFigures?) -> String {
        guard let figures else { return "—" }
        let value = CompareRounding.figure(figures.value) + " " + figures.unit
        switch figures.combination {
        case .single: return value
        case .sum, .mean: return value + " (\(figures.combination.rawValue) of \(figures.figures.count))"
        }
    }

    private static func target(_ row: CompareReport.Row, _ target: CompareReport.Target) -> String {
        let (tally, rate) = target.tallySide == .left ? (row.left, row.right) : (row.right, row.left)
        guard let tally, let rate else { return "" }
        var line =
            "  \(tally.metric) (\(target.tallySide.rawValue)) against \(rate.metric) (\(target.tallySide == .left ? "B" : "A")): "
        line +=
            "\(CompareRounding.figure(target.tally)) \(tally.unit) against \(CompareRounding.figure(target.rate)) \(rate.unit)"
        guard let goal = target.goal, let days = target.days else {
            return line + "; over an unknown number of days, so no percent of \(target.word)\n"
        }
        if days != 1 { line += " × \(days) days = \(CompareRounding.figure(goal)) \(tally.unit)" }
        line += "\n    "
        line +=
            target.percent.map { "\(CompareRounding.percent($0)) % of \(target.word)" }
            ?? "percent of \(target.word): n/a (zero)"
        if let gap = target.gap { line += "; " + Self.gap(gap, unit: tally.unit) }
        return line + "\n"
    }

    static func gap(_ gap: TargetGap, unit: String) -> String {
        let low = gap.fromLowEnd
        let high = gap.fromHighEnd
        func ends(_ q: Quantity, _ word: String) -> String {
            let magnitude = Quantity(abs(q.lower), abs(q.upper), approximate: q.approximate)
            return
                "\(CompareRounding.figure(magnitude)) \(q.upper <= 0 ? "short of" : q.lower >= 0 ? "over" : "either side of") the \(word) end"
        }
        let detail = low == high ? "" : " (\(ends(low, "low")), \(ends(high, "high")))"
        switch gap.standing {
        case .short: return "\(CompareRounding.figure(gap.shortfall ?? low)) \(unit) short\(detail)"
        case .over: return "\(CompareRounding.figure(gap.excess ?? high)) \(unit) over\(detail)"
        case .within: return "within the range\(detail)"
        case .unclear: return "may be short or over\(detail)"
        }
    }

    private static func only(_ report: CompareReport) -> String {
        var out = ""
        for (name, list) in [("A", report.onlyLeft), ("B", report.onlyRight)] where !list.isEmpty {
            out += "only in \(name): " + list.map { "\($0.metric) \(cell($0))" }.joined(separator: "; ") + "\n"
        }
        return out.isEmpty ? "" : "\n" + out
    }

    private static func totals(_ report: CompareReport) -> String {
        let shown =
            (report.rows.flatMap { [$0.left, $0.right] }.compactMap { $0 } + report.onlyLeft + report.onlyRight)
            .map(\.metric)
        var table = TextTable(
            ["SIDE", "METRIC", "FIGURES", "SUM", "MEAN"], alignments: [.left, .left, .right, .right, .right])
        for (name, side) in [("A", report.left), ("B", report.right)] where side.kind != .event {
            for metric in side.metrics where report.metric == nil || shown.contains(metric.metric) {
                let sum =
                    UnitReading(metric.unit).addsUp
                    ? CompareRounding.figure(metric.aggregate?.sum ?? metric.value) + " " + metric.unit : "(not added)"
                let mean = CompareRounding.figure(metric.aggregate?.mean ?? metric.value) + " " + metric.unit
                table.add([name, metric.metric, String(metric.figures.count), sum, mean])
            }
        }
        return table.rows.isEmpty ? "" : "\nsums and means\n" + table.render(width: nil)
    }

    private func figures(_ report: CompareReport) -> String {
        let shown = report.rows.flatMap { [$0.left, $0.right].compactMap { $0 } }.map(\.metric)
        var table = TextTable(["SIDE", "METRIC", "VALUE", "EVENT", "SOURCE", "AS WORDED"])
        for (name, side) in [("A", report.left), ("B", report.right)] {
            for metric in side.metrics where shown.contains(metric.metric) {
                for figure in metric.figures {
                    table.add([
                        name, metric.metric, CompareRounding.figure(figure.value) + " " + figure.unit, figure.event,
                        figure.source, "\"\(figure.wording)\"",
                    ])
                }
            }
        }
        return table.rows.isEmpty ? "" : "\nfigures\n" + table.render(width: width)
    }

    // MARK: JSON

    static func json(_ report: CompareReport) -> JSON {
        [
            "command": "compare", "metric": report.metric.map(JSON.string) ?? .null, "a": side(report.left),
            "b": side(report.right), "daysApart": report.distance.map(distance) ?? .null,
            "metrics": .array(report.rows.map(row)), "onlyA": .array(report.onlyLeft.map(metric)),
            "onlyB": .array(report.onlyRight.map(metric)),
            "notes": .array(report.notes.map { ["level": .string($0.level.rawValue), "text": .string($0.text)] }),
        ]
    }

    static func quantity(_ q: Quantity) -> JSON {
        ["low": .double(q.lower), "high": .double(q.upper), "approximate": .bool(q.approximate)]
    }

    private static func optional(_ q: Quantity?) -> JSON { q.map(quantity) ?? .null }

    private static func optional(_ n: Int?) -> JSON { n.map(JSON.int) ?? .null }

    private static func side(_ side: CompareReport.Side) -> JSON {
        [
            "kind": .string(side.kind.rawValue), "label": .string(side.label), "title": .string(side.title),
            "date": .string(side.date),
            "days": .array(
                side.ranges.map {
                    [
                        "from": $0.lower.map { .string($0.description) } ?? .null,
                        "to": $0.upper.map { .string($0.description) } ?? .null,
                    ]
                }),
            "events": .array(side.events.map(JSON.string)), "possiblyOnly": .int(side.possiblyOnly),
            "kinds": .array(side.kinds.map { ["kind": .string($0.kind), "count": .int($0.count)] }),
            "metrics": .array(side.metrics.map(metric)),
        ]
    }

    private static func distance(_ d: DayDistance) -> JSON {
        [
            "offsets": .array(d.offsets.map { ["from": optional($0.lower), "to": optional($0.upper)] }),
            "fewest": .int(d.fewest), "most": optional(d.most),
            "choices": d.exactChoices.map { .array($0.map(JSON.int)) } ?? .null,
            "sameDayPossible": .bool(d.sameDayPossible), "sameDayCertain": .bool(d.sameDayCertain),
            "order": .string(d.order.rawValue),
        ]
    }

    private static func metric(_ m: CompareReport.MetricFigures) -> JSON {
        [
            "metric": .string(m.metric), "name": .string(m.name), "unit": .string(m.unit),
            "combination": .string(m.combination.rawValue), "value": quantity(m.value), "days": optional(m.days),
            "count": .int(m.figures.count), "sum": optional(UnitReading(m.unit).addsUp ? m.aggregate?.sum : nil),
            "mean": optional(m.aggregate?.mean),
            "figures": .array(
                m.figures.map { f in
                    [
                        "event": .string(f.event), "value": quantity(f.value), "unit": .string(f.unit),
                        "wording": .string(f.wording), "source": .string(f.source),
                        "scope": f.scope.map(JSON.string) ?? .null, "date": .string(f.date), "days": optional(f.days),
                    ]
                }),
        ]
    }

    private static func row(_ row: CompareReport.Row) -> JSON {
        func summary(_ m: CompareReport.MetricFigures?) -> JSON {
            guard let m else { return .null }
            return [
                "metric": .string(m.metric), "unit": .string(m.unit), "value": quantity(m.value),
                "combination": .string(m.combination.rawValue), "count": .int(m.figures.count),
            ]
        }
        let unit = row.inPoints ? "percentage points" : row.left?.unit ?? row.right?.unit
        return [
            "kind": .string(row.kind.rawValue), "a": summary(row.left), "b": summary(row.right),
            "difference": optional(row.difference),
            "differenceUnit": row.difference == nil ? .null : unit.map(JSON.string) ?? .null,
            "ratio": optional(row.ratio), "percentChange": optional(row.change),
            "target": row.target.map(target) ?? .null,
        ]
    }

    private static func target(_ t: CompareReport.Target) -> JSON {
        [
            "tallySide": .string(t.tallySide.rawValue), "word": .string(t.word), "tally": quantity(t.tally),
            "ratePerDay": quantity(t.rate), "days": optional(t.days), "goal": optional(t.goal),
            "percentOfTarget": optional(t.percent), "fromLowEnd": optional(t.gap?.fromLowEnd),
            "fromHighEnd": optional(t.gap?.fromHighEnd),
            "standing": t.gap.map { .string($0.standing.rawValue) } ?? .null,
            "shortfall": optional(t.gap?.shortfall), "excess": optional(t.gap?.excess),
        ]
    }
}
