import TimelineCore

// One file for compare's session side: resolving the operands, gathering
// figures and pairing metrics are steps of one job, and splitting them would
// scatter the rules about what may be compared with what.

extension Session {
    /// `compare A with B [on METRIC]`: the two sides, their days apart and
    /// their figures metric by metric. Different metrics are never silently
    /// mixed: the only cross-metric pairing is a tally against a rate per day
    /// of the same thing (`arrests` against `arrests/day`), and it says so.
    func compare(_ command: CompareCommand) throws(Diagnostic) -> CompareReport {
        if let metric = command.metric, store.metric(metric) == nil {
            let known = store.vocabulary(for: .metric)
            var diagnostic = Diagnostic.error("unknown metric '\(metric)'", at: command.metricSpan)
                .suggesting(Suggestion.nearest(to: metric, in: known))
            if diagnostic.notes.isEmpty { diagnostic.notes.append("known metrics: " + known.joined(separator: ", ")) }
            throw diagnostic
        }
        let left = try side(command.left)
        let right = try side(command.right)
        var notes: [CompareReport.Note] = []
        var rows: [CompareReport.Row] = []
        var onlyLeft = left.metrics
        var onlyRight = right.metrics

        func take(_ id: String, from list: inout [CompareReport.MetricFigures]) -> CompareReport.MetricFigures? {
            guard let index = list.firstIndex(where: { $0.metric == id }) else { return nil }
            return list.remove(at: index)
        }

        let asked = command.metric.map { [$0] } ?? left.metrics.map(\.metric)
        for id in asked {
            guard let a = left.metrics.first(where: { $0.metric == id }),
                let b = right.metrics.first(where: { $0.metric == id })
            else { continue }
            _ = take(id, from: &onlyLeft)
            _ = take(id, from: &onlyRight)
            rows.append(sameMetricRow(a, b, notes: &notes))
        }
        // A tally on one side and a rate per day of the same thing on the other.
        for a in onlyLeft {
            for b in onlyRight {
                guard command.metric == nil || a.metric == command.metric || b.metric == command.metric,
                    let row = tallyAgainstRateRow(a, b, notes: &notes)
                else { continue }
                rows.append(row)
            }
        }
        let paired = Set(rows.flatMap { [$0.left?.metric, $0.right?.metric].compactMap { $0 } })
        onlyLeft.removeAll { paired.contains($0.metric) }
        onlyRight.removeAll { paired.contains($0.metric) }
        if let metric = command.metric {
            onlyLeft.removeAll { $0.metric != metric }
            onlyRight.removeAll { $0.metric != metric }
            if rows.isEmpty {
                notes.append(missing(metric, left: left, right: right))
                rows.append(
                    CompareReport.Row(
                        kind: .missing, left: onlyLeft.first, right: onlyRight.first, inPoints: false))
                onlyLeft = []
                onlyRight = []
            }
        }
        for side in [left, right] {
            for metric in side.metrics where metric.figures.count > 1 {
                notes.append(contentsOf: overlapWarning(metric, side: side))
            }
        }
        let shown = rows.flatMap { [$0.left, $0.right] }.compactMap { $0 } + onlyLeft + onlyRight
        if shown.contains(where: { $0.figures.contains { $0.value.approximate } }) {
            notes.append(
                .init(
                    level: .note,
                    text: "~ marks a figure its source hedged (\"nearly\", \"about\") and what is computed from it"))
        }
        return CompareReport(
            left: left, right: right, metric: command.metric,
            distance: DayDistance(from: left.ranges, to: right.ranges), rows: rows, onlyLeft: onlyLeft,
            onlyRight: onlyRight, notes: notes)
    }

    // MARK: Sides

    private func side(_ operand: CompareOperand) throws(Diagnostic) -> CompareReport.Side {
        switch operand {
        case .event(let id, let span):
            guard let event = store.event(id: id) else {
                throw Diagnostic.error("no event with id '\(id)'", at: span)
                    .suggesting(Suggestion.nearest(to: id, in: store.vocabulary(for: .id)))
            }
            return side(
                .event, label: id, title: event.title, date: event.date.display, ranges: event.date.possibleRanges,
                events: [event], periodDays: nil, possiblyOnly: 0)
        case .selection(let filter, _):
            let events = Array(try select(filter))
            let resolved = try resolved(filter)
            let certain = try store.select(resolved, defaultMode: .certainly, overridingWrittenModes: true).count
            let label = if case .named = filter { filter.description } else { "(\(filter.description))" }
            let lowers = events.map(\.date.earliest)
            let uppers = events.map(\.date.latest)
            let range = DayRange(
                lower: lowers.contains(nil) ? nil : lowers.compactMap { $0 }.min(),
                upper: uppers.contains(nil) ? nil : uppers.compactMap { $0 }.max())
            let date =
                events.isEmpty
                ? "(no events)"
                : "\(range.lower?.description ?? "(no start)") … \(range.upper?.description ?? "(no end)")"
            return side(
                .selection, label: label, title: resolved.description.isEmpty ? "(every event)" : resolved.description,
                date: date, ranges: events.isEmpty ? [] : [range], events: events, periodDays: nil,
                possiblyOnly: events.count - certain)
        case .period(let date, let text, let span):
            let term = DateTerm(relation: .during, date: date, text: text, span: span)
            let events = Array(try select(.date(term)))
            let certain = try store.select(.date(term), defaultMode: .certainly, overridingWrittenModes: true).count
            let days = Self.days(of: date.possibleRanges)
            return side(
                .period, label: text, title: "events \(options.dateMode.rawValue) in \(text)",
                date: "\(date.display) (\(date.boundsDescription))",
                ranges: date.possibleRanges, events: events, periodDays: days, possiblyOnly: events.count - certain)
        }
    }

