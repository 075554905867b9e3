import TimelineCore

extension Session {
    /// `chart METRIC [FILTER] [by day|week|month|year]`: each figure of the
    /// metric in the selection, and the bands of matching targets.
    ///
    /// Without `by`, figures within two months are named by day, within three
    /// years by month, else by year.
    func chart(_ command: ChartCommand) throws(Diagnostic) -> ChartView {
        guard let metric = store.metric(command.metric) else {
            throw Diagnostic.error("no metric '\(command.metric)'", at: command.metricSpan)
                .suggesting(Suggestion.nearest(to: command.metric, in: store.vocabulary(for: .metric)))
        }
        var figures: [(event: Event, measure: Measure, date: FuzzyDate)] = []
        for event in try select(command.filter) {
            for measure in event.measures where measure.metric == metric.id {
                figures.append((event, measure, measure.period ?? event.date))
            }
        }
        let grouping = command.grouping ?? Self.grouping(for: figures.map(\.date))
        let bucket = DateBucket(grouping)
        let rows = figures.map { figure in
            let (key, spans) = bucket.key(for: figure.date)
            let vague = spans || !figure.date.isExact
            return ChartView.Row(
                label: vague ? figure.date.display : key, spansBuckets: vague, date: figure.date,
                value: figure.measure.value, approximate: figure.measure.approximate, source: figure.measure.source,
                wording: figure.measure.wording, event: figure.event.id)
        }
        .sorted { a, b in
            let (da, db) = (a.date.bounds.lowerOrdinal, b.date.bounds.lowerOrdinal)
            if da != db { return da < db }
            return a.label != b.label ? a.label < b.label : a.source < b.source
        }
        return ChartView(
            metric: metric, query: command.filter.description, grouping: grouping, rows: rows,
            bands: bands(for: metric))
    }

    /// Targets for a count: figures, anywhere in the timeline, of a metric
    /// whose unit is the count's unit per day (`arrests` → `arrests/day`) and
    /// whose id or name says `target`. Minimums and quotas of other kinds are
    /// not bands; a metric already per day has none.
    func bands(for metric: Metric) -> [ChartView.Band] {
        guard !metric.unit.contains("/") else { return [] }
        let targets = store.metrics.filter { candidate in
            candidate.id != metric.id && candidate.unit == metric.unit + "/day"
                && (candidate.id.lowercased().contains("target") || candidate.name.lowercased().contains("target"))
        }
        var bands: [ChartView.Band] = []
        for target in targets {
            for event in store.allEvents {
                for measure in event.measures where measure.metric == target.id {
                    bands.append(
                        ChartView.Band(
                            metric: target, value: measure.value, approximate: measure.approximate,
                            source: measure.source, event: event.id, date: measure.period ?? event.date))
                }
            }
        }
        return bands
    }

    /// Day for figures within two months, month within three years, else year.
    static func grouping(for dates: [FuzzyDate]) -> Grouping {
        let days = dates.flatMap { [$0.earliest, $0.latest].compactMap { $0?.ordinal } }
        guard let first = days.min(), let last = days.max() else { return .day }
        switch last - first {
        case ...62: return .day
        case ...(3 * 366): return .month
        default: return .year
        }
    }
}
