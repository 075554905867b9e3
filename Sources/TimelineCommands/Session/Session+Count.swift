import TimelineCore

extension Session {
    /// `count [FILTER] [by …]`. A vague date is never forced into one bucket:
    /// an event whose bounds span several buckets is counted in a row of its
    /// own, named for the span (`2025-01 or 2025-02`, `1990s →`).
    func count(_ filter: Filter, by grouping: Grouping?) throws(Diagnostic) -> CountTable {
        let selection = try select(filter)
        var table = CountTable(query: filter.description, grouping: grouping, total: selection.count, rows: [])
        guard let grouping else { return table }
        var counts: [String: (count: Int, order: Int, spans: Bool)] = [:]
        func bump(_ key: String, order: Int, spans: Bool = false) {
            let old = counts[key] ?? (0, order, spans)
            counts[key] = (old.count + 1, min(old.order, order), spans)
        }
        // Events share dates (a million events name a few thousand days): each date's bucket is named once.
        var buckets: [FuzzyDate: (key: String, spans: Bool)] = [:]
        let namer = DateBucket(grouping)
        var last: (date: FuzzyDate, key: String, spans: Bool)?
        // By index, reading fields in place: `for event in selection` copied every event.
        for i in selection.indices {
            switch grouping {
            case .kind: bump(selection[i].kind, order: 0)
            case .tag: for tag in labels(selection[i].tags) { bump(tag, order: 0) }
            case .actor: for actor in labels(selection[i].actors) { bump(actor, order: 0) }
            case .source: for source in labels(selection[i].citedSources) { bump(source, order: 0) }
            case .day, .week, .month, .year, .decade:
                // Events come in date order, so the last date is the likeliest to repeat.
                let (key, spans): (String, Bool)
                if let last, last.date == selection[i].date {
                    (key, spans) = (last.key, last.spans)
                } else if let known = buckets[selection[i].date] {
                    (key, spans) = known
                } else {
                    (key, spans) = namer.key(for: selection[i].date)
                    buckets[selection[i].date] = (key, spans)
                }
                last = (selection[i].date, key, spans)
                bump(key, order: selection[i].date.earliest?.ordinal ?? Int.min, spans: spans)
            }
        }
        let dated = [Grouping.day, .week, .month, .year, .decade].contains(grouping)
        table.rows = counts.map { CountTable.Row(key: $0.key, count: $0.value.count, spansBuckets: $0.value.spans) }
            .sorted { a, b in
                if dated {
                    let (oa, ob) = (counts[a.key]?.order ?? 0, counts[b.key]?.order ?? 0)
                    return oa != ob ? oa < ob : a.key < b.key
                }
                return a.count != b.count ? a.count > b.count : a.key < b.key
            }
        return table
    }

    private func labels(_ values: [String]) -> [String] {
        values.isEmpty ? ["(none)"] : Array(Set(values))
    }
}

/// Names the calendar bucket (day, ISO week, month, year, decade) a date falls in.
struct DateBucket {
    let grouping: Grouping

    init(_ grouping: Grouping) { self.grouping = grouping }

    func name(_ day: Day) -> String {
        switch grouping {
        case .day: return day.description
        case .week:
            let (year, week) = day.isoWeek
            return "\(year)-W" + (week < 10 ? "0\(week)" : "\(week)")
        case .month: return String(day.description.prefix(day.year < 0 ? 8 : 7))
        case .year: return String(day.year)
        default:
            let decade = day.year >= 0 ? day.year / 10 * 10 : (day.year - 9) / 10 * 10
            return "\(decade)s"
        }
    }

    /// The bucket's name, or the span's name and `true` when the date covers several buckets.
    func key(for date: FuzzyDate) -> (String, Bool) {
        let ranges = date.possibleRanges
        let names = ranges.map { range -> String in
            let lo = range.lower.map(name)
            let hi = range.upper.map(name)
            switch (lo, hi) {
            case let (lo?, hi?) where lo == hi: return lo
            case let (lo?, hi?): return "\(lo) → \(hi)"
            case let (lo?, nil): return "\(lo) →"
            case let (nil, hi?): return "→ \(hi)"
            case (nil, nil): return "undated"
            }
        }
        var unique: [String] = []
        for n in names where !unique.contains(n) { unique.append(n) }
        let key = unique.joined(separator: " or ")
        let single = unique.count == 1 && !key.contains("→") && key != "undated"
        return (key, !single)
    }
}
