extension TimelineStore {
    /// The events matching `filter`, in date order.
    ///
    /// The filter is validated first (unknown words are errors). Two things
    /// narrow the scan before any event is matched: the posting lists of the
    /// exact field terms the filter requires (`tag:arrests and kind:tally`),
    /// intersected, or the events that may reach a required date range, if
    /// fewer; and a top-level `to`/`on`/`in` bound, which stops the scan at the
    /// last event that can start by that day.
    ///
    /// - Parameter overridingWrittenModes: read every date and measure term in
    ///   `defaultMode`, even those written with `possibly` or `certainly`.
    /// - Complexity: O(log *n* + *c* log *c*), where *c* is the number of
    ///   candidates: the fewest of the shortest posting list of a required field
    ///   term and the events that may reach the filter's date range
    ///   (``DateSpanIndex``), or else the events starting on or before the
    ///   filter's upper date bound.
    public func select(
        _ filter: Filter, defaultMode: MatchMode = .possibly, overridingWrittenModes: Bool = false
    ) throws(Diagnostic) -> Selection {
        try FilterValidator(store: self).validate(filter)
        // Every event: the store's own array, shared rather than copied event by event.
        if case .all = filter { return allEvents }
        let matcher = FilterMatcher(store: self, defaultMode: defaultMode)
        // Any match, possible or certain, starts by the filter's last day, so the bound holds in either mode.
        let upper = Self.upperBound(of: filter)
        let end = prefixEnd(upTo: upper)
        var chosen: [Event] = []
        func consider(_ position: Int) {
            if matcher.matches(filter, at: position, mode: defaultMode, forced: overridingWrittenModes) {
                chosen.append(event(at: position))
            }
        }
        var candidates = candidates(for: filter)
        // A lower date bound: the events that may reach the range, if fewer than the field terms give.
        if let lower = Self.lowerBound(of: filter) {
            let dated = spans.candidates(lower: lower, upper: upper)
            if dated.count < candidates?.count ?? Int.max { candidates = dated }
        }
        if let candidates {
            for position in candidates where position < end { consider(position) }
        } else {
            for position in 0..<end { consider(position) }
        }
        return Selection(events: chosen)
    }

    /// A day no matching event can start after, when the filter guarantees one.
    private static func upperBound(of filter: Filter) -> Day? {
        switch filter {
        case .date(let term): return FilterMatcher.range(of: term).upper
        case .and(let parts): return parts.compactMap(upperBound(of:)).min()
        default: return nil
        }
    }

    /// A day every matching event's date may reach (some reading ends on or after it),
    /// when the filter guarantees one.
    private static func lowerBound(of filter: Filter) -> Day? {
        switch filter {
        case .date(let term): return FilterMatcher.range(of: term).lower
        case .and(let parts): return parts.compactMap(lowerBound(of:)).max()
        default: return nil
        }
    }

    /// Sorted positions that include every match, when exact field terms are required; nil otherwise.
    private func candidates(for filter: Filter) -> [Int]? {
        switch filter {
        case .field(let term) where !term.value.contains("*"):
            switch term.field {
            case .id: return positionOf(id: term.value)
            case .actor: return positions(for: .actor, value: actorID(named: term.value) ?? term.value)
            case .source: return positions(for: .source, value: sourceID(named: term.value) ?? term.value)
            case .tag, .kind, .metric: return positions(for: term.field, value: term.value)
            }
        case .and(let parts):
            let lists = parts.compactMap(candidates(for:)).sorted { $0.count < $1.count }
            guard var result = lists.first else { return nil }
            for list in lists.dropFirst() { result = Self.intersect(result, list) }
            return result
        default:
            return nil
        }
    }

    /// The common elements of two ascending lists. - Complexity: O(*a* + *b*).
    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        var (i, j, out) = (0, 0, [Int]())
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                out.append(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }
}