    private func side(
        _ kind: CompareReport.Side.Kind, label: String, title: String, date: String, ranges: [DayRange],
        events: [Event], periodDays: Int?, possiblyOnly: Int
    ) -> CompareReport.Side {
        var kinds: [String: Int] = [:]
        for event in events { kinds[event.kind, default: 0] += 1 }
        var order: [String] = []
        var figures: [String: [CompareReport.Figure]] = [:]
        for event in events {
            for measure in event.measures {
                if figures[measure.metric] == nil { order.append(measure.metric) }
                let period = measure.period ?? event.date
                figures[measure.metric, default: []].append(
                    CompareReport.Figure(
                        event: event.id, value: Quantity(measure.value, approximate: measure.approximate),
                        unit: measure.unit, wording: measure.wording, source: measure.source, scope: measure.scope,
                        date: period.display, ranges: period.possibleRanges, days: Self.days(of: period.possibleRanges))
                )
            }
        }
        let metrics = order.map { id in
            metricFigures(id, figures[id] ?? [], periodDays: kind == .event ? nil : periodDays)
        }
        return CompareReport.Side(
            kind: kind, label: label, title: title, date: date, ranges: ranges, events: events.map(\.id),
            kinds: kinds.map { CompareReport.KindCount(kind: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.kind < $1.kind },
            metrics: metrics, possiblyOnly: possiblyOnly)
    }

    private func metricFigures(_ id: String, _ figures: [CompareReport.Figure], periodDays: Int?)
        -> CompareReport.MetricFigures
    {
        let metric = store.metric(id)
        let unit = figures.first?.unit ?? metric?.unit ?? ""
        let aggregate = Aggregate(figures.map(\.value))
        let combination: CompareReport.Combination =
            figures.count == 1 ? .single : UnitReading(unit).addsUp ? .sum : .mean
        let value: Quantity
        switch combination {
        case .single: value = figures.first?.value ?? Quantity(0)
        case .sum: value = aggregate?.sum ?? Quantity(0)
        case .mean: value = aggregate?.mean ?? Quantity(0)
        }
        // A single figure covers its own days; a sum over a period covers the period.
        let days = combination == .single ? figures.first?.days : combination == .sum ? periodDays : nil
        return CompareReport.MetricFigures(
            metric: id, name: metric?.name ?? id, unit: unit, figures: figures,
            aggregate: figures.count > 1 ? aggregate : nil, combination: combination, value: value, days: days)
    }

    /// The number of days every reading covers, or nil when they differ or one is unbounded.
    static func days(of ranges: [DayRange]) -> Int? {
        let counts = Set(ranges.map(\.count))
        guard counts.count == 1, let only = counts.first else { return nil }
        return only
    }

    // MARK: Rows

    private func sameMetricRow(
        _ a: CompareReport.MetricFigures, _ b: CompareReport.MetricFigures, notes: inout [CompareReport.Note]
    ) -> CompareReport.Row {
        guard a.unit == b.unit else {
            notes.append(
                .init(
                    level: .warning,
                    text: "\(a.metric) is in \(a.unit) in A and in \(b.unit) in B: not computed, units never mixed"))
            return CompareReport.Row(kind: .same, left: a, right: b, inPoints: false)
        }
        return CompareReport.Row(
            kind: .same, left: a, right: b, difference: Quantity.difference(from: a.value, to: b.value),
            ratio: Quantity.ratio(b.value, to: a.value), change: Quantity.percentChange(from: a.value, to: b.value),
            inPoints: UnitReading(a.unit) == .percent)
    }

    private func tallyAgainstRateRow(
        _ a: CompareReport.MetricFigures, _ b: CompareReport.MetricFigures, notes: inout [CompareReport.Note]
    ) -> CompareReport.Row? {
        let (tally, rate, side): (CompareReport.MetricFigures, CompareReport.MetricFigures, CompareReport.Which)
        if UnitReading.countAgainstRate(count: a.unit, rate: b.unit) != nil {
            (tally, rate, side) = (a, b, .left)
        } else if UnitReading.countAgainstRate(count: b.unit, rate: a.unit) != nil {
            (tally, rate, side) = (b, a, .right)
        } else {
            return nil
        }
        let word = rate.metric.targetWord(name: rate.name)
        let goal = tally.days.map { rate.value.scaled(by: Double($0)) }
        let target = CompareReport.Target(
            tallySide: side, tally: tally.value, rate: rate.value, days: tally.days, goal: goal,
            percent: goal.flatMap { tally.value.percent(of: $0) }, gap: goal.map { tally.value.gap(to: $0) },
            word: word)
        let counted: String
        let treated: String
        switch tally.days {
        case 1?:
            counted = "a one-day count"
            treated = "treated as one day's \(tally.metric) against one day's \(word)"
        case let n?:
            counted = "a count over \(n) days"
            treated = "treated as \(n) days' \(tally.metric) against \(n) times the daily \(word)"
        case nil:
            counted = "a count over an unknown number of days"
            treated = "no percent of \(word): a rate per day cannot be scaled to unknown days"
        }
        let tallyHow =
            tally.combination == .single ? "" : ", the \(tally.combination.rawValue) of \(tally.figures.count)"
        notes.append(
            .init(
                level: .warning,
                text:
                    "\(tally.metric) (\(counted)\(tallyHow)) compared with \(rate.metric) (a rate per day): \(treated)")
        )
        let scopes = (Set(tally.figures.compactMap(\.scope)), Set(rate.figures.compactMap(\.scope)))
        if scopes.0 != scopes.1, !scopes.0.isEmpty || !scopes.1.isEmpty {
            func list(_ s: Set<String>) -> String {
                s.isEmpty ? "none stated" : s.sorted().map { "'\($0)'" }.joined(separator: ", ")
            }
            notes.append(
                .init(
                    level: .note,
                    text:
                        "scopes as stated: \(tally.metric) \(list(scopes.0)); \(rate.metric) \(list(scopes.1)); check they count the same thing"
                ))
        }
        return CompareReport.Row(
            kind: .tallyAgainstRate, left: side == .left ? tally : rate, right: side == .left ? rate : tally,
            target: target, inPoints: false)
    }

    private func missing(_ metric: String, left: CompareReport.Side, right: CompareReport.Side) -> CompareReport.Note {
        func has(_ side: CompareReport.Side, _ name: String) -> String {
            let others = side.metrics.map(\.metric)
            let what = others.isEmpty ? "no figures" : "figures of " + others.joined(separator: ", ")
            return "\(name) has no \(metric) figure (it has \(what))"
        }
        let aHas = left.metrics.contains { $0.metric == metric }
        let bHas = right.metrics.contains { $0.metric == metric }
        let text: String
        switch (aHas, bHas) {
        case (false, false): text = "neither side has a \(metric) figure; " + has(left, "A") + "; " + has(right, "B")
        case (false, true): text = has(left, "A") + ": nothing compared, different metrics are never mixed"
        default: text = has(right, "B") + ": nothing compared, different metrics are never mixed"
        }
        return .init(level: .warning, text: text)
    }

    /// A warning when a sum adds figures that may cover the same days: they may count the same things twice.
    private func overlapWarning(_ metric: CompareReport.MetricFigures, side: CompareReport.Side) -> [CompareReport.Note]
    {
        guard metric.combination == .sum else { return [] }
        let figures = metric.figures
        var overlapping: [String] = []
        for (i, a) in figures.enumerated() {
            if Interruption.shouldStop(at: i) { break }  // the runner checks and throws the report away
            for b in figures[(i + 1)...]
            where a.ranges.contains(where: { r in b.ranges.contains { $0.overlaps(r) } }) {
                for id in [a.event, b.event] where !overlapping.contains(id) { overlapping.append(id) }
            }
        }
        guard !overlapping.isEmpty else { return [] }
        let name = side.label
        return [
            .init(
                level: .warning,
                text:
                    "the sum of \(metric.metric) in \(name) adds figures whose dates may overlap (\(overlapping.joined(separator: ", "))): they may count the same \(metric.unit) twice"
            )
        ]
    }
}

extension String {
    /// What a rate-per-day metric is, read from its id and name: a target, a minimum, a quota, a goal, or a rate.
    fileprivate func targetWord(name: String) -> String {
        let text = (self + " " + name).lowercased()
        for word in ["target", "minimum", "quota", "goal", "maximum", "cap"] where text.contains(word) { return word }
        return "rate"
    }
}
