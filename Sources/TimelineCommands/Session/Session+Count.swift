import TimelineCore

extension Session {
    /// `count [FILTER] [by …]`. A vague date is never forced into one bucket:
    /// an event whose bounds span several buckets is counted in a row of its
    /// own, named for the span (`2025-01 or 2025-02`, `1990s →`).
    func count(_ filter: Filter, by grouping: Grouping?) throws(Diagnostic) -> CountTable {
        let selection = try select(filter)
        var table = CountTable(query: filter.description, grouping: grouping, total: selection.count, rows: [])
        guard let grouping else { return table }
        if [Grouping.day, .week, .month, .year, .decade].contains(grouping) {
            let counter = DateBucketCounter.count(selection, by: grouping)
            table.rows = counter.rows.sorted { a, b in a.order != b.order ? a.order < b.order : a.key < b.key }
                .map { CountTable.Row(key: $0.key, count: $0.count, spansBuckets: $0.spansBuckets) }
            return table
        }
        var counts: [String: Int] = [:]
        for i in selection.indices {
            switch grouping {
            case .kind: counts[selection[i].kind, default: 0] += 1
            case .tag: for tag in labels(selection[i].tags) { counts[tag, default: 0] += 1 }
            case .actor: for actor in labels(selection[i].actors) { counts[actor, default: 0] += 1 }
            case .source: for source in labels(selection[i].citedSources) { counts[source, default: 0] += 1 }
            case .day, .week, .month, .year, .decade: break  // counted above
            }
        }
        table.rows = counts.map { CountTable.Row(key: $0.key, count: $0.value, spansBuckets: false) }
            .sorted { a, b in a.count != b.count ? a.count > b.count : a.key < b.key }
        return table
    }

    private func labels(_ values: [String]) -> [String] {
        values.isEmpty ? ["(none)"] : Array(Set(values))
    }
}
