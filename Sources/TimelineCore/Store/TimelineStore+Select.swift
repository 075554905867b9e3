extension TimelineStore {
    /// The events matching `filter`, in date order.
    ///
    /// The filter is validated first (unknown words are errors), then made
    /// into a ``MatchPlan`` (modes settled, dates as day numbers). Two things
    /// narrow the scan before any event is matched: the posting lists of the
    /// exact field terms the filter requires (`tag:arrests and kind:tally`), the
    /// events holding its required free text (one pass over the search text),
    /// and the events that may reach a required date range, intersected; and
    /// a top-level `to`/`on`/`in` bound, which stops the scan at the last
    /// event that can start by that day.
    ///
    /// - Parameter overridingWrittenModes: read every date and measure term in
    ///   `defaultMode`, even those written with `possibly` or `certainly`.
    /// - Complexity: O(log *n* + *p* + *c*), where *p* is the length of the
    ///   posting lists and date candidates intersected (``DateSpanIndex``) and
    ///   *c* the candidates left; with neither, the events starting on or
    ///   before the filter's upper date bound.
    public func select(
        _ filter: Filter, defaultMode: MatchMode = .possibly, overridingWrittenModes: Bool = false
    ) throws(Diagnostic) -> Selection {
        try FilterValidator(store: self).validate(filter)
        // Every event: the store's own array, shared rather than copied event by event.
        if case .all = filter { return allEvents }
        var plan = MatchPlan(filter, store: self, mode: defaultMode, forced: overridingWrittenModes)
        // Any match, possible or certain, starts by the filter's last day, so the bound holds in either mode.
        let upper = Self.upperBound(of: filter)
        let end = prefixEnd(upTo: upper)
        var candidates = candidates(for: filter)
        // Drawn from the posting lists, candidates hold the required field terms already.
        if candidates != nil { plan = plan.withoutRequiredFields }
        // A lower date bound: only the events that may reach the range.
        if let lower = Self.lowerBound(of: filter) {
            let dated = spans.candidates(lower: lower, upper: upper)
            candidates = candidates.map { Self.intersect($0, dated) } ?? dated
        }
        let matcher = PlanMatcher(store: self, plan: plan)
        var chosen: [Int] = []
        if let candidates {
            for position in candidates where position < end && matcher.matches(plan, at: position) {
                chosen.append(position)
            }
        } else {
            for position in 0..<end where matcher.matches(plan, at: position) { chosen.append(position) }
        }
        return Selection(events: events, dateKeys: dateKeys, positions: chosen)
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

    /// Sorted positions that include every match, when exact field terms or free text are
    /// required; nil otherwise. Every position holds those terms (see ``MatchPlan/withoutRequiredFields``).
    private func candidates(for filter: Filter) -> [Int]? {
        switch filter {
        case .field(let term) where !term.isPattern:
            switch term.field {
            case .id: return positionOf(id: term.value)
            case .actor: return positions(for: .actor, value: actorID(named: term.value) ?? term.value)
            case .source: return positions(for: .source, value: sourceID(named: term.value) ?? term.value)
            case .tag, .kind, .metric: return positions(for: term.field, value: term.value)
            }
        case .text(let term):
            let text = searchText
            return text.positions(containing: text.needle(Array(TextFolding.fold(term.text).utf8)))
        case .and(let parts):
            let lists = parts.compactMap(candidates(for:)).sorted { $0.count < $1.count }
            guard var result = lists.first else { return nil }
            for list in lists.dropFirst() { result = Self.intersect(result, list) }
            return result
        default:
            return nil
        }
    }

    /// The common elements of two ascending lists.
    /// - Complexity: O(*a* + *b*), or O(*s* log *l*) when one list (*s*) is far
    ///   shorter than the other (*l*): then each of its elements is looked for
    ///   by galloping through the longer one.
    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count * 16 < long.count { return gallop(short, through: long) }
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

    /// The elements of `short` found in `long` (both ascending), searching `long`
    /// from where the last search ended, in steps that double, then by halving.
    private static func gallop(_ short: [Int], through long: [Int]) -> [Int] {
        var out: [Int] = []
        var base = 0
        for value in short {
            var step = 1
            var hi = base
            while hi < long.count && long[hi] < value {
                base = hi + 1
                hi = base + step
                step *= 2
            }
            hi = min(hi, long.count)
            // The first element not below `value` lies in base...hi.
            var lo = base
            while lo < hi {
                let mid = (lo + hi) / 2
                if long[mid] < value { lo = mid + 1 } else { hi = mid }
            }
            base = lo
            if base == long.count { break }
            if long[base] == value { out.append(value) }
        }
        return out
    }
}
